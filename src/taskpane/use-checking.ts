/** 校验: read, check, show the list, mark the cells and write the report; a failed check marks the old list stale. */
import { useCallback, useRef, useState, type MutableRefObject } from "react";
import type { StoredSettings } from "../host/excel/host-actions";
import { runCheck, type CheckRun } from "./check-run";
import { paint, type PaneCore } from "./pane-core";

export interface Checking {
  readonly run: CheckRun | null;
  readonly runRef: MutableRefObject<CheckRun | null>;
  /** The last check failed: the list shows the workbook as it was before. */
  readonly stale: boolean;
  readonly setRun: (run: CheckRun) => void;
  /** Checks until no re-check is pending; the caller holds the action lock. False when the check failed. */
  readonly checkWhileBusy: () => Promise<boolean>;
  /** After an action that wrote (or may have): checks again so the list and marks show the workbook as it is. */
  readonly recheckAfter: (wrote: boolean) => Promise<void>;
  readonly check: () => Promise<void>;
  /** Marks the cells and writes the report for `run`, each write reporting its own failure. */
  readonly showMarks: (run: CheckRun) => Promise<void>;
}

export function useChecking(core: PaneCore, settingsRef: MutableRefObject<StoredSettings>): Checking {
  const { host, fail, clearFailures, setBusy, readFresh, exclusive, running, setNotice } = core;
  const [run, setRunState] = useState<CheckRun | null>(null);
  const [stale, setStale] = useState(false);
  const runRef = useRef(run);
  const recheckPending = useRef(false);

  const setRun = useCallback((next: CheckRun) => {
    runRef.current = next;
    setRunState(next);
  }, []);

  const showMarks = useCallback(
    async (shown: CheckRun): Promise<void> => {
      try {
        await host.highlight(shown.annotations.marks);
      } catch (error) {
        fail("highlight", error);
      }
      try {
        await host.writeReport(shown.annotations.report);
      } catch (error) {
        fail("report", error);
      }
    },
    [host, fail],
  );

  const checkOnce = useCallback(async (): Promise<boolean> => {
    const grids = await readFresh();
    if (grids === null) return false;
    setBusy({ kind: "checking" });
    await paint();
    let result: CheckRun;
    try {
      const s = settingsRef.current;
      result = runCheck(grids, s.config, s.locale, s.ignored);
    } catch (error) {
      fail("check", error);
      return false;
    }
    setRun(result);
    setBusy({ kind: "marking" });
    // The list is already useful when marking fails.
    await showMarks(result);
    return true;
  }, [readFresh, setBusy, settingsRef, fail, setRun, showMarks]);

  const checkWhileBusy = useCallback(async (): Promise<boolean> => {
    clearFailures(["read", "check", "highlight", "report"]);
    let ok = true;
    do {
      recheckPending.current = false;
      ok = await checkOnce();
    } while (recheckPending.current);
    setStale(!ok);
    return ok;
  }, [checkOnce, clearFailures]);

  const recheckAfter = useCallback(
    async (wrote: boolean): Promise<void> => {
      if (wrote || recheckPending.current) await checkWhileBusy();
    },
    [checkWhileBusy],
  );

  const check = useCallback(async (): Promise<void> => {
    // A check asked for while another action runs (a live re-check) is done when that one ends.
    if (running.current) {
      recheckPending.current = true;
      return;
    }
    setNotice(null);
    await exclusive(undefined, async () => {
      await checkWhileBusy();
    });
  }, [running, exclusive, checkWhileBusy, setNotice]);

  return { run, runRef, stale, setRun, checkWhileBusy, recheckAfter, check, showMarks };
}

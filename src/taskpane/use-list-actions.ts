/** What the result list does without writing cells: go to a finding, 忽略 it (remembered in the workbook), 恢复 all ignored. */
import { useCallback } from "react";
import type { Diagnostic } from "../core/types";
import { checkRunOf, type CheckRun } from "./check-run";
import { ignoreKey } from "./ignored";
import type { PaneCore } from "./pane-core";
import type { CellPlace } from "./pane-types";
import type { Checking } from "./use-checking";
import type { StoredSettingsState } from "./use-stored-settings";

export interface ListActions {
  readonly ignore: (d: Diagnostic) => Promise<void>;
  readonly restoreIgnored: () => Promise<void>;
  readonly goTo: (place: CellPlace) => Promise<void>;
}

export function useListActions(core: PaneCore, stored: StoredSettingsState, checking: Checking): ListActions {
  const { host, fail, clearFailures, setNotice, exclusive } = core;
  const { settingsRef, storeSettings } = stored;
  const { runRef, setRun, showMarks } = checking;

  /** Shows the last report again with the ignored list changed, and re-marks the cells to match. */
  const reshow = useCallback(
    async (ignored: readonly string[]): Promise<CheckRun | null> => {
      const current = runRef.current;
      if (current === null) return null;
      const next = checkRunOf(current.report, settingsRef.current.locale, ignored);
      setRun(next);
      await showMarks(next);
      return next;
    },
    [runRef, settingsRef, setRun, showMarks],
  );

  const ignore = useCallback(
    (d: Diagnostic): Promise<void> =>
      exclusive(undefined, async () => {
        const ignored = [...new Set([...(settingsRef.current.ignored ?? []), ignoreKey(d)])];
        if (!(await storeSettings({ ...settingsRef.current, ignored }))) return;
        const next = await reshow(ignored);
        setNotice({ kind: "ignored", total: next?.ignored ?? ignored.length }, "list");
      }),
    [exclusive, settingsRef, storeSettings, reshow, setNotice],
  );

  const restoreIgnored = useCallback(
    (): Promise<void> =>
      exclusive(undefined, async () => {
        const count = runRef.current?.ignored ?? 0;
        const { ignored: _dropped, ...rest } = settingsRef.current;
        if (!(await storeSettings(rest))) return;
        await reshow([]);
        setNotice({ kind: "restored", count }, "list");
      }),
    [exclusive, runRef, settingsRef, storeSettings, reshow, setNotice],
  );

  const goTo = useCallback(
    async (place: CellPlace): Promise<void> => {
      try {
        await host.selectCell(place.sheet, place.cell);
        clearFailures(["select"]);
      } catch (error) {
        fail("select", error);
      }
    },
    [host, fail, clearFailures],
  );

  return { ignore, restoreIgnored, goTo };
}

/**
 * What every action of the pane shares: the progress shown, the failures and the notice, and the rule
 * that one action runs at a time (a second press while the first runs does nothing).
 */
import { useCallback, useRef, useState, type MutableRefObject } from "react";
import type { WorkbookGrids } from "../core/grid/grid";
import type { HostActions } from "../host/excel/host-actions";
import type { Busy, HostFailure, HostStep, Notice, NoticeBody, NoticeOrigin } from "./pane-types";

export interface PaneCore {
  readonly host: HostActions;
  readonly busy: Busy | null;
  readonly failures: readonly HostFailure[];
  readonly notice: Notice | null;
  readonly setBusy: (busy: Busy | null) => void;
  /** One message per step: a repeated failure replaces the older one instead of stacking up. */
  readonly fail: (step: HostStep, error: unknown) => void;
  readonly clearFailures: (steps: readonly HostStep[]) => void;
  readonly setNotice: (body: NoticeBody | null, origin?: NoticeOrigin) => void;
  readonly dismissFailure: (id: number) => void;
  readonly dismissNotice: () => void;
  /** Whether an action is running (a ref: host callbacks outlive the render that made them). */
  readonly running: MutableRefObject<boolean>;
  /** Runs `work` unless another action runs (then `fallback`); the progress is cleared after it. */
  readonly exclusive: <T>(fallback: T, work: () => Promise<T>) => Promise<T>;
  /** Reads the workbook with progress; null (and the failure reported) when Excel refuses. */
  readonly readFresh: () => Promise<WorkbookGrids | null>;
}

function useFailures(): Pick<PaneCore, "failures" | "fail" | "clearFailures" | "dismissFailure"> {
  const [failures, setFailures] = useState<readonly HostFailure[]>([]);
  const nextId = useRef(1);
  const fail = useCallback((step: HostStep, error: unknown) => {
    const id = nextId.current++;
    setFailures((list) => [...list.filter((f) => f.step !== step), { id, step, error }]);
  }, []);
  const clearFailures = useCallback((steps: readonly HostStep[]) => setFailures((list) => list.filter((f) => !steps.includes(f.step))), []);
  const dismissFailure = useCallback((id: number) => setFailures((list) => list.filter((f) => f.id !== id)), []);
  return { failures, fail, clearFailures, dismissFailure };
}

function useNotice(): Pick<PaneCore, "notice" | "setNotice" | "dismissNotice"> {
  const [notice, setNoticeState] = useState<Notice | null>(null);
  const nextId = useRef(1);
  const setNotice = useCallback((body: NoticeBody | null, origin: NoticeOrigin = "toolbar") => {
    setNoticeState(body === null ? null : { ...body, origin, id: nextId.current++ });
  }, []);
  const dismissNotice = useCallback(() => setNoticeState(null), []);
  return { notice, setNotice, dismissNotice };
}

export function usePaneCore(host: HostActions): PaneCore {
  const [busy, setBusy] = useState<Busy | null>(null);
  const failures = useFailures();
  const notices = useNotice();
  const running = useRef(false);
  const { fail } = failures;

  const exclusive = useCallback(async <T>(fallback: T, work: () => Promise<T>): Promise<T> => {
    if (running.current) return fallback;
    running.current = true;
    try {
      return await work();
    } finally {
      running.current = false;
      setBusy(null);
    }
  }, []);

  const readFresh = useCallback(async (): Promise<WorkbookGrids | null> => {
    setBusy({ kind: "reading", done: 0, total: 0 });
    try {
      return await host.readWorkbook((done, total) => setBusy({ kind: "reading", done, total }));
    } catch (error) {
      fail("read", error);
      return null;
    }
  }, [host, fail]);

  // A new object each render; the functions in it are stable, and hooks depend on those.
  return { host, busy, setBusy, running, exclusive, readFresh, ...failures, ...notices };
}

/** Lets a progress message paint before synchronous work takes the thread. */
export function paint(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

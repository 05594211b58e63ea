import { useCallback, useEffect, useRef, useState } from "react";
import type { Diagnostic } from "../core/types";
import type { WorkbookGrids } from "../core/grid/grid";
import type { CellWrite } from "../core/fill";
import type { HostActions, PlanApplyResult, SelectionCell, StoredSettings } from "../host/excel/host-actions";
import { checkRunOf, runCheck, type CheckRun } from "./check-run";
import {
  checkGrids,
  formProblem,
  insertionTarget,
  needsMarksCleared,
  planEdit,
  type EditDetail,
  type EditProblem,
  type EditRequest,
  type InsertionTarget,
  type NewProjectForm,
} from "./edit-plans";
import { ignoreKey } from "./ignored";
import { planUndo, undoRecordOf, type UndoRecord } from "./undo";
import type { ErrorFeed } from "./error-feed";
import type { Locale, UiStrings } from "./i18n";
import { DEFAULT_SETTINGS, normaliseSettings } from "./settings";
import { summarizeChecked } from "./summary-run";

export type Busy =
  | { readonly kind: "reading"; readonly done: number; readonly total: number }
  | { readonly kind: "checking" }
  | { readonly kind: "marking" }
  | { readonly kind: "clearing" }
  | { readonly kind: "planning" }
  | { readonly kind: "applying" }
  | { readonly kind: "summarizing" };

export type HostStep = keyof UiStrings["during"];

/** A host failure kept raw so it is put into words in whatever language the pane shows when it renders. */
export interface HostFailure {
  readonly id: number;
  readonly step: HostStep;
  readonly error: unknown;
}

/** Where a notice is shown: next to the control that caused it. */
export type NoticeOrigin = "toolbar" | "list" | "insert";

export type NoticeBody =
  /** `restored` 0: there were no marks to clear. `report`: the 校验报告 sheet can be deleted too. */
  | { readonly kind: "cleared"; readonly restored: number; readonly report: boolean }
  | { readonly kind: "reportDeleted"; readonly deleted: boolean }
  /** `rechecked`: the workbook was checked again with the new settings; otherwise the user is told to. */
  | { readonly kind: "settingsSaved"; readonly rechecked: boolean }
  /** A fill plan was applied (or refused as a whole); the workbook was checked again after it. */
  | {
      readonly kind: "edited";
      readonly detail: EditDetail;
      readonly result: PlanApplyResult;
      readonly changes: readonly CellWrite[];
      readonly undo: UndoRecord | null;
    }
  /** 撤销: the pane's writes put back, less the cells the user changed since. */
  | { readonly kind: "undone"; readonly changes: readonly CellWrite[]; readonly changed: readonly CellWrite[] }
  /** Nothing was planned, and why. */
  | { readonly kind: "problem"; readonly problem: EditProblem }
  | { readonly kind: "summary"; readonly sheets: readonly string[] }
  | { readonly kind: "ignored"; readonly total: number }
  | { readonly kind: "restored"; readonly count: number };

export type Notice = NoticeBody & { readonly origin: NoticeOrigin; readonly id: number };

/** What 插入 came to: written, waiting for the user to confirm a converted amount, or not done (the notice says why). */
export type InsertOutcome = { readonly status: "inserted" } | { readonly status: "confirm"; readonly target: InsertionTarget } | { readonly status: "failed" };

/**
 * What the result list and the 插入新项目 panel ask for; a new project goes where the selection is,
 * which the pane looks up. `confirmed`: the target the user saw and accepted (a converted amount).
 */
export type PaneEdit =
  Exclude<EditRequest, { readonly kind: "insert" }> | { readonly kind: "insert"; readonly form: NewProjectForm; readonly confirmed?: InsertionTarget };

export interface TaskPaneState {
  readonly settings: StoredSettings;
  readonly settingsLoaded: boolean;
  readonly busy: Busy | null;
  readonly run: CheckRun | null;
  readonly failures: readonly HostFailure[];
  readonly notice: Notice | null;
  /** The last check failed: the list shows the workbook as it was before. */
  readonly stale: boolean;
  /** The host can delete the 校验报告 sheet. */
  readonly canDeleteReport: boolean;
}

export interface TaskPaneActions {
  check(): Promise<void>;
  clearMarks(): Promise<void>;
  /** Reads the workbook again, plans the edit on it, applies it through the host, then checks again. */
  edit(request: PaneEdit): Promise<InsertOutcome>;
  /** Puts back what an edit wrote, refusing cells changed since. */
  undo(record: UndoRecord, origin: NoticeOrigin): Promise<void>;
  ignore(d: Diagnostic): Promise<void>;
  restoreIgnored(): Promise<void>;
  deleteReport(): Promise<void>;
  /** Reads and checks the workbook, and writes 汇总-项目 and 汇总-分类 into it. */
  makeSummary(): Promise<void>;
  goTo(d: Diagnostic): Promise<void>;
  /** `announce` shows 设置已保存 (the settings panel does; the language switch does not). */
  saveSettings(next: StoredSettings, announce?: boolean): Promise<boolean>;
  setLocale(locale: Locale): Promise<void>;
  dismissFailure(id: number): void;
  dismissNotice(): void;
}

/** The pane's state and what its buttons do; everything that touches the workbook goes through `host`. */
export function useTaskPane(host: HostActions, liveCheckErrors?: ErrorFeed): TaskPaneState & TaskPaneActions {
  const [settings, setSettings] = useState<StoredSettings>(DEFAULT_SETTINGS);
  const [settingsLoaded, setSettingsLoaded] = useState(false);
  const [busy, setBusy] = useState<Busy | null>(null);
  const [run, setRun] = useState<CheckRun | null>(null);
  const [failures, setFailures] = useState<readonly HostFailure[]>([]);
  const [notice, setNoticeState] = useState<Notice | null>(null);
  const [stale, setStale] = useState(false);

  // Refs, because host callbacks (progress, live check) outlive the render that created them.
  const busyRef = useRef(false);
  const recheckPending = useRef(false);
  const settingsRef = useRef(settings);
  settingsRef.current = settings;
  const runRef = useRef(run);
  runRef.current = run;
  const nextFailureId = useRef(1);
  const nextNoticeId = useRef(1);
  const liveCheckOn = useRef(false);

  const setNotice = useCallback((body: NoticeBody | null, origin: NoticeOrigin = "toolbar") => {
    setNoticeState(body === null ? null : { ...body, origin, id: nextNoticeId.current++ });
  }, []);

  const fail = useCallback((step: HostStep, error: unknown) => {
    const id = nextFailureId.current++;
    // One message per step: a repeated failure replaces the older one instead of stacking up.
    setFailures((list) => [...list.filter((f) => f.step !== step), { id, step, error }]);
  }, []);

  const clearFailures = useCallback((steps: readonly HostStep[]) => {
    setFailures((list) => list.filter((f) => !steps.includes(f.step)));
  }, []);

  /** Checks until no re-check is pending; the caller holds busyRef. False when the check failed. */
  const checkWhileBusy = useCallback(async (): Promise<boolean> => {
    clearFailures(["read", "check", "highlight", "report"]);
    let ok = true;
    do {
      recheckPending.current = false;
      ok = await checkOnce(host, settingsRef.current, setBusy, setRun, fail);
    } while (recheckPending.current);
    // A failed check leaves the previous list on screen: it is marked as no longer current.
    setStale(!ok);
    return ok;
  }, [host, fail, clearFailures]);

  const check = useCallback(async (): Promise<void> => {
    if (busyRef.current) {
      recheckPending.current = true;
      return;
    }
    busyRef.current = true;
    setNotice(null);
    try {
      await checkWhileBusy();
    } finally {
      busyRef.current = false;
      setBusy(null);
    }
  }, [checkWhileBusy, setNotice]);

  const checkRef = useRef(check);
  checkRef.current = check;

  const applyLiveCheck = useCallback(
    async (enabled: boolean): Promise<void> => {
      if (enabled === liveCheckOn.current) return;
      try {
        await host.setLiveCheck(enabled, () => void checkRef.current());
        liveCheckOn.current = enabled;
      } catch (error) {
        fail("liveCheck", error);
      }
    },
    [host, fail],
  );

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      let loaded = DEFAULT_SETTINGS;
      try {
        loaded = normaliseSettings(await host.loadSettings());
      } catch (error) {
        fail("loadSettings", error);
      }
      if (cancelled) return;
      setSettings(loaded);
      setSettingsLoaded(true);
      await applyLiveCheck(loaded.liveCheck);
    })();
    return () => {
      cancelled = true;
    };
  }, [host, fail, applyLiveCheck]);

  useEffect(() => liveCheckErrors?.subscribe((error) => fail("liveCheck", error)), [liveCheckErrors, fail]);

  const clearMarks = useCallback(async (): Promise<void> => {
    if (busyRef.current) return;
    busyRef.current = true;
    setNotice(null);
    clearFailures(["clear"]);
    setBusy({ kind: "clearing" });
    try {
      const { restored } = await host.clearMarks();
      setNotice({ kind: "cleared", restored, report: host.deleteReport !== undefined && runRef.current !== null });
    } catch (error) {
      fail("clear", error);
    } finally {
      busyRef.current = false;
      setBusy(null);
    }
  }, [host, fail, clearFailures, setNotice]);

  const deleteReport = useCallback(async (): Promise<void> => {
    if (busyRef.current || host.deleteReport === undefined) return;
    busyRef.current = true;
    clearFailures(["report"]);
    try {
      const deleted = await host.deleteReport();
      setNotice({ kind: "reportDeleted", deleted });
    } catch (error) {
      fail("report", error);
    } finally {
      busyRef.current = false;
    }
  }, [host, fail, clearFailures, setNotice]);

  const edit = useCallback(
    async (request: PaneEdit): Promise<InsertOutcome> => {
      if (busyRef.current) return { status: "failed" };
      const origin: NoticeOrigin = request.kind === "insert" ? "insert" : "list";
      busyRef.current = true;
      setNotice(null);
      clearFailures(["fill", "selection", "clear"]);
      let recheck = false;
      let outcomeOfInsert: InsertOutcome = { status: "failed" };
      try {
        let full: EditRequest;
        if (request.kind === "insert") {
          const problem = formProblem(request.form);
          if (problem !== null) {
            setNotice({ kind: "problem", problem }, origin);
            return outcomeOfInsert;
          }
          let at: SelectionCell;
          try {
            at = await host.getSelection();
          } catch (error) {
            fail("selection", error);
            return outcomeOfInsert;
          }
          full = { kind: "insert", form: request.form, at };
        } else full = request;
        const grids = await readFresh(host, setBusy, fail);
        if (grids === null) return outcomeOfInsert;
        setBusy({ kind: "planning" });
        await paint();
        let checked;
        let outcome;
        try {
          checked = checkGrids(grids, settingsRef.current.config);
          if (full.kind === "insert") {
            // An amount typed in another unit than the sheet's is converted, and shown before anything is written.
            const found = insertionTarget(full.form, full.at, checked);
            if (found.ok && found.target.typed !== null && (request.kind !== "insert" || !sameTarget(request.confirmed, found.target))) {
              return (outcomeOfInsert = { status: "confirm", target: found.target });
            }
          }
          outcome = planEdit(full, checked);
        } catch (error) {
          fail("check", error);
          return outcomeOfInsert;
        }
        if (!outcome.ok) {
          setNotice({ kind: "problem", problem: outcome.problem }, origin);
          // The list named something the workbook no longer has: the list is refreshed.
          recheck = outcome.problem.code === "gone";
          return outcomeOfInsert;
        }
        setBusy({ kind: "applying" });
        // Whatever happens from here, the list and the marks must show the workbook as it is now.
        recheck = true;
        if (needsMarksCleared(outcome.plan)) {
          try {
            await host.clearMarks();
          } catch (error) {
            fail("clear", error);
            return outcomeOfInsert;
          }
        }
        try {
          const result = await host.applyPlan(outcome.plan);
          const wrote = result.applied > 0 || result.insertedRows > 0;
          setNotice(
            {
              kind: "edited",
              detail: outcome.detail,
              result,
              changes: outcome.plan.writes,
              undo: wrote && result.refused === 0 ? undoRecordOf(outcome.plan) : null,
            },
            origin,
          );
          if (wrote) outcomeOfInsert = { status: "inserted" };
        } catch (error) {
          fail("fill", error);
        }
        return outcomeOfInsert;
      } finally {
        try {
          if (recheck || recheckPending.current) await checkWhileBusy();
        } finally {
          busyRef.current = false;
          setBusy(null);
        }
      }
    },
    [host, fail, clearFailures, checkWhileBusy, setNotice],
  );

  const undo = useCallback(
    async (record: UndoRecord, origin: NoticeOrigin): Promise<void> => {
      if (busyRef.current) return;
      busyRef.current = true;
      setNotice(null);
      clearFailures(["fill"]);
      let recheck = false;
      try {
        const grids = await readFresh(host, setBusy, fail);
        if (grids === null) return;
        const reverse = planUndo(record, grids);
        if (reverse.plan.writes.length > 0) {
          setBusy({ kind: "applying" });
          recheck = true;
          try {
            await host.applyPlan(reverse.plan);
          } catch (error) {
            fail("fill", error);
            return;
          }
        }
        setNotice({ kind: "undone", changes: reverse.plan.writes, changed: reverse.changed }, origin);
      } finally {
        try {
          if (recheck || recheckPending.current) await checkWhileBusy();
        } finally {
          busyRef.current = false;
          setBusy(null);
        }
      }
    },
    [host, fail, clearFailures, checkWhileBusy, setNotice],
  );

  const makeSummary = useCallback(async (): Promise<void> => {
    if (busyRef.current) return;
    busyRef.current = true;
    setNotice(null);
    clearFailures(["summary"]);
    try {
      const grids = await readFresh(host, setBusy, fail);
      if (grids === null) return;
      setBusy({ kind: "summarizing" });
      await paint();
      let summary;
      try {
        summary = summarizeChecked(checkGrids(grids, settingsRef.current.config));
      } catch (error) {
        fail("check", error);
        return;
      }
      try {
        const { sheets } = await host.writeSummary(summary);
        setNotice({ kind: "summary", sheets });
      } catch (error) {
        fail("summary", error);
      }
    } finally {
      busyRef.current = false;
      setBusy(null);
    }
  }, [host, fail, clearFailures, setNotice]);

  const goTo = useCallback(
    async (d: Diagnostic): Promise<void> => {
      try {
        await host.selectCell(d.sheet, d.cell);
        clearFailures(["select"]);
      } catch (error) {
        fail("select", error);
      }
    },
    [host, fail, clearFailures],
  );

  const storeSettings = useCallback(
    async (next: StoredSettings): Promise<boolean> => {
      setSettings(next);
      settingsRef.current = next;
      try {
        await host.saveSettings(next);
        clearFailures(["saveSettings"]);
      } catch (error) {
        fail("saveSettings", error);
        return false;
      }
      await applyLiveCheck(next.liveCheck);
      return true;
    },
    [host, fail, clearFailures, applyLiveCheck],
  );

  const saveSettings = useCallback(
    async (next: StoredSettings, announce = false): Promise<boolean> => {
      const saved = await storeSettings(next);
      if (!saved || !announce) return saved;
      // Results made with the old settings would be wrong now: check again, or say that it is needed.
      if (runRef.current !== null && !busyRef.current) {
        busyRef.current = true;
        try {
          const ok = await checkWhileBusy();
          setNotice({ kind: "settingsSaved", rechecked: ok });
        } finally {
          busyRef.current = false;
          setBusy(null);
        }
      } else setNotice({ kind: "settingsSaved", rechecked: false });
      return true;
    },
    [storeSettings, checkWhileBusy, setNotice],
  );

  /** Shows the last report again with the ignored list changed, and re-marks the cells to match. */
  const reshow = useCallback(
    async (ignored: readonly string[]): Promise<CheckRun | null> => {
      const current = runRef.current;
      if (current === null) return null;
      const next = checkRunOf(current.report, settingsRef.current.locale, ignored);
      setRun(next);
      runRef.current = next;
      try {
        await host.highlight(next.diagnostics, next.notes);
      } catch (error) {
        fail("highlight", error);
      }
      try {
        await host.writeReport(next.reportLines, next.reportLabels);
      } catch (error) {
        fail("report", error);
      }
      return next;
    },
    [host, fail],
  );

  const ignore = useCallback(
    async (d: Diagnostic): Promise<void> => {
      if (busyRef.current) return;
      busyRef.current = true;
      try {
        const ignored = [...new Set([...(settingsRef.current.ignored ?? []), ignoreKey(d)])];
        if (!(await storeSettings({ ...settingsRef.current, ignored }))) return;
        const next = await reshow(ignored);
        setNotice({ kind: "ignored", total: next?.ignored ?? ignored.length }, "list");
      } finally {
        busyRef.current = false;
      }
    },
    [storeSettings, reshow, setNotice],
  );

  const restoreIgnored = useCallback(async (): Promise<void> => {
    if (busyRef.current) return;
    busyRef.current = true;
    try {
      const count = runRef.current?.ignored ?? 0;
      const { ignored: _dropped, ...rest } = settingsRef.current;
      if (!(await storeSettings(rest))) return;
      await reshow([]);
      setNotice({ kind: "restored", count }, "list");
    } finally {
      busyRef.current = false;
    }
  }, [storeSettings, reshow, setNotice]);

  const setLocale = useCallback(
    async (locale: Locale): Promise<void> => {
      await storeSettings({ ...settingsRef.current, locale });
    },
    [storeSettings],
  );

  const dismissFailure = useCallback((id: number) => setFailures((list) => list.filter((f) => f.id !== id)), []);
  const dismissNotice = useCallback(() => setNoticeState(null), []);

  return {
    settings,
    settingsLoaded,
    busy,
    run,
    failures,
    notice,
    stale,
    canDeleteReport: host.deleteReport !== undefined,
    check,
    clearMarks,
    edit,
    undo,
    ignore,
    restoreIgnored,
    deleteReport,
    makeSummary,
    goTo,
    saveSettings,
    setLocale,
    dismissFailure,
    dismissNotice,
  };
}

/** The target the user confirmed is still the one the fresh read gives. */
function sameTarget(confirmed: InsertionTarget | undefined, now: InsertionTarget): boolean {
  return (
    confirmed !== undefined &&
    confirmed.sheet === now.sheet &&
    confirmed.cell === now.cell &&
    confirmed.unit === now.unit &&
    confirmed.budget === now.budget &&
    confirmed.layout === now.layout
  );
}

/** Lets a progress message paint before synchronous work takes the thread. */
function paint(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Reads the workbook with progress; null (and the failure reported) when Excel refuses. */
async function readFresh(host: HostActions, setBusy: (busy: Busy) => void, fail: (step: HostStep, error: unknown) => void): Promise<WorkbookGrids | null> {
  setBusy({ kind: "reading", done: 0, total: 0 });
  try {
    return await host.readWorkbook((done, total) => setBusy({ kind: "reading", done, total }));
  } catch (error) {
    fail("read", error);
    return null;
  }
}

async function checkOnce(
  host: HostActions,
  settings: StoredSettings,
  setBusy: (busy: Busy) => void,
  setRun: (run: CheckRun) => void,
  fail: (step: HostStep, error: unknown) => void,
): Promise<boolean> {
  const grids = await readFresh(host, setBusy, fail);
  if (grids === null) return false;
  setBusy({ kind: "checking" });
  // Let "正在校验" paint before the synchronous check takes the thread.
  await paint();
  let result: CheckRun;
  try {
    result = runCheck(grids, settings.config, settings.locale, settings.ignored);
  } catch (error) {
    fail("check", error);
    return false;
  }
  setRun(result);
  setBusy({ kind: "marking" });
  // The list is already useful when marking fails, so each write reports its own failure.
  try {
    await host.highlight(result.diagnostics, result.notes);
  } catch (error) {
    fail("highlight", error);
  }
  try {
    await host.writeReport(result.reportLines, result.reportLabels);
  } catch (error) {
    fail("report", error);
  }
  return true;
}

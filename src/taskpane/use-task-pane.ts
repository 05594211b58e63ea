import { useCallback, useEffect, useRef, useState } from "react";
import type { Diagnostic } from "../core/rules/types";
import type { WorkbookGrids } from "../core/grid/grid";
import type { HostActions, PlanApplyResult, SelectionCell, StoredSettings } from "../host/excel/host-actions";
import { runCheck, type CheckRun } from "./check-run";
import { checkGrids, formProblem, needsMarksCleared, planEdit, type EditDetail, type EditProblem, type EditRequest, type NewProjectForm } from "./edit-plans";
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

export type Notice =
  | { readonly kind: "cleared"; readonly restored: number }
  | { readonly kind: "settingsSaved" }
  /** A fill plan was applied (or refused as a whole); the workbook was checked again after it. */
  | { readonly kind: "edited"; readonly detail: EditDetail; readonly result: PlanApplyResult }
  /** Nothing was planned, and why. */
  | { readonly kind: "problem"; readonly problem: EditProblem }
  | { readonly kind: "summary"; readonly sheets: readonly string[] };

/** What the 填充模板 panel asks for; a new project goes where the selection is, which the pane looks up. */
export type PaneEdit = Exclude<EditRequest, { readonly kind: "insert" }> | { readonly kind: "insert"; readonly form: NewProjectForm };

export interface TaskPaneState {
  readonly settings: StoredSettings;
  readonly settingsLoaded: boolean;
  readonly busy: Busy | null;
  readonly run: CheckRun | null;
  readonly failures: readonly HostFailure[];
  readonly notice: Notice | null;
}

export interface TaskPaneActions {
  check(): Promise<void>;
  clearMarks(): Promise<void>;
  /** Reads the workbook again, plans the edit on it, applies it through the host, then checks again. */
  edit(request: PaneEdit): Promise<void>;
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
  const [notice, setNotice] = useState<Notice | null>(null);

  // Refs, because host callbacks (progress, live check) outlive the render that created them.
  const busyRef = useRef(false);
  const recheckPending = useRef(false);
  const settingsRef = useRef(settings);
  settingsRef.current = settings;
  const nextFailureId = useRef(1);
  const liveCheckOn = useRef(false);

  const fail = useCallback((step: HostStep, error: unknown) => {
    const id = nextFailureId.current++;
    // One message per step: a repeated failure replaces the older one instead of stacking up.
    setFailures((list) => [...list.filter((f) => f.step !== step), { id, step, error }]);
  }, []);

  const clearFailures = useCallback((steps: readonly HostStep[]) => {
    setFailures((list) => list.filter((f) => !steps.includes(f.step)));
  }, []);

  /** Checks until no re-check is pending; the caller holds busyRef. */
  const checkWhileBusy = useCallback(async (): Promise<void> => {
    clearFailures(["read", "check", "highlight", "report"]);
    do {
      recheckPending.current = false;
      await checkOnce(host, settingsRef.current, setBusy, setRun, fail);
    } while (recheckPending.current);
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
  }, [checkWhileBusy]);

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
      setNotice({ kind: "cleared", restored });
    } catch (error) {
      fail("clear", error);
    } finally {
      busyRef.current = false;
      setBusy(null);
    }
  }, [host, fail, clearFailures]);

  const edit = useCallback(
    async (request: PaneEdit): Promise<void> => {
      if (busyRef.current) return;
      busyRef.current = true;
      setNotice(null);
      clearFailures(["fill", "selection", "clear"]);
      let recheck = false;
      try {
        let full: EditRequest;
        if (request.kind === "insert") {
          const problem = formProblem(request.form);
          if (problem !== null) {
            setNotice({ kind: "problem", problem });
            return;
          }
          let at: SelectionCell;
          try {
            at = await host.getSelection();
          } catch (error) {
            fail("selection", error);
            return;
          }
          full = { kind: "insert", form: request.form, at };
        } else full = request;
        const grids = await readFresh(host, setBusy, fail);
        if (grids === null) return;
        setBusy({ kind: "planning" });
        await paint();
        let outcome;
        try {
          outcome = planEdit(full, checkGrids(grids, settingsRef.current.config));
        } catch (error) {
          fail("check", error);
          return;
        }
        if (!outcome.ok) {
          setNotice({ kind: "problem", problem: outcome.problem });
          // The panel listed something the workbook no longer has: the list is refreshed.
          recheck = outcome.problem.code === "gone";
          return;
        }
        setBusy({ kind: "applying" });
        // Whatever happens from here, the list and the marks must show the workbook as it is now.
        recheck = true;
        if (needsMarksCleared(outcome.plan)) {
          try {
            await host.clearMarks();
          } catch (error) {
            fail("clear", error);
            return;
          }
        }
        try {
          const result = await host.applyPlan(outcome.plan);
          setNotice({ kind: "edited", detail: outcome.detail, result });
        } catch (error) {
          fail("fill", error);
        }
      } finally {
        try {
          if (recheck || recheckPending.current) await checkWhileBusy();
        } finally {
          busyRef.current = false;
          setBusy(null);
        }
      }
    },
    [host, fail, clearFailures, checkWhileBusy],
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
  }, [host, fail, clearFailures]);

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

  const saveSettings = useCallback(
    async (next: StoredSettings, announce = false): Promise<boolean> => {
      setSettings(next);
      try {
        await host.saveSettings(next);
        clearFailures(["saveSettings"]);
      } catch (error) {
        fail("saveSettings", error);
        return false;
      }
      if (announce) setNotice({ kind: "settingsSaved" });
      await applyLiveCheck(next.liveCheck);
      return true;
    },
    [host, fail, clearFailures, applyLiveCheck],
  );

  const setLocale = useCallback(
    async (locale: Locale): Promise<void> => {
      await saveSettings({ ...settingsRef.current, locale });
    },
    [saveSettings],
  );

  const dismissFailure = useCallback((id: number) => setFailures((list) => list.filter((f) => f.id !== id)), []);
  const dismissNotice = useCallback(() => setNotice(null), []);

  return {
    settings,
    settingsLoaded,
    busy,
    run,
    failures,
    notice,
    check,
    clearMarks,
    edit,
    makeSummary,
    goTo,
    saveSettings,
    setLocale,
    dismissFailure,
    dismissNotice,
  };
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
): Promise<void> {
  const grids = await readFresh(host, setBusy, fail);
  if (grids === null) return;
  setBusy({ kind: "checking" });
  // Let "正在校验" paint before the synchronous check takes the thread.
  await paint();
  let result: CheckRun;
  try {
    result = runCheck(grids, settings.config, settings.locale);
  } catch (error) {
    fail("check", error);
    return;
  }
  setRun(result);
  setBusy({ kind: "marking" });
  // The list is already useful when marking fails, so each write reports its own failure.
  try {
    await host.highlight(result.report.diagnostics, result.notes);
  } catch (error) {
    fail("highlight", error);
  }
  try {
    await host.writeReport(result.reportLines, result.reportLabels);
  } catch (error) {
    fail("report", error);
  }
}

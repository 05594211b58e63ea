import { useCallback, useEffect, useRef, useState } from "react";
import type { Diagnostic } from "../core/rules/types";
import type { HostActions, StoredSettings } from "../host/excel/host-actions";
import { runCheck, type CheckRun } from "./check-run";
import type { ErrorFeed } from "./error-feed";
import type { Locale, UiStrings } from "./i18n";
import { DEFAULT_SETTINGS, normaliseSettings } from "./settings";

export type Busy =
  | { readonly kind: "reading"; readonly done: number; readonly total: number }
  | { readonly kind: "checking" }
  | { readonly kind: "marking" }
  | { readonly kind: "clearing" };

export type HostStep = keyof UiStrings["during"];

/** A host failure kept raw so it is put into words in whatever language the pane shows when it renders. */
export interface HostFailure {
  readonly id: number;
  readonly step: HostStep;
  readonly error: unknown;
}

export type Notice = { readonly kind: "cleared"; readonly restored: number } | { readonly kind: "settingsSaved" };

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

  const check = useCallback(async (): Promise<void> => {
    if (busyRef.current) {
      recheckPending.current = true;
      return;
    }
    busyRef.current = true;
    setNotice(null);
    clearFailures(["read", "check", "highlight", "report"]);
    try {
      do {
        recheckPending.current = false;
        await checkOnce(host, settingsRef.current, setBusy, setRun, fail);
      } while (recheckPending.current);
    } finally {
      busyRef.current = false;
      setBusy(null);
    }
  }, [host, fail, clearFailures]);

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
    goTo,
    saveSettings,
    setLocale,
    dismissFailure,
    dismissNotice,
  };
}

async function checkOnce(
  host: HostActions,
  settings: StoredSettings,
  setBusy: (busy: Busy) => void,
  setRun: (run: CheckRun) => void,
  fail: (step: HostStep, error: unknown) => void,
): Promise<void> {
  setBusy({ kind: "reading", done: 0, total: 0 });
  let grids;
  try {
    grids = await host.readWorkbook((done, total) => setBusy({ kind: "reading", done, total }));
  } catch (error) {
    fail("read", error);
    return;
  }
  setBusy({ kind: "checking" });
  // Let "正在校验" paint before the synchronous check takes the thread.
  await new Promise((resolve) => setTimeout(resolve, 0));
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

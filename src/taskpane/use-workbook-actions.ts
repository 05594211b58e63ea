/** 清除标记 (and deleting the 校验报告 sheet the user then agrees to), 生成汇总, and saving the settings. */
import { useCallback } from "react";
import type { StoredSettings } from "../host/excel/host-actions";
import { checkGrids } from "./edit-plans";
import type { Locale } from "./i18n";
import { paint, type PaneCore } from "./pane-core";
import { summarizeChecked } from "./summary-run";
import type { Checking } from "./use-checking";
import type { StoredSettingsState } from "./use-stored-settings";

export interface WorkbookActions {
  readonly clearMarks: () => Promise<void>;
  readonly deleteReport: () => Promise<void>;
  readonly makeSummary: () => Promise<void>;
  readonly saveSettings: (next: StoredSettings, announce?: boolean) => Promise<boolean>;
  readonly setLocale: (locale: Locale) => Promise<void>;
}

export function useWorkbookActions(core: PaneCore, stored: StoredSettingsState, checking: Checking): WorkbookActions {
  const { host, fail, clearFailures, setBusy, setNotice, readFresh, exclusive, running } = core;
  const { settingsRef, storeSettings } = stored;
  const { runRef, checkWhileBusy } = checking;

  const clearMarks = useCallback(
    (): Promise<void> =>
      exclusive(undefined, async () => {
        setNotice(null);
        clearFailures(["clear"]);
        setBusy({ kind: "clearing" });
        try {
          const { restored } = await host.clearMarks();
          setNotice({ kind: "cleared", restored, report: host.deleteReport !== undefined && runRef.current !== null });
        } catch (error) {
          fail("clear", error);
        }
      }),
    [exclusive, host, fail, clearFailures, setBusy, setNotice, runRef],
  );

  const deleteReport = useCallback(
    (): Promise<void> =>
      exclusive(undefined, async () => {
        if (host.deleteReport === undefined) return;
        clearFailures(["report"]);
        try {
          setNotice({ kind: "reportDeleted", deleted: await host.deleteReport() });
        } catch (error) {
          fail("report", error);
        }
      }),
    [exclusive, host, fail, clearFailures, setNotice],
  );

  const makeSummary = useCallback(
    (): Promise<void> =>
      exclusive(undefined, async () => {
        setNotice(null);
        clearFailures(["summary"]);
        const grids = await readFresh();
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
          setNotice({ kind: "summary", sheets: (await host.writeSummary(summary)).sheets });
        } catch (error) {
          fail("summary", error);
        }
      }),
    [exclusive, host, fail, clearFailures, setBusy, setNotice, readFresh, settingsRef],
  );

  const saveSettings = useCallback(
    async (next: StoredSettings, announce = false): Promise<boolean> => {
      const saved = await storeSettings(next);
      if (!saved || !announce) return saved;
      // Results made with the old settings would be wrong now: check again, or say that it is needed.
      if (runRef.current !== null && !running.current) {
        await exclusive(undefined, async () => setNotice({ kind: "settingsSaved", rechecked: await checkWhileBusy() }));
      } else setNotice({ kind: "settingsSaved", rechecked: false });
      return true;
    },
    [storeSettings, runRef, running, exclusive, checkWhileBusy, setNotice],
  );

  const setLocale = useCallback(
    async (locale: Locale): Promise<void> => {
      await storeSettings({ ...settingsRef.current, locale });
    },
    [storeSettings, settingsRef],
  );

  return { clearMarks, deleteReport, makeSummary, saveSettings, setLocale };
}

import type { HostActions } from "./host-actions";
import { applyMarks } from "./apply-marks";
import type { ExcelRuntime } from "./excel-runtime";
import { officeRuntime } from "./excel-runtime";
import { LIVE_CHECK_DEBOUNCE_MS, LiveCheck } from "./live-check";
import { planTargets } from "./marks";
import { readWorkbookGrids } from "./read-workbook";
import { writeReportSheet } from "./report-sheet";
import { loadStoredSettings, saveStoredSettings } from "./settings";

export interface ExcelHostOptions {
  /** Defaults to the Office.js globals, looked up when an action runs. */
  readonly runtime?: ExcelRuntime;
  readonly liveCheckDebounceMs?: number;
  /** Where a failed live re-check lookup goes; by default it is rethrown outside the event handler. */
  readonly onLiveCheckError?: (err: unknown) => void;
}

/** HostActions over Office.js: every user action is one Excel.run. */
export function createExcelHost(options: ExcelHostOptions = {}): HostActions {
  const runtime = options.runtime ?? officeRuntime();
  const rethrow = (err: unknown): void => {
    queueMicrotask(() => {
      throw err;
    });
  };
  const liveCheck = new LiveCheck(runtime, options.liveCheckDebounceMs ?? LIVE_CHECK_DEBOUNCE_MS, options.onLiveCheckError ?? rethrow);
  return {
    readWorkbook: (onProgress) => readWorkbookGrids(runtime, onProgress),
    highlight: async (diagnostics, messages) => {
      const result = await applyMarks(runtime, planTargets(diagnostics, messages));
      return { marked: result.marked, notes: result.notes };
    },
    clearMarks: async () => {
      const result = await applyMarks(runtime, new Map());
      return { restored: result.restored };
    },
    selectCell: (sheet, cell) => selectCell(runtime, sheet, cell),
    writeReport: async (rows, labels) => {
      await writeReportSheet(runtime, rows, labels);
    },
    loadSettings: () => loadStoredSettings(runtime),
    saveSettings: (settings) => saveStoredSettings(runtime, settings),
    setLiveCheck: (enabled, onChange) => liveCheck.set(enabled, onChange),
  };
}

function selectCell(runtime: ExcelRuntime, sheet: string, cell: string): Promise<void> {
  return runtime.run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    worksheet.getRange(cell).select();
    await context.sync();
  });
}

import { applyEdits } from "../../core/edit";
import { isEmptyPlan } from "../../core/fill/plan";
import { a1 } from "../../core/grid/address";
import type { WorkbookGrids } from "../../core/grid/grid";
import type { HostActions, PlanApplyResult, SelectionCell } from "./host-actions";
import { sheetOfAddress } from "./addresses";
import { applyMarks } from "./apply-marks";
import { applyPlanInExcel } from "./apply-plan";
import { deleteRowsInExcel } from "./delete-rows";
import type { ExcelRuntime } from "./excel-runtime";
import { officeRuntime } from "./excel-runtime";
import { CheckWatch, DOM_FOCUS_EVENTS, type FocusEvents } from "./check-watch";
import { LIVE_CHECK_DEBOUNCE_MS, LiveCheck } from "./live-check";
import { markTargets } from "./marks";
import { readWorkbookGrids } from "./read-workbook";
import { deleteReportSheet, writeReportSheet } from "./report-sheet";
import { loadStoredSettings, saveStoredSettings } from "./settings";
import { writeSummarySheets } from "./write-summary";

export interface ExcelHostOptions {
  /** Defaults to the Office.js globals, looked up when an action runs. */
  readonly runtime?: ExcelRuntime;
  readonly liveCheckDebounceMs?: number;
  /** Where a failed live re-check lookup goes; by default it is rethrown outside the event handler. */
  readonly onLiveCheckError?: (err: unknown) => void;
  /** When the pane leaves and comes back, to see whether the ribbon checked meanwhile (default: window focus and page visibility). */
  readonly focusEvents?: FocusEvents;
}

/**
 * HostActions over Office.js: every user action is one Excel.run; reading leaves out the sheets the
 * add-in wrote itself (summaries, report, marks).
 */
export function createExcelHost(options: ExcelHostOptions = {}): HostActions {
  const runtime = options.runtime ?? officeRuntime();
  const rethrow = (err: unknown): void => {
    queueMicrotask(() => {
      throw err;
    });
  };
  const liveCheck = new LiveCheck(runtime, options.liveCheckDebounceMs ?? LIVE_CHECK_DEBOUNCE_MS, options.onLiveCheckError ?? rethrow);
  const checks = new CheckWatch(runtime);
  // The grids of the latest read: fill plans are made from them, and applyPlan checks its edits against them.
  let basis: WorkbookGrids | null = null;
  const readWorkbook = async (onProgress?: (done: number, total: number) => void): Promise<WorkbookGrids> => {
    basis = null;
    const grids = await readOwnWorkbook(runtime, onProgress);
    basis = grids;
    return grids;
  };
  return {
    readWorkbook,
    highlight: async (marks) => {
      checks.changedHere();
      const result = await applyMarks(runtime, markTargets(marks));
      checks.changedHere();
      return { marked: result.marked, notes: result.notes, ...(result.skipped.length > 0 ? { skipped: result.skipped } : {}) };
    },
    clearMarks: async () => {
      checks.changedHere();
      const result = await applyMarks(runtime, new Map());
      checks.changedHere();
      return { restored: result.restored };
    },
    watchChecks: (onOtherCheck) => checks.watch(options.focusEvents ?? DOM_FOCUS_EVENTS, onOtherCheck, options.onLiveCheckError ?? rethrow),
    selectCell: (sheet, cell) => selectCell(runtime, sheet, cell),
    writeReport: async (report) => {
      await writeReportSheet(runtime, report);
    },
    deleteReport: () => deleteReportSheet(runtime),
    loadSettings: () => loadStoredSettings(runtime),
    saveSettings: (settings) => saveStoredSettings(runtime, settings),
    setLiveCheck: (enabled, onChange) => liveCheck.set(enabled, onChange),
    applyPlan: async (plan): Promise<PlanApplyResult> => {
      const grids = basis ?? (await readWorkbook());
      const result = applyEdits(grids, plan);
      const refused = result.refused.length;
      if (!result.ok || isEmptyPlan(result.applied)) return { applied: 0, insertedRows: 0, refused };
      // Whatever happens next, the grids no longer describe the workbook once Excel is asked to change it.
      basis = null;
      const done = await applyPlanInExcel(runtime, result.applied);
      // A total kept as a formula is Excel's to recompute: read again rather than trust the plan's figure.
      basis = done.formulasKept.length === 0 ? result.grids : null;
      return {
        applied: done.written,
        insertedRows: done.insertedRows,
        refused,
        ...(done.formulasKept.length > 0 ? { formulasKept: done.formulasKept } : {}),
        ...(done.totalsNotCovering.length > 0 ? { totalsNotCovering: done.totalsNotCovering } : {}),
      };
    },
    writeSummary: async (summary) => {
      const written = await writeSummarySheets(runtime, summary, { activate: true });
      return { sheets: [written.projectSheet, written.categorySheet] };
    },
    getSelection: () => selectedCell(runtime),
    deleteRows: async (blocks) => {
      // Rows move: the grids of the latest read no longer describe the workbook.
      basis = null;
      return deleteRowsInExcel(runtime, blocks);
    },
  };
}

/** readWorkbookGrids without the sheets the add-in wrote (summaries, report, marks), in one Excel.run. */
function readOwnWorkbook(runtime: ExcelRuntime, onProgress?: (done: number, total: number) => void): Promise<WorkbookGrids> {
  return readWorkbookGrids(runtime, onProgress, { skipSummarySheets: true });
}

function selectedCell(runtime: ExcelRuntime): Promise<SelectionCell> {
  return runtime.run(async (context) => {
    const range = context.workbook.getSelectedRange();
    range.load("address,rowIndex,columnIndex");
    await context.sync();
    const sheet = sheetOfAddress(range.address);
    if (sheet === null) throw new Error(`the selection's address names no sheet: ${range.address}`);
    return { sheet, cell: a1(range.rowIndex, range.columnIndex) };
  });
}

function selectCell(runtime: ExcelRuntime, sheet: string, cell: string): Promise<void> {
  return runtime.run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    worksheet.getRange(cell).select();
    await context.sync();
  });
}

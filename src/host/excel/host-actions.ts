import type { PlannedMark, PlannedReport } from "../../core/annotations";
import type { FillPlan } from "../../core/fill/plan";
import type { CellValue, WorkbookGrids } from "../../core/grid/grid";
import type { ConfigProblem } from "../../core/config";
import type { CheckConfig } from "../../core/types";
import type { ConsolidatedSummary } from "../../core/summary/types";

/**
 * What the task pane and the ribbon commands may ask of the workbook. The Office.js implementation
 * lives in this folder; components receive an implementation through props or context and never
 * touch `Excel` themselves (tests pass an in-memory one).
 */
export interface HostActions {
  /**
   * Reads every sheet's used range values and merged areas in one Excel.run, leaving out the
   * add-in's own sheets (校验报告, the hidden marks sheet and the summary sheets it wrote), so a
   * check or a summary never counts them.
   */
  readWorkbook(onProgress?: (done: number, total: number) => void): Promise<WorkbookGrids>;
  /** Applies the annotation plan's marks (error red, warning amber, the notes) after snapshotting the cells' formats; notes where supported. */
  highlight(marks: readonly PlannedMark[]): Promise<HighlightResult>;
  /** Restores every marked cell's previous format exactly and removes the add-in's notes. */
  clearMarks(): Promise<{ readonly restored: number }>;
  /** Activates the sheet and selects the cell. */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Writes (or rewrites in place) the annotation plan's report sheet (校验报告), the same rows the CLI writes. */
  writeReport(report: PlannedReport): Promise<void>;
  loadSettings(): Promise<StoredSettings | null>;
  saveSettings(settings: StoredSettings): Promise<void>;
  /** Starts or stops the live re-check; `onChange` receives the sheet that changed. */
  setLiveCheck(enabled: boolean, onChange: (sheet: string) => void): Promise<void>;
  /**
   * Applies a fill plan made from the grids of the latest readWorkbook (reading them again first is
   * the caller's job): the edits `applyEdits` accepts on those grids are written in one Excel.run,
   * the others are counted as refused. When a cell no longer holds what the plan expects, nothing is
   * written and the promise rejects with a PlanStaleError (name "PlanStaleError", `cells`); when an
   * edit would overwrite a formula, with a PlanFormulaError (name "PlanFormulaError", `cells`).
   */
  applyPlan(plan: FillPlan): Promise<PlanApplyResult>;
  /** Writes (or rewrites in place) the add-in's summary sheets 汇总-项目 and 汇总-分类 and activates the first. */
  writeSummary(summary: ConsolidatedSummary): Promise<SummaryWriteResult>;
  /** The active sheet and the top-left cell of the selection (A1). */
  getSelection(): Promise<SelectionCell>;
  /** Deletes the add-in's 校验报告 sheet (never a sheet it did not write); false when there was none. Optional until the Excel host has it. */
  deleteReport?(): Promise<boolean>;
  /**
   * The ribbon's 校验 runs in a runtime of its own: calls `onOtherCheck` when the pane comes back
   * (focus, visibility) and the workbook says another runtime checked since this one last looked,
   * so the pane can check again and show the list the marks and 校验报告 show. Returns the unsubscribe.
   */
  watchChecks?(onOtherCheck: () => void): () => void;
  /**
   * 撤销 of rows the pane added: deletes each block's whole rows (shifting up), bottom-up, in one
   * Excel.run, but only when every block still holds exactly `expected` (what the pane wrote);
   * otherwise nothing is deleted and the cells that differ are returned. Optional until a host has it.
   */
  deleteRows?(blocks: readonly RowBlock[]): Promise<RowsDeleted>;
}

/** Rows the pane inserted or wrote into, as the sheet is now (zero-based), and what they must hold. */
export interface RowBlock {
  readonly sheet: string;
  readonly first: number;
  readonly count: number;
  /** Row by row from column A: each cell's value as the pane wrote it; a missing cell is blank. */
  readonly expected: readonly (readonly CellValue[])[];
}

export interface RowsDeleted {
  readonly deleted: number;
  /** "表!A12" cells that no longer hold what the pane wrote; when any, nothing was deleted. */
  readonly changed: readonly string[];
}

export interface PlanApplyResult {
  /** Cells written. */
  readonly applied: number;
  /** Whole rows inserted. */
  readonly insertedRows: number;
  /** Edits not written: stale on the grids read, overwriting, overlapping, or every edit of a plan refused as a whole. */
  readonly refused: number;
  /** Totals ("表!F12") the plan would have updated that are formulas: left as they are, the formula follows the rows. */
  readonly formulasKept?: readonly string[];
  /**
   * Of those, the ones that after Excel recalculated do not show the plan's total (a SUM does not widen
   * for a row appended right below its range): the user has to extend the formula.
   */
  readonly totalsNotCovering?: readonly { readonly cell: string; readonly formula: string; readonly expected: CellValue; readonly found: CellValue }[];
}

export interface SummaryWriteResult {
  /** The sheets written, the project list first. */
  readonly sheets: readonly string[];
}

export interface SelectionCell {
  readonly sheet: string;
  /** A1 address of the selection's top-left cell. */
  readonly cell: string;
}

export interface HighlightResult {
  readonly marked: number;
  /** Whether cell notes were written (ExcelApi 1.18). */
  readonly notes: boolean;
  /**
   * Sheets with diagnostics that got no marks, when there are any: protected ("工作表“X”受保护，未标记"),
   * hidden (their diagnostics are listed without navigation), or refused by Excel (code kept).
   */
  readonly skipped?: readonly { readonly sheet: string; readonly reason: "protected" | "hidden" | "failed"; readonly code?: string }[];
}

export interface StoredSettings {
  readonly config: Partial<CheckConfig>;
  readonly liveCheck: boolean;
  readonly locale: "zh-CN" | "en";
  /** Diagnostics the user chose to ignore (the task pane's keys). */
  readonly ignored?: readonly string[];
  /** On loading only (never saved): what parseCheckConfig refused in the stored config; those fields have their defaults. */
  readonly configProblems?: readonly ConfigProblem[];
}

import type { WorkbookGrids } from "../../core/grid/grid";
import type { CheckConfig, Diagnostic } from "../../core/rules/types";

/**
 * What the task pane and the ribbon commands may ask of the workbook. The Office.js implementation
 * lives in this folder; components receive an implementation through props or context and never
 * touch `Excel` themselves (tests pass an in-memory one).
 */
export interface HostActions {
  /** Reads every sheet's used range values and merged areas in one Excel.run. */
  readWorkbook(onProgress?: (done: number, total: number) => void): Promise<WorkbookGrids>;
  /** Marks diagnostic cells (error red, warning amber) after snapshotting their formats; notes where supported. */
  highlight(diagnostics: readonly Diagnostic[], messages: readonly string[]): Promise<HighlightResult>;
  /** Restores every marked cell's previous format exactly and removes the add-in's notes. */
  clearMarks(): Promise<{ readonly restored: number }>;
  /** Activates the sheet and selects the cell. */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Writes (or rewrites) the add-in's 校验报告 sheet with a hyperlink per diagnostic; `labels` for another locale. */
  writeReport(rows: readonly ReportLine[], labels?: ReportLabels): Promise<void>;
  loadSettings(): Promise<StoredSettings | null>;
  saveSettings(settings: StoredSettings): Promise<void>;
  /** Starts or stops the live re-check; `onChange` receives the sheet that changed. */
  setLiveCheck(enabled: boolean, onChange: (sheet: string) => void): Promise<void>;
}

export interface HighlightResult {
  readonly marked: number;
  /** Whether cell notes were written (ExcelApi 1.18). */
  readonly notes: boolean;
}

export interface ReportLine {
  readonly sheet: string;
  readonly cell: string;
  readonly severity: string;
  readonly table: string;
  readonly message: string;
  readonly rule: string;
}

/** The report sheet's name (default 校验报告) and column headers, in the user's language. */
export interface ReportLabels {
  readonly sheetName?: string;
  /** Headers of the columns cell, sheet, severity, table, message, rule. */
  readonly headers?: readonly string[];
}

export interface StoredSettings {
  readonly config: Partial<CheckConfig>;
  readonly liveCheck: boolean;
  readonly locale: "zh-CN" | "en";
}

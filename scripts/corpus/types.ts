/**
 * What a corpus case expects the checker to read: per table its kind, name, budget (the year's, and
 * the whole period's where the template has one) and indicator count; per sheet its reading status;
 * and every diagnostic of error severity, as (sheet, cell, rule).
 */
import type ExcelJS from "exceljs";

export type TableKind = "project" | "department" | "self-evaluation" | "budget-summary";
export type SheetStatus = "read" | "partial" | "unread" | "not-target";

export interface Funds {
  /** Null when the table gives sources but no total the checker could read. */
  readonly total: number | null;
  readonly fiscal: number;
  readonly other: number;
}

export interface ExpectedTable {
  readonly sheet: string;
  readonly kind: TableKind;
  readonly name: string;
  /** The year's money; null when the table gives none the checker could read. */
  readonly budget: Funds | null;
  /** 中期 / 实施期 money where the template has it beside the year's. */
  readonly period: Funds | null;
  readonly indicators: number;
}

export interface ExpectedSheet {
  readonly sheet: string;
  readonly status: SheetStatus;
}

export type ExpectedError = readonly [sheet: string, cell: string, rule: string];

export interface CaseExpectation {
  readonly tables: readonly ExpectedTable[];
  readonly sheets: readonly ExpectedSheet[];
  readonly errors: readonly ExpectedError[];
}

export interface CorpusCase {
  /** Short stable id, also the file's stem: "01a-national-pairs". */
  readonly id: string;
  /** Which issue-11 template (1–8) or issue-10 failure class it stands for. */
  readonly template: string;
  /** One line: what the case is and what it tests. */
  readonly about: string;
  /** Writes the workbook and returns what it expects, with cells taken from where the rows were written. */
  readonly build: (workbook: ExcelJS.Workbook) => CaseExpectation;
}

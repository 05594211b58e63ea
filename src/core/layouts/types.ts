import type { IndicatorField, MoneyUnit, Sourced, Table } from "../model/model";
import type { IndicatorHeader } from "../parse/indicators";
import type { Sheet } from "../parse/sheet";
import type { Localized } from "../types";

/** The skeleton fill writes for a sheet without a project of this layout yet. */
export interface LayoutSkeleton {
  /** Column widths (characters) of the default skeleton. */
  readonly widths: readonly number[];
  /** Where the skeleton's indicator fields sit; null for layouts that encode indicators in one cell. */
  readonly columns: Readonly<Partial<Record<IndicatorField, number>>> | null;
}

/** What a sheet states above a row, for tables that do not say it themselves. */
export interface Statements {
  /** The money unit last stated at or above the row (单位：万元), or null. */
  unitAbove(row: number): MoneyUnit | null;
  /** The agency last written as "预算单位：…" at or above the row, or null. */
  departmentAbove(row: number): Sourced<string> | null;
}

/** A header a layout recognised: its own description, the rows it covers, and an indicator header if it has one. */
export interface Found<H> {
  readonly header: H;
  /** First row of the header (a group row above the key row included). */
  readonly top: number;
  /** Last row of the header: the scan for the next header resumes below it. */
  readonly lastRow: number;
  /** The indicator header (一级 · 二级 · 三级 · 指标值) this table has, for the tables around it. */
  readonly indicator?: IndicatorHeader;
}

/** Rows first..last, inclusive. */
export interface RowSpan {
  readonly from: number;
  readonly to: number;
}

/** Where a table found at a header may read: the tables around it and what the sheet states above it. */
export interface ReadContext extends Statements {
  /** Last row of the table read before this one, -1 for the first. */
  readonly prevEnd: number;
  /** First row of the next header found, or the sheet's height. */
  readonly nextStart: number;
  readonly next: Found<unknown> | null;
  /** Head rows a table before this one left to it (a 长期绩效指标 table's head belongs to the year's table). */
  readonly carriedHead: RowSpan | null;
}

export interface ReadResult {
  readonly tables: readonly Table[];
  /** Last row the tables cover. */
  readonly lastRow: number;
  /** Head rows handed on to the next table instead of being read here. */
  readonly carryHead?: RowSpan;
}

interface Described<Id extends string> {
  readonly id: Id;
  readonly name: Localized;
  /** One line on how the layout looks, for the docs and the fill panel. */
  readonly description: Localized;
}

/**
 * A layout found at a header row somewhere in a sheet, possibly many times (a block per project, a list,
 * a summary table). `detect` must not depend on the other layouts: the registry's order is not a priority.
 */
export interface HeaderLayout<Id extends string = string, H = unknown> extends Described<Id> {
  readonly scope: "header";
  /** The header of this layout whose key row is `row`, or null. */
  detect(sheet: Sheet, row: number): Found<H> | null;
  read(sheet: Sheet, found: Found<H>, context: ReadContext): ReadResult;
  readonly skeleton?: LayoutSkeleton;
}

/**
 * A layout that makes a whole sheet one kind of table (a self-evaluation, a department-wide table),
 * told by its title or header words; it may read the sheet's header layouts' tables and wrap them.
 */
export interface SheetLayout<Id extends string = string> extends Described<Id> {
  readonly scope: "sheet";
  /** The cell that shows the sheet is of this layout, or null. */
  detect(sheet: Sheet): string | null;
  /** The sheet's tables, or null to leave the sheet to the header layouts after all. */
  read(sheet: Sheet, headerTables: () => readonly Table[]): readonly Table[] | null;
}

export type Layout = HeaderLayout | SheetLayout;

/** A layout fill can write: it has a skeleton. */
export type FillableLayout<Id extends string = string, H = unknown> = HeaderLayout<Id, H> & { readonly skeleton: LayoutSkeleton };

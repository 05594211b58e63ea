import type { Level1 } from "../model/framework";
import { LEVEL1_NAMES } from "../vocabulary/categories";
import type { MoneyUnit, ParsedWorkbook } from "../model/model";
import type { Diagnostic, DiagnosticData } from "../types";

/** One workbook to summarize: its parse, its check diagnostics, and how the summary names it. */
export interface SummaryInput {
  /** A file name (the CLI) or the open workbook's name (the add-in); shown in the 文件 column. */
  readonly file: string;
  readonly parsed: ParsedWorkbook;
  readonly diagnostics: readonly Diagnostic[];
}

/** Indicator counts per 一级; 其他 holds rows whose 一级 is blank or unknown. */
export type Level1Counts = Readonly<Record<Level1 | "其他", number>>;

/** The summary's column order: the 一级 as the vocabulary lists them, then 其他. */
export const LEVEL1_ORDER: readonly (Level1 | "其他")[] = [...LEVEL1_NAMES, "其他"];

/** Where a project line came from: its own target table, or only a row of a 项目支出表. */
export type ProjectOrigin = "target-table" | "list-only";

/** How the project type was found. */
export type TypeSource = "column" | "list" | "prefix" | "none";

/** One project, amounts in 万元. */
export interface ProjectLine {
  readonly file: string;
  readonly sheet: string;
  readonly name: string;
  readonly code: string | null;
  readonly agency: string;
  /** The unit code written before the agency name ("389101"), when there was one. */
  readonly agencyCode: string | null;
  readonly type: string;
  readonly typeSource: TypeSource;
  readonly total: number;
  /** 财政资金 / 财政拨款. */
  readonly fiscal: number;
  /** 其他资金 including 财政专户. */
  readonly other: number;
  /** 财政专户, also counted in `other`. */
  readonly specialAccount: number;
  /** The table's own unit before conversion to 万元. */
  readonly sourceUnit: MoneyUnit;
  readonly indicators: Level1Counts;
  readonly indicatorCount: number;
  readonly errors: number;
  readonly warnings: number;
  /** A1 address of the project's first cell on `sheet`. */
  readonly cell: string;
  readonly origin: ProjectOrigin;
  /** The 项目支出表 row this target table was matched to, amount in 万元. */
  readonly listed: { readonly sheet: string; readonly cell: string; readonly name: string; readonly total: number | null } | null;
}

/** Totals of one category (an agency, a project type, a funding source), in 万元. */
export interface CategoryTotal {
  readonly key: string;
  readonly total: number;
  readonly fiscal: number;
  readonly other: number;
  readonly specialAccount: number;
  readonly projects: number;
}

export type FundingSource = "财政资金" | "财政专户" | "其他资金" | "未列明来源";

export interface SourceTotal extends CategoryTotal {
  readonly key: FundingSource;
}

export type FunctionLevel = "类" | "款" | "项";

/**
 * One 支出功能分类 subject. Leaves carry the amounts of the source table; every other subject is the
 * sum of its children, so 类 = Σ 款 and 款 = Σ 项 by construction. `fiscal` / `other` are null unless
 * the source table splits by funding source; `projects` is null (projects are not coded by subject).
 */
export interface FunctionClassLine {
  readonly key: string;
  readonly code: string;
  readonly name: string;
  readonly level: FunctionLevel;
  readonly parent: string | null;
  readonly leaf: boolean;
  readonly total: number;
  /** 基本支出, null when no source table has the column. */
  readonly basic: number | null;
  /** 项目支出, null when no source table has the column. */
  readonly project: number | null;
  readonly fiscal: number | null;
  readonly other: number | null;
  readonly projects: null;
  /** The part of the amount booked on this subject itself rather than on a child (consolidation of uneven tables). */
  readonly own: { readonly total: number; readonly basic: number | null; readonly project: number | null };
}

export interface IndicatorCategoryCount {
  readonly level1: string;
  readonly level2: string;
  readonly indicators: number;
  readonly projects: number;
}

export type SummaryNoteId =
  | "list-matched"
  | "list-only"
  | "function-table"
  | "no-function-table"
  | "converted-to-wan"
  | "apart-from-projects"
  | "no-projects";

/** A remark on how the summary was built; rendered to text at the edge (renderSummaryNote). */
export interface SummaryNote {
  readonly id: SummaryNoteId;
  readonly file: string;
  readonly data: DiagnosticData;
}

/** The 汇总 we build across files (projects, totals by category, indicator counts), written as the summary sheets. */
export interface ConsolidatedSummary {
  readonly unit: "万元";
  readonly files: readonly string[];
  readonly projects: readonly ProjectLine[];
  readonly byCategory: {
    readonly agency: readonly CategoryTotal[];
    readonly source: readonly SourceTotal[];
    readonly type: readonly CategoryTotal[];
    readonly function: readonly FunctionClassLine[];
  };
  readonly indicators: {
    readonly byLevel1: Level1Counts;
    readonly byLevel2: readonly IndicatorCategoryCount[];
  };
  readonly totals: CategoryTotal;
  readonly notes: readonly SummaryNote[];
}

import { columnLetters, sheetRef } from "../grid/address";
import { roundMoney } from "../money/amounts";
import { renderSummaryNote } from "./notes";
import type { ConsolidatedSummary, CategoryTotal, FunctionClassLine, ProjectLine } from "./types";

/**
 * The two summary sheets as data: every cell (text, number, live formula with its expected result,
 * link), every table and the chart, so the exceljs host and the Office.js host write the same thing.
 * Formulas are written without the leading "=" and use absolute A1 ranges, which Excel,
 * LibreOffice and WPS all evaluate; SUMIFS ties each category row to the project table.
 */

export const DEFAULT_SUMMARY_SHEETS = { projects: "汇总-项目", categories: "汇总-分类" } as const;

/**
 * Workbook names the hosts add (pointing at A1 of each sheet) to mark the sheets the tool created.
 * A name follows its sheet through a rename, and a user's own sheet called 汇总-项目 never has one.
 */
export const SUMMARY_MARKERS = { projects: "_jixiao_summary_projects", categories: "_jixiao_summary_categories" } as const;

export type SheetRole = keyof typeof SUMMARY_MARKERS;
export type CellFormat = "text" | "amount" | "count";
/** Number formats by cell format; "@" keeps text that looks like a formula or a number as text. */
export const NUMBER_FORMATS: Readonly<Record<CellFormat, string>> = { text: "@", amount: "0.00", count: "0" };

export type PlanCell =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "number"; readonly value: number }
  /** `result` is what the formula evaluates to for the summary's own figures. */
  | { readonly kind: "formula"; readonly formula: string; readonly result: number }
  /** A link to a cell of the source workbook (only when the summary sits in that workbook). */
  | { readonly kind: "link"; readonly text: string; readonly sheet: string; readonly cell: string }
  | { readonly kind: "blank" };

export interface PlanColumn {
  readonly header: string;
  readonly format: CellFormat;
}

export type TableRole = "projects" | "agency" | "source" | "type" | "function" | "indicators";

export interface PlannedChart {
  readonly title: string;
  /** The chart plots the table's first `columns` columns (categories, then one series per column), header and body. */
  readonly columns: number;
  /** Zero-based top-left cell of the chart's position. */
  readonly anchorRow: number;
  readonly anchorCol: number;
}

export interface PlannedTable {
  readonly role: TableRole;
  /** Excel table name, unique in the workbook. */
  readonly name: string;
  /** Zero-based row of the header; the table starts in column A. */
  readonly headerRow: number;
  readonly columns: readonly PlanColumn[];
  readonly rows: readonly (readonly PlanCell[])[];
  readonly totals: readonly PlanCell[];
  readonly chart: PlannedChart | null;
}

export interface PlannedLine {
  readonly row: number;
  readonly text: string;
  readonly style: "title" | "section" | "note";
}

export interface PlannedSheet {
  readonly role: SheetRole;
  readonly name: string;
  readonly marker: string;
  readonly lines: readonly PlannedLine[];
  readonly tables: readonly PlannedTable[];
  /** Column widths in Excel character units (CJK counts double), for hosts that cannot autofit. */
  readonly widths: readonly number[];
}

export interface SummaryPlanOptions {
  /** Final sheet names (the host has already avoided the user's sheets). */
  readonly projectSheet: string;
  readonly categorySheet: string;
  /** Table names used elsewhere in the workbook; Excel table names are workbook-wide. */
  readonly takenTableNames?: readonly string[];
  /** Link each project to its first cell: true when the summary is written into the source workbook. */
  readonly links: boolean;
  /** A 文件 column; by default when the summary covers several files. */
  readonly fileColumn?: boolean;
}

export interface SummaryPlan {
  readonly sheets: readonly [PlannedSheet, PlannedSheet];
}

const text = (t: string): PlanCell => ({ kind: "text", text: t });
const num = (value: number): PlanCell => ({ kind: "number", value });
const formula = (f: string, result: number): PlanCell => ({ kind: "formula", formula: f, result });
const BLANK: PlanCell = { kind: "blank" };

const ORIGIN_LABEL = { "target-table": "绩效目标表", "list-only": "仅见于项目支出表" } as const;

/** A project-table column: how to read it from a project, and its total. */
interface ProjectColumn extends PlanColumn {
  readonly id: string;
  readonly cell: (p: ProjectLine) => PlanCell;
  readonly total: "label" | "sum" | "none";
  readonly value?: (p: ProjectLine) => number;
}

function projectColumns(summary: ConsolidatedSummary, options: SummaryPlanOptions): ProjectColumn[] {
  const fileColumn = options.fileColumn ?? summary.files.length > 1;
  const hasOtherIndicators = summary.projects.some((p) => p.indicators.其他 > 0);
  const columns: ProjectColumn[] = [];
  const textCol = (id: string, header: string, of: (p: ProjectLine) => string): void => {
    columns.push({ id, header, format: "text", cell: (p) => text(of(p)), total: columns.length === 0 ? "label" : "none" });
  };
  const numberCol = (id: string, header: string, format: "amount" | "count", of: (p: ProjectLine) => number): void => {
    columns.push({ id, header, format, cell: (p) => num(of(p)), total: "sum", value: of });
  };
  if (fileColumn) textCol("file", "文件", (p) => p.file);
  textCol("sheet", "工作表", (p) => p.sheet);
  textCol("name", "项目名称", (p) => p.name);
  textCol("agency", "预算单位", (p) => p.agency);
  textCol("type", "项目类型", (p) => p.type);
  numberCol("total", "合计（万元）", "amount", (p) => p.total);
  numberCol("fiscal", "财政资金（万元）", "amount", (p) => p.fiscal);
  numberCol("other", "其他资金（万元）", "amount", (p) => p.other);
  numberCol("specialAccount", "其中：财政专户（万元）", "amount", (p) => p.specialAccount);
  numberCol("产出", "产出指标（个）", "count", (p) => p.indicators.产出);
  numberCol("效益", "效益指标（个）", "count", (p) => p.indicators.效益);
  numberCol("满意度", "满意度指标（个）", "count", (p) => p.indicators.满意度);
  numberCol("成本", "成本指标（个）", "count", (p) => p.indicators.成本);
  if (hasOtherIndicators) numberCol("其他", "其他指标（个）", "count", (p) => p.indicators.其他);
  numberCol("errors", "错误（个）", "count", (p) => p.errors);
  numberCol("warnings", "警告（个）", "count", (p) => p.warnings);
  textCol("origin", "来源", (p) => ORIGIN_LABEL[p.origin]);
  columns.push({
    id: "cell",
    header: "位置",
    format: "text",
    total: "none",
    cell: (p) => (options.links ? { kind: "link", text: `${p.sheet}!${p.cell}`, sheet: p.sheet, cell: p.cell } : text(`${p.sheet}!${p.cell}`)),
  });
  return columns;
}


function uniqueNames(taken: readonly string[]): (wanted: string) => string {
  const used = new Set(taken.map((n) => n.toLocaleLowerCase()));
  return (wanted) => {
    for (let n = 1; ; n++) {
      const candidate = n === 1 ? wanted : `${wanted}_${n}`;
      if (!used.has(candidate.toLocaleLowerCase())) {
        used.add(candidate.toLocaleLowerCase());
        return candidate;
      }
    }
  };
}

/** Absolute reference to rows `first`..`last` (zero-based) of a column on another sheet. */
function columnRange(sheet: string, col: number, first: number, last: number): string {
  const letters = columnLetters(col);
  return sheetRef(sheet, `$${letters}$${first + 1}:$${letters}$${last + 1}`);
}

/**
 * A SUMIFS / COUNTIFS criterion reads "=x", "<5", "a*b" and "12" as operators, wildcards or numbers;
 * such keys are compared with SUMPRODUCT's exact "=" instead.
 */
function isPlainCriterion(key: string): boolean {
  return key !== "" && key.trim() === key && !/^[=<>+\-@]/u.test(key) && !/[*?~]/u.test(key) && !/^[\d.,%\s]+$/u.test(key) && !/^(true|false)$/iu.test(key);
}

interface ProjectRanges {
  readonly of: (id: string) => string;
}

function categoryRows(
  totals: readonly CategoryTotal[],
  firstRow: number,
  keyColumnRange: string,
  ranges: ProjectRanges,
): PlanCell[][] {
  return totals.map((t, i) => {
    const keyCell = `$A${firstRow + i + 1}`;
    const plain = isPlainCriterion(t.key);
    const sum = (id: string, result: number): PlanCell =>
      formula(plain ? `SUMIFS(${ranges.of(id)},${keyColumnRange},${keyCell})` : `SUMPRODUCT(--(${keyColumnRange}=${keyCell}),${ranges.of(id)})`, result);
    const count = formula(plain ? `COUNTIFS(${keyColumnRange},${keyCell})` : `SUMPRODUCT(--(${keyColumnRange}=${keyCell}))`, t.projects);
    return [text(t.key), sum("total", t.total), sum("fiscal", t.fiscal), sum("other", t.other), count];
  });
}

const CATEGORY_COLUMNS = (keyHeader: string): PlanColumn[] => [
  { header: keyHeader, format: "text" },
  { header: "合计（万元）", format: "amount" },
  { header: "财政资金（万元）", format: "amount" },
  { header: "其他资金（万元）", format: "amount" },
  { header: "项目数（个）", format: "count" },
];

const INDICATOR_COLUMNS: readonly PlanColumn[] = [
  { header: "一级指标", format: "text" },
  { header: "二级指标", format: "text" },
  { header: "指标数（个）", format: "count" },
  { header: "涉及项目（个）", format: "count" },
];

const SOURCE_COLUMNS: readonly PlanColumn[] = [
  { header: "资金来源", format: "text" },
  { header: "金额（万元）", format: "amount" },
  { header: "项目数（个）", format: "count" },
];

/** SUBTOTAL over a body column, so a filtered table totals what it shows. */
function subtotal(col: number, first: number, last: number, result: number): PlanCell {
  const letters = columnLetters(col);
  return formula(`SUBTOTAL(109,${letters}${first + 1}:${letters}${last + 1})`, roundMoney(result));
}

/** SUM of cells, consecutive rows joined into ranges and at most 200 arguments per SUM. */
function sumOfCells(col: number, rows: readonly number[]): string {
  const letters = columnLetters(col);
  const parts: string[] = [];
  let start = -1;
  let prev = -2;
  const flush = (): void => {
    if (start < 0) return;
    parts.push(start === prev ? `${letters}${start + 1}` : `${letters}${start + 1}:${letters}${prev + 1}`);
  };
  for (const row of [...rows].sort((a, b) => a - b)) {
    if (row !== prev + 1) {
      flush();
      start = row;
    }
    prev = row;
  }
  flush();
  const chunks: string[] = [];
  for (let i = 0; i < parts.length; i += 200) chunks.push(`SUM(${parts.slice(i, i + 200).join(",")})`);
  return chunks.length === 1 ? chunks[0]! : `SUM(${chunks.join(",")})`;
}

function functionTable(lines: readonly FunctionClassLine[], headerRow: number, name: string): PlannedTable {
  const hasBasic = lines.some((l) => l.basic !== null);
  const hasProject = lines.some((l) => l.project !== null);
  const amountFields: { header: string; of: (l: FunctionClassLine | FunctionClassLine["own"]) => number | null }[] = [
    { header: "合计（万元）", of: (l) => l.total },
    ...(hasBasic ? [{ header: "基本支出（万元）", of: (l: FunctionClassLine | FunctionClassLine["own"]) => l.basic }] : []),
    ...(hasProject ? [{ header: "项目支出（万元）", of: (l: FunctionClassLine | FunctionClassLine["own"]) => l.project }] : []),
  ];
  const columns: PlanColumn[] = [
    { header: "科目编码", format: "text" },
    { header: "科目名称", format: "text" },
    { header: "级次", format: "text" },
    ...amountFields.map((f) => ({ header: f.header, format: "amount" as const })),
  ];
  const first = headerRow + 1;
  const rowOf = new Map(lines.map((l, i) => [l.code, first + i]));
  const childRows = (code: string): number[] => lines.filter((l) => l.parent === code).map((l) => rowOf.get(l.code)!);
  const rows = lines.map((line) => [
    text(line.code),
    text(line.name),
    text(line.level),
    ...amountFields.map((field, i): PlanCell => {
      const value = field.of(line) ?? 0;
      if (line.leaf) return num(value);
      const own = field.of(line.own) ?? 0;
      const sum = sumOfCells(3 + i, childRows(line.code));
      // A subject booked both on itself and on children (tables consolidated unevenly) keeps its own part.
      return formula(Math.abs(own) > 1e-9 ? `${sum}+${own}` : sum, value);
    }),
  ]);
  const roots = lines.filter((l) => l.parent === null);
  const totals: PlanCell[] = [
    text("合计"),
    BLANK,
    BLANK,
    ...amountFields.map((field, i) => formula(sumOfCells(3 + i, roots.map((r) => rowOf.get(r.code)!)), roundMoney(roots.reduce((s, r) => s + (field.of(r) ?? 0), 0)))),
  ];
  return { role: "function", name, headerRow, columns, rows, totals, chart: null };
}

/** Display width in Excel character units: CJK and full-width characters count double. */
const WIDE_CHAR = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

function displayWidth(t: string): number {
  let w = 0;
  for (const ch of t) w += WIDE_CHAR.test(ch) ? 2 : 1;
  return w;
}

function cellWidth(cell: PlanCell, format: CellFormat): number {
  switch (cell.kind) {
    case "text":
    case "link":
      return displayWidth(cell.text);
    case "number":
      return format === "amount" ? cell.value.toFixed(2).length : String(cell.value).length;
    case "formula":
      return format === "amount" ? cell.result.toFixed(2).length : String(cell.result).length;
    default:
      return 0;
  }
}

function widthsOf(tables: readonly PlannedTable[]): number[] {
  const widths: number[] = [];
  const measure = (col: number, w: number): void => {
    widths[col] = Math.max(widths[col] ?? 0, w);
  };
  for (const t of tables) {
    t.columns.forEach((c, i) => measure(i, displayWidth(c.header)));
    for (const row of [...t.rows, t.totals]) row.forEach((cell, i) => measure(i, cellWidth(cell, t.columns[i]?.format ?? "text")));
  }
  return Array.from(widths, (w) => Math.min(50, Math.max(8, (w ?? 0) + 2)));
}

type TableName = (wanted: string) => string;

/** Lays out 汇总-项目 and 汇总-分类 for a summary. */
export function planSummarySheets(summary: ConsolidatedSummary, options: SummaryPlanOptions): SummaryPlan {
  const tableName = uniqueNames(options.takenTableNames ?? []);
  const projects = projectSheet(summary, options, tableName);
  const categories = categorySheet(summary, options, tableName, projects.ranges);
  return {
    sheets: [
      { role: "projects", name: options.projectSheet, marker: SUMMARY_MARKERS.projects, lines: projects.lines, tables: projects.tables, widths: widthsOf(projects.tables) },
      { role: "categories", name: options.categorySheet, marker: SUMMARY_MARKERS.categories, lines: categories.lines, tables: categories.tables, widths: widthsOf(categories.tables) },
    ],
  };
}

/** 汇总-项目: title, unit and sources, the notes, then one row per project with a 合计 row (or a note that there are none). */
function projectSheet(summary: ConsolidatedSummary, options: SummaryPlanOptions, tableName: TableName): { lines: PlannedLine[]; tables: PlannedTable[]; ranges: ProjectRanges } {
  const withFile = summary.files.length > 1;
  const sources = summary.files.filter((f) => f !== "");
  const noteLines = summary.notes.map((n) => renderSummaryNote(n, "zh-CN", withFile));
  const lines: PlannedLine[] = [
    { row: 0, text: "项目汇总表", style: "title" },
    { row: 1, text: `单位：万元${sources.length > 0 ? `\u3000来源：${sources.join("、")}` : ""}`, style: "note" },
    ...noteLines.map((t, i): PlannedLine => ({ row: 2 + i, text: t, style: "note" })),
  ];
  const headerRow = lines.length + 1;
  const columns = projectColumns(summary, options);
  const first = headerRow + 1;
  const last = headerRow + summary.projects.length;
  const tables: PlannedTable[] = [];
  if (summary.projects.length > 0) {
    tables.push({
      role: "projects",
      name: tableName("汇总_项目"),
      headerRow,
      columns: columns.map(({ header, format }) => ({ header, format })),
      rows: summary.projects.map((p) => columns.map((c) => c.cell(p))),
      totals: columns.map((c, i) =>
        c.total === "label" ? text("合计") : c.total === "sum" ? subtotal(i, first, last, summary.projects.reduce((s, p) => s + c.value!(p), 0)) : BLANK,
      ),
      chart: null,
    });
  } else {
    lines.push({ row: headerRow, text: "（无项目）", style: "note" });
  }
  const columnIndex = new Map(columns.map((c, i) => [c.id, i]));
  return { lines, tables, ranges: { of: (id) => columnRange(options.projectSheet, columnIndex.get(id)!, first, last) } };
}

/** 汇总-分类: by agency, source and type (formulas over 汇总-项目), by function class, and indicators by category. */
function categorySheet(summary: ConsolidatedSummary, options: SummaryPlanOptions, tableName: TableName, ranges: ProjectRanges): { lines: PlannedLine[]; tables: PlannedTable[] } {
  const lines: PlannedLine[] = [
    { row: 0, text: "分类汇总表", style: "title" },
    { row: 1, text: `单位：万元\u3000按预算单位、资金来源、项目类型的金额是公式，随“${options.projectSheet}”中的金额自动更新`, style: "note" },
  ];
  const tables: PlannedTable[] = [];
  let next = 3;
  const section = (title: string): number => {
    lines.push({ row: next, text: title, style: "section" });
    return next + 1;
  };
  const place = (table: PlannedTable): void => {
    tables.push(table);
    next = table.headerRow + table.rows.length + 4;
  };
  if (summary.projects.length > 0) {
    const { agency, type } = summary.byCategory;
    const chartOn: "agency" | "type" = agency.length < 2 && type.length >= 2 ? "type" : "agency";
    for (const [role, header, title] of [
      ["agency", "预算单位", "按预算单位汇总"],
      ["source", "资金来源", "按资金来源汇总"],
      ["type", "项目类型", "按项目类型汇总"],
    ] as const) {
      const headerRow = section(title);
      if (role === "source") place(sourceTable(summary, headerRow, tableName("汇总_来源"), ranges));
      else place(categoryTable(summary.byCategory[role], { role, header, title, headerRow, chart: role === chartOn }, tableName(role === "agency" ? "汇总_单位" : "汇总_类型"), ranges));
    }
  }
  if (summary.byCategory.function.length > 0) {
    const headerRow = section("按支出功能分类汇总（类 → 款 → 项）");
    place(functionTable(summary.byCategory.function, headerRow, tableName("汇总_功能分类")));
  }
  if (summary.indicators.byLevel2.length > 0) place(indicatorTable(summary, section("按指标类别统计"), tableName("汇总_指标")));
  return { lines, tables };
}

/** Totals by agency or by type: amounts as SUMIF formulas over 汇总-项目, with a 合计 row and, for one of them, a chart. */
function categoryTable(
  totals: readonly CategoryTotal[],
  at: { readonly role: "agency" | "type"; readonly header: string; readonly title: string; readonly headerRow: number; readonly chart: boolean },
  name: string,
  ranges: ProjectRanges,
): PlannedTable {
  const first = at.headerRow + 1;
  const last = at.headerRow + totals.length;
  const sums = (f: (t: CategoryTotal) => number): number => totals.reduce((s, t) => s + f(t), 0);
  return {
    role: at.role,
    name,
    headerRow: at.headerRow,
    columns: CATEGORY_COLUMNS(at.header),
    rows: categoryRows(totals, first, ranges.of(at.role), ranges),
    totals: [
      text("合计"),
      subtotal(1, first, last, sums((t) => t.total)),
      subtotal(2, first, last, sums((t) => t.fiscal)),
      subtotal(3, first, last, sums((t) => t.other)),
      subtotal(4, first, last, sums((t) => t.projects)),
    ],
    chart: at.chart ? { title: `${at.title}（万元）`, columns: 4, anchorRow: at.headerRow, anchorCol: 6 } : null,
  };
}

/** Indicators counted by 一级 and 二级, with the projects that use each. */
function indicatorTable(summary: ConsolidatedSummary, headerRow: number, name: string): PlannedTable {
  const first = headerRow + 1;
  const last = headerRow + summary.indicators.byLevel2.length;
  const count = summary.indicators.byLevel2.reduce((s, r) => s + r.indicators, 0);
  const rows = summary.indicators.byLevel2.map((r) => [text(r.level1), text(r.level2), num(r.indicators), num(r.projects)]);
  return { role: "indicators", name, headerRow, columns: INDICATOR_COLUMNS, rows, totals: [text("合计"), BLANK, subtotal(2, first, last, count), BLANK], chart: null };
}

function sourceTable(summary: ConsolidatedSummary, headerRow: number, name: string, ranges: ProjectRanges): PlannedTable {
  const [total, fiscal, other, special] = ["total", "fiscal", "other", "specialAccount"].map((id) => ranges.of(id)) as [string, string, string, string];
  // A project counts for a source when its amount there is not zero (to the 6 decimals the summary keeps).
  const counted = (expr: string): string => `SUMPRODUCT(--(ABS(${expr})>0.0000001))`;
  const byKey = new Map(summary.byCategory.source.map((s) => [s.key, s]));
  const rowFor = (key: "财政资金" | "财政专户" | "其他资金" | "未列明来源", amount: string, countExpr: string): PlanCell[] => {
    const s = byKey.get(key)!;
    return [text(key), formula(amount, s.total), formula(counted(countExpr), s.projects)];
  };
  const rows = [
    rowFor("财政资金", `SUM(${fiscal})`, fiscal),
    rowFor("财政专户", `SUM(${special})`, special),
    rowFor("其他资金", `ROUND(SUM(${other})-SUM(${special}),6)`, `${other}-${special}`),
    rowFor("未列明来源", `ROUND(SUM(${total})-SUM(${fiscal})-SUM(${other}),6)`, `${total}-${fiscal}-${other}`),
  ];
  const first = headerRow + 1;
  // One project can draw on several sources, so the project counts have no total.
  const totals = [text("合计"), subtotal(1, first, first + rows.length - 1, summary.byCategory.source.reduce((s, r) => s + r.total, 0)), BLANK];
  return { role: "source", name, headerRow, columns: SOURCE_COLUMNS, rows, totals, chart: null };
}

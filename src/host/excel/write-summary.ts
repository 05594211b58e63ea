import { a1, sheetRef } from "../../core/grid/address";
import type { ConsolidatedSummary, PlanCell, PlannedSheet, PlannedTable, SheetRole } from "../../core/summary";
import { DEFAULT_SUMMARY_SHEETS, NUMBER_FORMATS, SUMMARY_MARKERS, planSummarySheets } from "../../core/summary";
import { sheetOfAddress } from "./addresses";
import type { WriteOp } from "./batches";
import { OPERATION_OVERHEAD_BYTES, operationBytes, writeInChunks } from "./batches";
import type { ExcelRuntime } from "./excel-runtime";
import { HEADING_SIZE, LINK_FONT } from "./own-sheets";
import { uniqueSheetName } from "../../core/grid/sheet-name";

export interface SummarySheetOptions {
  /** Default 汇总-项目. */
  readonly projectSheet?: string;
  /** Default 汇总-分类. */
  readonly categorySheet?: string;
  /** Activate the first summary sheet when done (default true). */
  readonly activate?: boolean;
}

export interface SummarySheetsResult {
  readonly projectSheet: string;
  readonly categorySheet: string;
  /** Roles whose sheet the add-in had created before and rewrote in place. */
  readonly regenerated: readonly SheetRole[];
  /** Requests sent: one lookup, one more when regenerating, then the writes (one unless the summary passes the request budget). */
  readonly syncs: number;
}

const ROLES = ["projects", "categories"] as const;
const TABLE_STYLE = "TableStyleMedium2";
/** Office.js column widths are in points; one character of the default font is about this wide. */
const POINTS_PER_CHARACTER = 6.5;
const CHART_ROWS = 16;
const CHART_COLUMNS = 8;

interface MarkerQuery {
  readonly name: Excel.NamedItem;
  readonly target: Excel.Range;
}

function queueMarkerLookup(context: Excel.RequestContext, marker: string): MarkerQuery {
  const name = context.workbook.names.getItemOrNullObject(marker);
  const target = name.getRangeOrNullObject();
  target.load("address");
  return { name, target };
}

/** The marked sheet, or null; `dangling` when the name survives a deleted sheet (#REF!). */
function markedSheet(query: MarkerQuery, existing: readonly string[]): { sheet: string | null; dangling: boolean } {
  if (query.name.isNullObject) return { sheet: null, dangling: false };
  if (query.target.isNullObject) return { sheet: null, dangling: true };
  const sheet = sheetOfAddress(query.target.address);
  return sheet !== null && existing.includes(sheet) ? { sheet, dangling: false } : { sheet: null, dangling: true };
}

/**
 * Queues the lookup of the add-in's summary sheets on a caller's request; after its sync, the
 * returned function names them given the workbook's sheet names. Lets a read fold the lookup in.
 */
export function queueSummarySheetLookup(context: Excel.RequestContext): (existing: readonly string[]) => Set<string> {
  const queries = ROLES.map((role) => queueMarkerLookup(context, SUMMARY_MARKERS[role]));
  return (existing) => {
    const out = new Set<string>();
    for (const q of queries) {
      const found = markedSheet(q, existing).sheet;
      if (found !== null) out.add(found);
    }
    return out;
  };
}

/**
 * The summary sheets the add-in created earlier, by role (one request). The task pane leaves them
 * out of the grids it checks and summarizes, or a second summary would count every project twice.
 */
export async function findSummarySheets(runtime: ExcelRuntime): Promise<Partial<Record<SheetRole, string>>> {
  return runtime.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    const queries = ROLES.map((role) => queueMarkerLookup(context, SUMMARY_MARKERS[role]));
    await context.sync();
    const existing = worksheets.items.map((w) => w.name);
    const out: Partial<Record<SheetRole, string>> = {};
    ROLES.forEach((role, i) => {
      const found = markedSheet(queries[i]!, existing).sheet;
      if (found !== null) out[role] = found;
    });
    return out;
  });
}

/**
 * Writes 汇总-项目 and 汇总-分类 into the open workbook: Excel tables with a totals row, live
 * formulas, number formats, a link from each project to its first cell, and a clustered bar chart
 * of funds by category. Sheets the add-in created (found through hidden names) are rewritten in
 * place; any other sheet is left alone and the new one is named 汇总-项目 (2). Text is written into
 * cells formatted "@" first, so a project called "=HYPERLINK(…)" stays text.
 */
export async function writeSummarySheets(runtime: ExcelRuntime, summary: ConsolidatedSummary, options: SummarySheetOptions = {}): Promise<SummarySheetsResult> {
  const suspendEvents = runtime.isSetSupported("ExcelApi", "1.8");
  return runtime.run(async (context) => {
    let syncs = 0;
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    const workbookTables = context.workbook.tables;
    workbookTables.load("items/name");
    const queries = ROLES.map((role) => queueMarkerLookup(context, SUMMARY_MARKERS[role]));
    await context.sync();
    syncs++;

    const existing = worksheets.items.map((w) => w.name);
    const marked = ROLES.map((_, i) => markedSheet(queries[i]!, existing));

    // What the add-in's old sheets hold: their tables and charts go before the sheet is rewritten.
    const contents = marked.map((m) => {
      if (m.sheet === null) return null;
      const tables = worksheets.getItem(m.sheet).tables;
      tables.load("items/name");
      const charts = worksheets.getItem(m.sheet).charts;
      charts.load("items/name");
      return { tables, charts };
    });
    let oldTables: string[][] = ROLES.map(() => []);
    let oldCharts: string[][] = ROLES.map(() => []);
    if (contents.some((c) => c !== null)) {
      await context.sync();
      syncs++;
      oldTables = contents.map((c) => (c ? c.tables.items.map((t) => t.name) : []));
      oldCharts = contents.map((c) => (c ? c.charts.items.map((ch) => ch.name) : []));
    }

    const wanted: Record<SheetRole, string> = {
      projects: options.projectSheet ?? DEFAULT_SUMMARY_SHEETS.projects,
      categories: options.categorySheet ?? DEFAULT_SUMMARY_SHEETS.categories,
    };
    const names = {} as Record<SheetRole, string>;
    ROLES.forEach((role, i) => {
      const sheet = marked[i]!.sheet;
      if (sheet !== null) names[role] = sheet;
    });
    for (const role of ROLES) {
      if (names[role] === undefined) names[role] = uniqueSheetName([...existing, ...Object.values(names)], wanted[role]);
    }
    const replaced = new Set(oldTables.flat().map((n) => n.toLocaleLowerCase()));
    const plan = planSummarySheets(summary, {
      projectSheet: names.projects,
      categorySheet: names.categories,
      takenTableNames: workbookTables.items.map((t) => t.name).filter((n) => !replaced.has(n.toLocaleLowerCase())),
      links: true,
    });

    const ops: WriteOp[] = [];
    plan.sheets.forEach((sheetPlan, i) => {
      ops.push(prepareSheetOp(sheetPlan, marked[i]!, oldTables[i]!, oldCharts[i]!));
      ops.push(...sheetOps(sheetPlan));
    });
    const activate = (ctx: Excel.RequestContext): void => ctx.workbook.worksheets.getItem(names.projects).activate();
    // Excel on the web ignores activating a sheet in the request that adds it (office-js #930): a new sheet is activated in the next one.
    const activateLater = options.activate !== false && marked[0]!.sheet === null;
    if (options.activate !== false && !activateLater) ops.push({ bytes: OPERATION_OVERHEAD_BYTES, queue: activate });
    syncs += await writeInChunks(context, ops, { suspendEvents });
    if (activateLater) {
      activate(context);
      await context.sync();
      syncs++;
    }
    return {
      projectSheet: names.projects,
      categorySheet: names.categories,
      regenerated: ROLES.filter((_, i) => marked[i]!.sheet !== null),
      syncs,
    };
  });
}

/** Empties the add-in's old sheet, or adds the sheet and its hidden marker name. */
function prepareSheetOp(plan: PlannedSheet, marked: { sheet: string | null; dangling: boolean }, tables: readonly string[], charts: readonly string[]): WriteOp {
  return {
    bytes: (4 + tables.length + charts.length) * OPERATION_OVERHEAD_BYTES,
    queue: (ctx) => {
      if (marked.sheet !== null) {
        const worksheet = ctx.workbook.worksheets.getItem(marked.sheet);
        for (const name of charts) worksheet.charts.getItem(name).delete();
        for (const name of tables) worksheet.tables.getItem(name).delete();
        worksheet.getRange().clear("All");
        return;
      }
      if (marked.dangling) ctx.workbook.names.getItem(plan.marker).delete();
      const worksheet = ctx.workbook.worksheets.add(plan.name);
      ctx.workbook.names.add(plan.marker, worksheet.getRange("A1")).visible = false;
    },
  };
}

function sheetOps(plan: PlannedSheet): WriteOp[] {
  const ops: WriteOp[] = [];
  const sheet = plan.name;
  for (const line of plan.lines) {
    ops.push({
      bytes: operationBytes([line.text]) + 3 * OPERATION_OVERHEAD_BYTES,
      queue: (ctx) => {
        const range = ctx.workbook.worksheets.getItem(sheet).getRange(a1(line.row, 0));
        range.numberFormat = [["@"]];
        range.values = [[line.text]];
        if (line.style !== "note") {
          range.format.font.bold = true;
          range.format.font.size = HEADING_SIZE[line.style];
        } else range.format.font.color = "#595959";
      },
    });
  }
  for (const table of plan.tables) ops.push(...tableOps(sheet, table));
  ops.push({
    bytes: (plan.widths.length + 2) * OPERATION_OVERHEAD_BYTES,
    queue: (ctx) => {
      const worksheet = ctx.workbook.worksheets.getItem(sheet);
      plan.widths.forEach((width, col) => {
        worksheet.getRangeByIndexes(0, col, 1, 1).format.columnWidth = width * POINTS_PER_CHARACTER;
      });
      const first = plan.tables[0];
      if (plan.role === "projects" && first) worksheet.freezePanes.freezeRows(first.headerRow + 1);
    },
  });
  return ops;
}

/** What a plan cell puts into `range.formulas`: a formula with its "=", a number, or text. */
function formulaOf(cell: PlanCell): string | number {
  switch (cell.kind) {
    case "formula":
      return `=${cell.formula}`;
    case "number":
      return cell.value;
    case "text":
    case "link":
      return cell.text;
    default:
      return "";
  }
}

function tableOps(sheet: string, table: PlannedTable): WriteOp[] {
  const width = table.columns.length;
  const header = table.headerRow;
  const first = header + 1;
  const last = header + table.rows.length;
  const lastCol = width - 1;
  const formats = table.columns.map((c) => NUMBER_FORMATS[c.format]);
  const ops: WriteOp[] = [];

  // Formats first, for the header, the body and the totals row: Excel evaluates "=…", "+1" or "@x" typed into a General cell.
  const formatRows = Array.from({ length: table.rows.length + 2 }, (_, r) => (r === 0 ? formats.map(() => "@") : formats));
  ops.push({
    bytes: operationBytes(formatRows) + operationBytes(table.columns.map((c) => c.header)) + 2 * OPERATION_OVERHEAD_BYTES,
    queue: (ctx) => {
      const worksheet = ctx.workbook.worksheets.getItem(sheet);
      worksheet.getRange(`${a1(header, 0)}:${a1(last + 1, lastCol)}`).numberFormat = formatRows;
      worksheet.getRange(`${a1(header, 0)}:${a1(header, lastCol)}`).values = [table.columns.map((c) => c.header)];
    },
  });

  // One write per column: text columns as values (into "@" cells), the others as formulas and numbers.
  table.columns.forEach((column, col) => {
    const cells = table.rows.map((row) => row[col] ?? { kind: "blank" as const });
    const isText = column.format === "text";
    const matrix = cells.map((cell) => [isText ? (cell.kind === "text" || cell.kind === "link" ? cell.text : "") : formulaOf(cell)]);
    const links = cells.some((c) => c.kind === "link")
      ? cells.map((c): Excel.SettableCellProperties[] =>
          c.kind === "link" ? [{ hyperlink: { documentReference: sheetRef(c.sheet, c.cell), textToDisplay: c.text }, format: { font: LINK_FONT } }] : [{}],
        )
      : null;
    ops.push({
      bytes: operationBytes(matrix) + (links ? operationBytes(links) : 0),
      queue: (ctx) => {
        const range = ctx.workbook.worksheets.getItem(sheet).getRange(`${a1(first, col)}:${a1(last, col)}`);
        if (isText) range.values = matrix;
        else range.formulas = matrix;
        if (links) range.setCellProperties(links);
      },
    });
  });

  const totals = [table.totals.map(formulaOf)];
  ops.push({
    bytes: operationBytes(totals) + 6 * OPERATION_OVERHEAD_BYTES,
    queue: (ctx) => {
      const worksheet = ctx.workbook.worksheets.getItem(sheet);
      const listObject = worksheet.tables.add(`${sheetRef(sheet, `${a1(header, 0)}:${a1(last, lastCol)}`)}`, true);
      listObject.name = table.name;
      listObject.style = TABLE_STYLE;
      listObject.showTotals = true;
      const totalRow = listObject.getTotalRowRange();
      totalRow.formulas = totals;
      totalRow.format.font.bold = true;
    },
  });

  const chart = table.chart;
  if (chart) {
    ops.push({
      bytes: 5 * OPERATION_OVERHEAD_BYTES,
      queue: (ctx) => {
        const worksheet = ctx.workbook.worksheets.getItem(sheet);
        const source = worksheet.getRange(`${a1(header, 0)}:${a1(last, chart.columns - 1)}`);
        const added = worksheet.charts.add("BarClustered", source, "Columns");
        added.title.text = chart.title;
        added.setPosition(a1(chart.anchorRow, chart.anchorCol), a1(chart.anchorRow + CHART_ROWS - 1, chart.anchorCol + CHART_COLUMNS - 1));
      },
    });
  }
  return ops;
}

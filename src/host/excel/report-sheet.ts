import { a1, sheetRef } from "../../core/grid/address";
import type { WriteOp } from "./batches";
import { OPERATION_OVERHEAD_BYTES, operationBytes, writeInChunks } from "./batches";
import type { ExcelRuntime } from "./excel-runtime";
import { WHILE_TYPING } from "./excel-runtime";
import type { ReportLabels, ReportLine } from "./host-actions";
import { REPORT_NAME, queueReportSheetLookup, reportSheetOf } from "./own-sheets";
import { uniqueSheetName } from "../../core/grid/sheet-name";

export const DEFAULT_REPORT_LABELS: Required<ReportLabels> = {
  sheetName: "校验报告",
  headers: ["单元格", "工作表", "级别", "项目或表", "问题", "规则"],
};

/** Rows written by one operation; a row of Chinese text is a few hundred bytes. */
const ROWS_PER_WRITE = 2000;
const LINK_FONT: Excel.CellPropertiesFont = { color: "#0563C1", underline: "Single" };
/** Excel holds at most 32,767 characters in a cell. */
const MAX_CELL_CHARS = 32_767;

/**
 * Writes the report into the sheet the add-in created earlier (found through a hidden name, so a
 * rename does not lose it), or into a new sheet that never takes a user's sheet name. Every cell is
 * formatted as text before it is written: a project called =HYPERLINK("…") stays text. Returns the sheet's name.
 */
export async function writeReportSheet(runtime: ExcelRuntime, lines: readonly ReportLine[], labels?: ReportLabels): Promise<string> {
  const sheetName = labels?.sheetName ?? DEFAULT_REPORT_LABELS.sheetName;
  const headers = labels?.headers ?? DEFAULT_REPORT_LABELS.headers;
  const suspendEvents = runtime.isSetSupported("ExcelApi", "1.8");
  return runtime.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    const lookup = queueReportSheetLookup(context);
    await context.sync();

    const existing = worksheets.items.map((worksheet) => worksheet.name);
    const owned = reportSheetOf(lookup);
    const reuse = owned.sheet !== null && existing.includes(owned.sheet);
    const target = reuse ? owned.sheet! : uniqueSheetName(existing, sheetName);

    const ops: WriteOp[] = [];
    if (reuse) {
      ops.push({ bytes: OPERATION_OVERHEAD_BYTES, queue: (ctx) => ctx.workbook.worksheets.getItem(target).getRange().clear("All") });
    } else {
      ops.push({
        bytes: 4 * OPERATION_OVERHEAD_BYTES,
        queue: (ctx) => {
          if (owned.danglingName) ctx.workbook.names.getItem(REPORT_NAME).delete();
          const worksheet = ctx.workbook.worksheets.add(target);
          ctx.workbook.names.add(REPORT_NAME, worksheet.getRange("A1")).visible = false;
        },
      });
    }

    const width = Math.max(headers.length, 6);
    const table: string[][] = [padRow(headers, width), ...lines.map((line) => padRow([line.cell, line.sheet, line.severity, line.table, line.message, line.rule], width))];
    for (let start = 0; start < table.length; start += ROWS_PER_WRITE) {
      const end = Math.min(table.length, start + ROWS_PER_WRITE);
      // Table row i > 0 is lines[i - 1]; the header row has no link.
      ops.push(rowsOp(target, start, table.slice(start, end), lines.slice(Math.max(start, 1) - 1, end - 1)));
    }
    ops.push({
      bytes: 3 * OPERATION_OVERHEAD_BYTES,
      queue: (ctx) => {
        const worksheet = ctx.workbook.worksheets.getItem(target);
        worksheet.getRangeByIndexes(0, 0, 1, width).format.font.bold = true;
        worksheet.freezePanes.freezeRows(1);
        worksheet.getRangeByIndexes(0, 0, table.length, width).format.autofitColumns();
      },
    });
    await writeInChunks(context, ops, { suspendEvents });
    return target;
  }, WHILE_TYPING);
}

function padRow(cells: readonly string[], width: number): string[] {
  const row = cells.map((text) => (text.length > MAX_CELL_CHARS ? text.slice(0, MAX_CELL_CHARS) : text));
  while (row.length < width) row.push("");
  return row;
}

/** Table rows from `start`; each report line's first cell links to the diagnostic's cell. */
function rowsOp(sheet: string, start: number, rows: readonly string[][], lines: readonly ReportLine[]): WriteOp {
  const width = rows[0]!.length;
  const firstLine = start + rows.length - lines.length;
  const links: Excel.SettableCellProperties[][] = lines.map((line) => [
    { hyperlink: { documentReference: sheetRef(line.sheet, line.cell), textToDisplay: line.cell }, format: { font: LINK_FONT } },
  ]);
  return {
    bytes: operationBytes(rows) + operationBytes(links) + 6 * width * rows.length,
    queue: (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      const range = worksheet.getRange(`${a1(start, 0)}:${a1(start + rows.length - 1, width - 1)}`);
      // Text format before the values: Excel would evaluate "=…", "+1", "-2" or "@x" in a General cell.
      range.numberFormat = rows.map((row) => row.map(() => "@"));
      range.values = rows.map((row) => [...row]);
      if (links.length > 0) worksheet.getRangeByIndexes(firstLine, 0, links.length, 1).setCellProperties(links);
    },
  };
}


/**
 * Deletes the report sheet the add-in created (found through its hidden name, never by its title)
 * and the name. False when there is none. Worksheet.delete clears Excel's undo stack, so this runs
 * only when the user asks for it (清除标记 offers it before submission).
 */
export async function deleteReportSheet(runtime: ExcelRuntime): Promise<boolean> {
  return runtime.run(async (context) => {
    const lookup = queueReportSheetLookup(context);
    await context.sync();
    const owned = reportSheetOf(lookup);
    if (owned.sheet === null && !owned.danglingName) return false;
    if (owned.sheet !== null) context.workbook.worksheets.getItem(owned.sheet).delete();
    context.workbook.names.getItem(REPORT_NAME).delete();
    await context.sync();
    return owned.sheet !== null;
  });
}

/**
 * 撤销 of rows the task pane added (a new project, the rows 补全 inserted): whole rows deleted with
 * Range.delete(Excel.DeleteShiftDirection.up) (ExcelApi 1.1, learn.microsoft.com "Clear or delete
 * ranges using the Excel JavaScript API"), only when they still hold exactly what the pane wrote.
 * One Excel.run: the blocks' used cells are read (values and number formats, as the read does), and
 * either nothing is deleted (a cell differs) or every block is, bottom-up so earlier rows stay put.
 */
import { a1 } from "../../core/grid/address";
import { formattedCellValue } from "../../core/grid/number-format";
import { sameValue } from "../../core/edit";
import { fromExcel } from "./apply-plan";
import type { ExcelRuntime } from "./excel-runtime";
import { runAsOneUndo } from "./excel-runtime";
import type { RowBlock, RowsDeleted } from "./host-actions";

/** The cells of `block` whose value (as the read shows it) is not what the pane wrote there. */
function changedCells(block: RowBlock, used: Excel.Range): string[] {
  if (used.isNullObject) return block.expected.flatMap((row, r) => row.flatMap((v, c) => (sameValue(v, null) ? [] : [`${block.sheet}!${a1(block.first + r, c)}`])));
  const changed: string[] = [];
  const seen = new Set<string>();
  used.values.forEach((line, i) =>
    line.forEach((raw, j) => {
      const row = used.rowIndex + i;
      const col = used.columnIndex + j;
      const shown = used.numberFormat[i]?.[j];
      const found = formattedCellValue(fromExcel(raw), typeof shown === "string" ? shown : null);
      seen.add(a1(row, col));
      if (!sameValue(found, block.expected[row - block.first]?.[col] ?? null)) changed.push(`${block.sheet}!${a1(row, col)}`);
    }),
  );
  // A written cell outside the used range is blank now: the user cleared it.
  block.expected.forEach((line, r) =>
    line.forEach((v, c) => {
      if (!sameValue(v, null) && !seen.has(a1(block.first + r, c))) changed.push(`${block.sheet}!${a1(block.first + r, c)}`);
    }),
  );
  return changed;
}

export async function deleteRowsInExcel(runtime: ExcelRuntime, blocks: readonly RowBlock[]): Promise<RowsDeleted> {
  return runAsOneUndo(runtime, async (context) => {
    const rowsOf = (b: RowBlock): Excel.Range => context.workbook.worksheets.getItem(b.sheet).getRange(`${b.first + 1}:${b.first + b.count}`);
    const used = blocks.map((b) => {
      const range = rowsOf(b).getUsedRangeOrNullObject(true);
      range.load("values,numberFormat,rowIndex,columnIndex");
      return range;
    });
    await context.sync();
    const changed = blocks.flatMap((b, i) => changedCells(b, used[i]!));
    if (changed.length > 0) return { deleted: 0, changed };
    for (const b of [...blocks].sort((x, y) => y.first - x.first)) rowsOf(b).delete(Excel.DeleteShiftDirection.up);
    await context.sync();
    return { deleted: blocks.reduce((n, b) => n + b.count, 0), changed: [] };
  });
}

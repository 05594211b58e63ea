import type { CellRange } from "../../core/grid/address";
import type { CellValue, Grid, WorkbookGrids } from "../../core/grid/grid";
import { formattedCellValue } from "../../core/grid/number-format";
import { rangeOfAddress } from "./addresses";
import type { ReadJob } from "./batches";
import { readInRequests } from "./batches";
import type { ExcelRuntime } from "./excel-runtime";
import { ExcelHostError, WHILE_TYPING } from "./excel-runtime";
import { MAX_SHEET_CELLS, MAX_SHEET_ROWS } from "../../core/grid/limits";
import { MARKS_SHEET } from "./own-sheets";
import { ownReportOf, queueOwnReportLookup } from "./report-sheet";
import { queueSummarySheetLookup } from "./write-summary";

/**
 * Merged areas are read for a whole used range at once. Excel documents no limit on how many one
 * getMergedAreasOrNullObject returns, but a refusal is possible (a very large sheet): the read is then
 * retried in bands of at most this many cells, a size that cannot hold many areas.
 */
export const MERGE_BAND_CELLS = 1024;
/** Cells of one values read; Excel refuses ranges over 5 million cells, and smaller blocks split better. */
export const VALUES_BLOCK_CELLS = 200_000;
/**
 * Weight (cells) queued into one request before a second one is planned. Budget tables come back at
 * about 27 bytes a cell with their number formats, so 160,000 cells stay near 4.3 MB, under Excel on
 * the web's 5 MB (a larger response is split).
 */
export const READ_WEIGHT_PER_REQUEST = 160_000;
/** When a workbook needs several reads, the first is smaller; the bytes it brings size the rest. */
const FIRST_READ_WEIGHT = 120_000;
const READ_TARGET_BYTES = 2_500_000;

/**
 * Reads every sheet's used-range values, number formats and merged areas in one Excel.run: the sheet
 * names, then each used range's position, then all values, formats and merges, in one request for a
 * workbook of ordinary size however many sheets it has. A larger one is read in requests sized by the
 * bytes the first brought back, under Excel on the web's 5 MB. `onProgress` hears (sheets read, sheets)
 * after each request, so a long read advances.
 */
export async function readWorkbookGrids(
  runtime: ExcelRuntime,
  onProgress?: (done: number, total: number) => void,
  options: { readonly skipSummarySheets?: boolean } = {},
): Promise<WorkbookGrids> {
  const mergesSupported = runtime.isSetSupported("ExcelApi", "1.13");
  return runtime.run(async (context) => {
    const sheets = await userSheets(context, options.skipSummarySheets === true);
    const usedRanges = sheets.map((worksheet) => {
      const used = worksheet.getUsedRangeOrNullObject(true);
      used.load("rowIndex,columnIndex,rowCount,columnCount");
      return used;
    });
    await context.sync();

    const reads = sheets.map((worksheet, i) => sheetRead(worksheet, usedRanges[i]!, mergesSupported));
    const jobs: ReadJob[] = [];
    for (const read of reads) {
      if (!read.area) continue;
      jobs.push(...valueJobs(read, read.area));
      if (mergesSupported) jobs.push(mergeJob(read, read.area, true));
    }
    let reported = -1;
    const report = (): void => {
      const done = reads.filter((read) => read.progress.collected >= read.progress.expected).length;
      if (done !== reported) onProgress?.(done, reads.length);
      reported = done;
    };
    report();
    await readInRequests(context, jobs, READ_WEIGHT_PER_REQUEST, { targetBytes: READ_TARGET_BYTES, firstWeight: FIRST_READ_WEIGHT }, report);
    return { sheets: reads.map((read) => toGrid(read.name, read.blocks, read.merges)) };
  }, WHILE_TYPING);
}

/** The workbook's sheets without the add-in's own (marks, report, and the summaries when asked), after one request. */
async function userSheets(context: Excel.RequestContext, skipSummarySheets: boolean): Promise<Excel.Worksheet[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  // Our report sheet only when its first rows are our report too: a forged name never hides a data sheet.
  const reportSheet = queueOwnReportLookup(context);
  // The summary sheets the add-in wrote are looked up in the same request, so the read stays at three.
  const summarySheets = skipSummarySheets ? queueSummarySheetLookup(context) : null;
  await context.sync();
  const own = new Set([MARKS_SHEET, ownReportOf(reportSheet).sheet]);
  if (summarySheets) for (const name of summarySheets(worksheets.items.map((w) => w.name))) own.add(name);
  return worksheets.items.filter((worksheet) => !own.has(worksheet.name));
}

function sheetRead(worksheet: Excel.Worksheet, used: Excel.Range, mergesSupported: boolean): SheetRead {
  const area = used.isNullObject ? null : { top: used.rowIndex, left: used.columnIndex, bottom: used.rowIndex + used.rowCount - 1, right: used.columnIndex + used.columnCount - 1 };
  if (area) refuseOversized(worksheet.name, area);
  const cells = area ? (area.bottom - area.top + 1) * (area.right - area.left + 1) : 0;
  // Progress counts the cells whose values came back and, for the merges, the cells their areas were read for.
  return { name: worksheet.name, worksheet, area, blocks: [], merges: [], progress: { expected: mergesSupported ? 2 * cells : cells, collected: 0 } };
}

/** The CLI's limits, measured the same way (the used range counted from A1), before any cell is read. */
function refuseOversized(sheet: string, area: CellRange): void {
  const rows = area.bottom + 1;
  const cells = rows * (area.right + 1);
  if (rows > MAX_SHEET_ROWS) throw new ExcelHostError("too-large", `sheet "${sheet}" has ${rows} rows (limit ${MAX_SHEET_ROWS})`);
  if (cells > MAX_SHEET_CELLS) throw new ExcelHostError("too-large", `sheet "${sheet}" spans ${cells} cells (limit ${MAX_SHEET_CELLS})`);
}

interface SheetRead {
  readonly name: string;
  readonly worksheet: Excel.Worksheet;
  readonly area: CellRange | null;
  readonly blocks: ValueBlock[];
  readonly merges: CellRange[];
  readonly progress: { readonly expected: number; collected: number };
}

/** Values of the rows `top`.. of a sheet, starting at column `left`, with their number formats when read. */
export interface ValueBlock {
  readonly top: number;
  readonly left: number;
  readonly values: readonly (readonly unknown[])[];
  readonly formats?: readonly (readonly unknown[])[];
}

function valueJobs(read: SheetRead, area: CellRange): ReadJob[] {
  const width = area.right - area.left + 1;
  const rowsPerBlock = Math.max(1, Math.floor(VALUES_BLOCK_CELLS / width));
  const jobs: ReadJob[] = [];
  for (let top = area.top; top <= area.bottom; top += rowsPerBlock) {
    jobs.push(valueJob(read, { top, left: area.left, bottom: Math.min(area.bottom, top + rowsPerBlock - 1), right: area.right }));
  }
  return jobs;
}

function valueJob(read: SheetRead, block: CellRange): ReadJob {
  const rows = block.bottom - block.top + 1;
  const cols = block.right - block.left + 1;
  return {
    weight: rows * cols,
    queue: () => {
      const range = read.worksheet.getRangeByIndexes(block.top, block.left, rows, cols);
      // values are the stored numbers (0.98 for 98%, serials for dates); the format says what the cell shows.
      range.load("values,numberFormat");
      return () => collectBlock(read, block, range);
    },
    split: () => {
      if (rows < 2) return null;
      const middle = block.top + Math.floor(rows / 2) - 1;
      return [valueJob(read, { ...block, bottom: middle }), valueJob(read, { ...block, top: middle + 1 })];
    },
  };
}

function collectBlock(read: SheetRead, block: CellRange, loaded: Excel.Range): number {
  read.blocks.push({ top: block.top, left: block.left, values: loaded.values, formats: loaded.numberFormat });
  read.progress.collected += (block.bottom - block.top + 1) * (block.right - block.left + 1);
  return responseBytes(loaded.values) + responseBytes(loaded.numberFormat);
}

/** About what the values weigh as JSON: text at up to three bytes a character, plus quotes and commas. */
function responseBytes(values: readonly (readonly unknown[])[]): number {
  let bytes = 0;
  for (const line of values) {
    for (const v of line) bytes += typeof v === "string" ? v.length * 3 + 3 : 12;
  }
  return bytes;
}

/** Blocks of at most MERGE_BAND_CELLS cells covering `area`, row band by row band. */
export function mergeBands(area: CellRange): CellRange[] {
  const width = area.right - area.left + 1;
  const bandWidth = Math.min(width, MERGE_BAND_CELLS);
  const bandRows = Math.max(1, Math.floor(MERGE_BAND_CELLS / bandWidth));
  const bands: CellRange[] = [];
  for (let top = area.top; top <= area.bottom; top += bandRows) {
    const bottom = Math.min(area.bottom, top + bandRows - 1);
    for (let left = area.left; left <= area.right; left += bandWidth) {
      bands.push({ top, left, bottom, right: Math.min(area.right, left + bandWidth - 1) });
    }
  }
  return bands;
}

/**
 * The merged areas whose top-left cell lies in `area` (Excel returns each whole, so bands never split
 * one; OfficeDev/office-js #3611). A read of a whole used range falls back to bands when Excel refuses it.
 */
function mergeJob(read: SheetRead, area: CellRange, whole: boolean): ReadJob {
  const rows = area.bottom - area.top + 1;
  const cols = area.right - area.left + 1;
  const bands = (): ReadJob[] => mergeBands(area).map((band) => mergeJob(read, band, false));
  return {
    // Merged areas come back as short addresses; their read weighs far less than the values.
    weight: Math.ceil((rows * cols) / 32),
    queue: () => {
      const merged = read.worksheet.getRangeByIndexes(area.top, area.left, rows, cols).getMergedAreasOrNullObject();
      const areas = merged.areas;
      areas.load("items/address");
      return () => {
        read.progress.collected += rows * cols;
        if (merged.isNullObject) return;
        for (const found of areas.items) {
          const range = rangeOfAddress(found.address);
          if (range) read.merges.push(range);
        }
      };
    },
    // Too many areas for one response, or refused: the bands instead.
    split: () => (whole ? bands() : null),
    ...(whole ? { fallback: bands } : {}),
  };
}

/**
 * The core's view of one sheet: values placed from A1 (blocks carry their offset), "" as null,
 * every cell of a merged area but its top-left null, trailing empty cells and rows dropped.
 */
export function toGrid(sheet: string, blocks: readonly ValueBlock[], mergedAreas: readonly CellRange[]): Grid {
  const rows: CellValue[][] = [];
  for (const block of blocks) {
    block.values.forEach((line, i) => {
      const row = block.top + i;
      const out = rows[row] ?? (rows[row] = []);
      const formats = block.formats?.[i];
      line.forEach((raw, j) => {
        const format = formats?.[j];
        // Office.js has no 1904 flag to read; workbooks in the 1904 system are rare outside old Mac files.
        const value = formattedCellValue(toCellValue(raw), typeof format === "string" ? format : null);
        if (value === null) return;
        const col = block.left + j;
        while (out.length < col) out.push(null);
        out[col] = value;
      });
    });
  }

  const seen = new Set<string>();
  const merges: CellRange[] = [];
  for (const m of mergedAreas) {
    const key = `${m.top}:${m.left}:${m.bottom}:${m.right}`;
    if (seen.has(key)) continue;
    seen.add(key);
    merges.push(m);
    for (let r = m.top; r <= m.bottom && r < rows.length; r++) {
      const out = rows[r];
      if (!out) continue;
      for (let c = m.left; c <= m.right && c < out.length; c++) {
        if (r !== m.top || c !== m.left) out[c] = null;
      }
    }
  }
  merges.sort((a, b) => a.top - b.top || a.left - b.left);

  const cells: CellValue[][] = [];
  for (let r = 0; r < rows.length; r++) {
    const out = rows[r] ?? [];
    let end = out.length;
    while (end > 0 && out[end - 1] === null) end--;
    cells.push(end === out.length ? out : out.slice(0, end));
  }
  while (cells.length > 0 && cells[cells.length - 1]!.length === 0) cells.pop();
  return { sheet, cells, merges };
}

/** Office.js `values`: strings, numbers (dates too, as serial numbers), booleans; "" for an empty cell. */
export function toCellValue(raw: unknown): CellValue {
  if (typeof raw === "string") return raw === "" ? null : raw;
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : null;
  if (typeof raw === "boolean") return raw;
  return null;
}

import type { CellRange } from "../../core/grid/address";
import { a1 } from "../../core/grid/address";
import { addressLists, cellKey, keyAddress, rowRuns } from "./addresses";
import type { ReadJob, WriteOp } from "./batches";
import { OPERATION_OVERHEAD_BYTES, REQUEST_BUDGET_BYTES, operationBytes, readInRequests, utf8Length, writeInChunks } from "./batches";
import type { ExcelRuntime } from "./excel-runtime";
import { ExcelHostError } from "./excel-runtime";
import type { CellFill, CellMark, CellNote, CellRef, CurrentCell, FillState, MarkTarget, MarksPlan, MarksSnapshot } from "./marks";
import { decodeSnapshot, encodeSnapshot, isNoFill, planMarks } from "./marks";
import { MARKS_SHEET } from "./own-sheets";

const FILL_PROPERTIES: Excel.CellPropertiesLoadOptions = {
  format: { fill: { color: true, pattern: true, patternColor: true, tintAndShade: true, patternTintAndShade: true } },
};
/** Snapshot cells written by one operation (30,000 characters each). */
const SNAPSHOT_ROWS_PER_WRITE = 16;
/** Estimated request bytes of reading one range's fill (a range, its properties); of a note lookup, and of loading its text. */
const READ_RUN_BYTES = 2 * OPERATION_OVERHEAD_BYTES;
const READ_NOTE_BYTES = OPERATION_OVERHEAD_BYTES;
const READ_NOTE_TEXT_BYTES = 2 * OPERATION_OVERHEAD_BYTES;
/** Runs read by one job, so an oversized response can be retried in halves. */
const RUNS_PER_READ_JOB = 500;

/**
 * One Excel.run that applies `targets` over whatever the add-in marked before (no targets: 清除标记).
 * Requests: the stored snapshot; the current fills and notes of every cell involved; then the writes,
 * in chunks under the request budget — restores first, the new snapshot next, the new marks last, so
 * an interrupted run never leaves a mark that the stored snapshot does not know about.
 */
export async function applyMarks(
  runtime: ExcelRuntime,
  targets: ReadonlyMap<string, ReadonlyMap<number, MarkTarget>>,
): Promise<MarksPlan & { readonly notes: boolean }> {
  const notesSupported = runtime.isSetSupported("ExcelApi", "1.18");
  const suspendEvents = runtime.isSetSupported("ExcelApi", "1.8");
  return runtime.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    const marksSheet = worksheets.getItemOrNullObject(MARKS_SHEET);
    const stored = marksSheet.getUsedRangeOrNullObject(true);
    stored.load("values");
    await context.sync();

    const present = new Set(worksheets.items.map((worksheet) => worksheet.name));
    const hasMarksSheet = !marksSheet.isNullObject;
    let previous: MarksSnapshot = new Map();
    if (hasMarksSheet && !stored.isNullObject) {
      const decoded = decodeSnapshot(stored.values.map((row) => row[0]));
      if (decoded.status === "foreign") {
        throw new ExcelHostError("marks-sheet-taken", `a sheet named ${MARKS_SHEET} exists and was not written by this add-in`);
      }
      if (decoded.status === "unreadable") {
        await writeInChunks(context, [deleteMarksSheet()], { suspendEvents });
        throw new ExcelHostError("snapshot-unreadable", `the saved formats could not be read (${decoded.detail}); earlier marks must be removed by hand`);
      }
      previous = decoded.snapshot;
    }

    const sheets = new SheetCache(context);
    const livePrevious = onlySheets(previous, present);
    const liveTargets = onlySheets(targets, present);
    const current = await readCurrent(context, sheets, livePrevious, liveTargets, notesSupported);
    const plan = planMarks(livePrevious, liveTargets, (sheet, key) => current.get(sheet)?.get(key), notesSupported);

    const ops: WriteOp[] = [
      ...restoreFillOps(sheets, plan.restoreFills),
      ...plan.deleteNotes.map((ref) => deleteNoteOp(sheets, ref)),
      ...snapshotOps(sheets, hasMarksSheet, plan.snapshot),
      ...markFillOps(sheets, plan.markFills),
      ...plan.updateNotes.map((note) => updateNoteOp(sheets, note)),
      ...plan.addNotes.map((note) => addNoteOp(sheets, note)),
    ];
    await writeInChunks(context, ops, { suspendEvents });
    return { ...plan, notes: notesSupported };
  });
}

/** Worksheet proxies by name, one per sheet for the whole Excel.run. */
class SheetCache {
  private readonly byName = new Map<string, Excel.Worksheet>();
  constructor(private readonly context: Excel.RequestContext) {}
  get(name: string): Excel.Worksheet {
    let worksheet = this.byName.get(name);
    if (!worksheet) {
      worksheet = this.context.workbook.worksheets.getItem(name);
      this.byName.set(name, worksheet);
    }
    return worksheet;
  }
}

function onlySheets<T>(bySheet: ReadonlyMap<string, T>, present: ReadonlySet<string>): Map<string, T> {
  return new Map([...bySheet].filter(([sheet]) => present.has(sheet)));
}

type CurrentCells = Map<string, Map<number, CurrentCell>>;

/** Reads the fill of every cell involved and, where notes are supported, whether each has a note. */
async function readCurrent(
  context: Excel.RequestContext,
  sheets: SheetCache,
  previous: MarksSnapshot,
  targets: ReadonlyMap<string, ReadonlyMap<number, MarkTarget>>,
  notesSupported: boolean,
): Promise<CurrentCells> {
  const fills = new Map<string, Map<number, FillState>>();
  const notes = new Map<string, Map<number, CurrentCell["note"]>>();
  const jobs: ReadJob[] = [];
  for (const sheet of new Set([...previous.keys(), ...targets.keys()])) {
    const before = previous.get(sheet);
    const wanted = targets.get(sheet);
    const keys = new Set([...(before?.keys() ?? []), ...(wanted?.keys() ?? [])]);
    const sheetFills = new Map<number, FillState>();
    const sheetNotes = new Map<number, CurrentCell["note"]>();
    fills.set(sheet, sheetFills);
    notes.set(sheet, sheetNotes);
    const runs = rowRuns(keys);
    for (let i = 0; i < runs.length; i += RUNS_PER_READ_JOB) {
      jobs.push(fillReadJob(sheets, sheet, runs.slice(i, i + RUNS_PER_READ_JOB), sheetFills));
    }
    if (!notesSupported) continue;
    // Our earlier notes are read in full (was it edited since?); for new targets only whether one exists.
    const noteKeys = [...keys].filter((key) => before?.get(key)?.noteHash || (wanted?.get(key)?.note ?? "") !== "");
    const withText = new Set(noteKeys.filter((key) => before?.get(key)?.noteHash));
    for (let i = 0; i < noteKeys.length; i += RUNS_PER_READ_JOB) {
      jobs.push(noteReadJob(sheets, sheet, noteKeys.slice(i, i + RUNS_PER_READ_JOB), withText, sheetNotes));
    }
  }
  await readInRequests(context, jobs, REQUEST_BUDGET_BYTES);

  const current: CurrentCells = new Map();
  for (const [sheet, sheetFills] of fills) {
    const sheetNotes = notes.get(sheet)!;
    const cells = new Map<number, CurrentCell>();
    for (const [key, fill] of sheetFills) cells.set(key, { fill, note: sheetNotes.get(key) ?? { kind: "unknown" } });
    for (const [key, note] of sheetNotes) if (!cells.has(key)) cells.set(key, { note });
    current.set(sheet, cells);
  }
  return current;
}

function fillReadJob(sheets: SheetCache, sheet: string, runs: readonly CellRange[], into: Map<number, FillState>): ReadJob {
  return {
    weight: runs.length * READ_RUN_BYTES,
    queue: () => {
      const worksheet = sheets.get(sheet);
      const results = runs.map((run) =>
        worksheet.getRangeByIndexes(run.top, run.left, 1, run.right - run.left + 1).getCellProperties(FILL_PROPERTIES),
      );
      return () => {
        runs.forEach((run, i) => {
          const row = results[i]!.value[0] ?? [];
          row.forEach((properties, j) => into.set(cellKey(run.top, run.left + j), fillStateOf(properties.format?.fill)));
        });
      };
    },
    split: () => (runs.length < 2 ? null : halves(runs).map((part) => fillReadJob(sheets, sheet, part, into))),
  };
}

function noteReadJob(
  sheets: SheetCache,
  sheet: string,
  keys: readonly number[],
  withText: ReadonlySet<number>,
  into: Map<number, CurrentCell["note"]>,
): ReadJob {
  return {
    weight: keys.reduce((sum, key) => sum + (withText.has(key) ? READ_NOTE_TEXT_BYTES : READ_NOTE_BYTES), 0),
    queue: () => {
      const collection = sheets.get(sheet).notes;
      const found = keys.map((key) => {
        const note = collection.getItemOrNullObject(keyAddress(key));
        if (withText.has(key)) note.load("content");
        return note;
      });
      return () => {
        keys.forEach((key, i) => {
          const note = found[i]!;
          if (note.isNullObject) into.set(key, { kind: "none" });
          else if (withText.has(key)) into.set(key, { kind: "text", text: note.content });
          else into.set(key, { kind: "unknown" });
        });
      };
    },
    split: () => (keys.length < 2 ? null : halves(keys).map((part) => noteReadJob(sheets, sheet, part, withText, into))),
  };
}

function halves<T>(items: readonly T[]): T[][] {
  const middle = Math.ceil(items.length / 2);
  return [items.slice(0, middle), items.slice(middle)];
}

function fillStateOf(fill: Excel.CellPropertiesFill | undefined): FillState {
  const state: { -readonly [K in keyof FillState]: FillState[K] } = {};
  if (!fill) return state;
  if (fill.color !== undefined) state.color = fill.color;
  if (fill.pattern !== undefined) state.pattern = fill.pattern;
  if (fill.patternColor !== undefined) state.patternColor = fill.patternColor;
  if (fill.tintAndShade !== undefined) state.tintAndShade = fill.tintAndShade;
  if (fill.patternTintAndShade !== undefined) state.patternTintAndShade = fill.patternTintAndShade;
  return state;
}

function op(bytes: number, queue: (context: Excel.RequestContext) => void): WriteOp {
  return { bytes, queue };
}

/** Items grouped by sheet, then by cell key. */
function bySheet<T extends { readonly sheet: string; readonly key: number }>(items: readonly T[]): Map<string, Map<number, T>> {
  const out = new Map<string, Map<number, T>>();
  for (const item of items) {
    const cells = out.get(item.sheet) ?? new Map<number, T>();
    cells.set(item.key, item);
    out.set(item.sheet, cells);
  }
  return out;
}

/** "No fill" goes back by clearing the fill (painting it white would hide the grid lines); any other fill cell by cell. */
function restoreFillOps(sheets: SheetCache, restores: readonly CellFill[]): WriteOp[] {
  const ops: WriteOp[] = [];
  for (const [sheet, cells] of bySheet(restores)) {
    const cleared = [...cells.values()].filter((cell) => isNoFill(cell.fill)).map((cell) => cell.key);
    for (const list of addressLists(rowRuns(cleared))) {
      ops.push(op(operationBytes(list), () => sheets.get(sheet).getRanges(list).format.fill.clear()));
    }
    const painted = [...cells.values()].filter((cell) => !isNoFill(cell.fill));
    for (const run of rowRuns(painted.map((cell) => cell.key))) {
      const properties: Excel.SettableCellProperties[][] = [[]];
      for (let col = run.left; col <= run.right; col++) properties[0]!.push({ format: { fill: fillProperties(cells.get(cellKey(run.top, col))!.fill) } });
      ops.push(
        op(operationBytes(properties), () => {
          sheets.get(sheet).getRangeByIndexes(run.top, run.left, 1, run.right - run.left + 1).setCellProperties(properties);
        }),
      );
    }
  }
  return ops;
}

function fillProperties(fill: FillState): Excel.CellPropertiesFill {
  const out: Excel.CellPropertiesFill = {};
  if (fill.color !== undefined) out.color = fill.color;
  if (fill.pattern !== undefined) out.pattern = fill.pattern as Excel.CellPropertiesFill["pattern"];
  if (fill.patternColor !== undefined) out.patternColor = fill.patternColor;
  if (fill.tintAndShade !== undefined) out.tintAndShade = fill.tintAndShade;
  if (fill.patternTintAndShade !== undefined) out.patternTintAndShade = fill.patternTintAndShade;
  return out;
}

function markFillOps(sheets: SheetCache, marks: readonly CellMark[]): WriteOp[] {
  const ops: WriteOp[] = [];
  for (const [sheet, cells] of bySheet(marks)) {
    const byColor = new Map<string, number[]>();
    for (const cell of cells.values()) byColor.set(cell.color, [...(byColor.get(cell.color) ?? []), cell.key]);
    for (const [color, keys] of byColor) {
      for (const list of addressLists(rowRuns(keys))) {
        ops.push(
          op(operationBytes([list, color]) + 2 * OPERATION_OVERHEAD_BYTES, () => {
            // The whole fill: a pattern or tint left from before would disguise the mark.
            const fill = sheets.get(sheet).getRanges(list).format.fill;
            fill.color = color;
            fill.pattern = "Solid";
            fill.tintAndShade = 0;
          }),
        );
      }
    }
  }
  return ops;
}

function addNoteOp(sheets: SheetCache, note: CellNote): WriteOp {
  const address = keyAddress(note.key);
  return op(operationBytes([address, note.text]), () => {
    sheets.get(note.sheet).notes.add(address, note.text);
  });
}

function updateNoteOp(sheets: SheetCache, note: CellNote): WriteOp {
  const address = keyAddress(note.key);
  return op(2 * OPERATION_OVERHEAD_BYTES + utf8Length(note.text), () => {
    sheets.get(note.sheet).notes.getItem(address).content = note.text;
  });
}

function deleteNoteOp(sheets: SheetCache, ref: CellRef): WriteOp {
  const address = keyAddress(ref.key);
  return op(2 * OPERATION_OVERHEAD_BYTES, () => {
    sheets.get(ref.sheet).notes.getItem(address).delete();
  });
}

/** The snapshot as text in column A of the very hidden sheet; an empty snapshot removes the sheet. */
function snapshotOps(sheets: SheetCache, hasSheet: boolean, snapshot: MarksSnapshot): WriteOp[] {
  if (snapshot.size === 0) return hasSheet ? [deleteMarksSheet()] : [];
  const column = encodeSnapshot(snapshot);
  const ops: WriteOp[] = [
    hasSheet
      ? op(OPERATION_OVERHEAD_BYTES, () => sheets.get(MARKS_SHEET).getRange().clear("All"))
      : op(2 * OPERATION_OVERHEAD_BYTES, (context) => {
          context.workbook.worksheets.add(MARKS_SHEET).visibility = "VeryHidden";
        }),
  ];
  for (let start = 0; start < column.length; start += SNAPSHOT_ROWS_PER_WRITE) {
    const texts = column.slice(start, start + SNAPSHOT_ROWS_PER_WRITE);
    const address = `${a1(start, 0)}:${a1(start + texts.length - 1, 0)}`;
    ops.push(
      op(operationBytes(texts) + 8 * texts.length, () => {
        const range = sheets.get(MARKS_SHEET).getRange(address);
        // Text format first: a chunk may begin with "-" or "=", which Excel would otherwise evaluate.
        range.numberFormat = texts.map(() => ["@"]);
        range.values = texts.map((text) => [text]);
      }),
    );
  }
  return ops;
}

/** Excel refuses to delete a very hidden sheet, so it is made merely hidden first. */
function deleteMarksSheet(): WriteOp {
  return op(2 * OPERATION_OVERHEAD_BYTES, (context) => {
    const worksheet = context.workbook.worksheets.getItem(MARKS_SHEET);
    worksheet.visibility = "Hidden";
    worksheet.delete();
  });
}

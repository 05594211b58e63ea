import type { CellRange } from "../../core/grid/address";
import { addressLists, cellKey, keyAddress, rangeOfAddress, rowRuns } from "./addresses";
import type { ReadJob, WriteOp } from "./batches";
import { OPERATION_OVERHEAD_BYTES, REQUEST_BUDGET_BYTES, operationBytes, readInRequests, utf8Length, writeInChunks } from "./batches";
import type { ExcelRuntime } from "./excel-runtime";
import { ExcelHostError, errorCodeOf, runAsOneUndo } from "./excel-runtime";
import type { CellFill, CellMark, CellNote, CellRef, CurrentCell, FillState, MarkTarget, MarksPlan, MarksSnapshot } from "./marks";
import type { DecodedSnapshot } from "./marks";
import { decodeSnapshot, encodeSnapshot, isNoFill, planMarks } from "./marks";
import { MARKS_SHEET } from "./own-sheets";

const FILL_PROPERTIES: Excel.CellPropertiesLoadOptions = {
  format: { fill: { color: true, pattern: true, patternColor: true, tintAndShade: true, patternTintAndShade: true } },
};
/** Estimated request bytes of reading one range's fill (a range, its properties); of a note lookup, and of loading its text. */
const READ_RUN_BYTES = 2 * OPERATION_OVERHEAD_BYTES;
const READ_NOTE_BYTES = OPERATION_OVERHEAD_BYTES;
const READ_NOTE_TEXT_BYTES = 2 * OPERATION_OVERHEAD_BYTES;
/** Runs read by one job, so an oversized response can be retried in halves. */
const RUNS_PER_READ_JOB = 500;

/** A sheet whose cells the highlight left alone, and why: the pane names it ("工作表“X”受保护，未标记"). */
export interface SkippedSheet {
  readonly sheet: string;
  /** protected: WorksheetProtection.protected; hidden: not Visible; failed: Excel refused the sheet's marks. */
  readonly reason: "protected" | "hidden" | "failed";
  /** Excel's error code, for a failed sheet. */
  readonly code?: string;
}

/** The namespace of the custom XML part holding the snapshot; one part per workbook. */
export const MARKS_NAMESPACE = "urn:jixiao:marks:1";

/**
 * One Excel.run that applies `targets` over whatever the add-in marked before (no targets: 清除标记).
 * Requests: the sheets (visibility, protection) with the stored snapshot; the current fills and notes
 * of every cell involved (and where threaded comments sit: such a cell takes no note); then the writes:
 * restores and the new snapshot first, then each sheet's fills in requests of its own, then the notes,
 * so that a sheet Excel refuses cannot take the others down and an interrupted run never leaves a
 * mark that the stored snapshot does not know about.
 * Protected sheets are left as they are (their earlier marks stay recorded); hidden sheets get no new marks.
 * The snapshot lives in a custom XML part (ExcelApi 1.5), created once and then only rewritten: unlike
 * adding, hiding or deleting a sheet, that does not clear the user's undo stack.
 */
export async function applyMarks(
  runtime: ExcelRuntime,
  targets: ReadonlyMap<string, ReadonlyMap<number, MarkTarget>>,
): Promise<MarksPlan & { readonly notes: boolean; readonly skipped: readonly SkippedSheet[] }> {
  const notesSupported = runtime.isSetSupported("ExcelApi", "1.18");
  const commentsSupported = notesSupported && runtime.isSetSupported("ExcelApi", "1.10");
  const suspendEvents = runtime.isSetSupported("ExcelApi", "1.8");
  return runAsOneUndo(runtime, async (context) => {
    const state = await readWorkbookState(context, targets, commentsSupported, suspendEvents);
    const skipped = skippedSheets(targets, state);
    const sheets = new SheetCache(context);
    const writable = new Set([...state.present].filter((sheet) => !state.locked.has(sheet)));
    const livePrevious = onlySheets(state.previous, writable);
    const liveTargets = onlySheets(targets, new Set([...writable].filter((sheet) => !state.hidden.has(sheet))));
    const current = await readCurrentWithComments(context, sheets, livePrevious, liveTargets, notesSupported, state.commentLists);
    const plan = planMarks(livePrevious, liveTargets, (sheet, key) => current.get(sheet)?.get(key), notesSupported);
    // Marks on a protected sheet cannot be restored now: they stay recorded for a later 清除标记.
    const snapshot = new Map(plan.snapshot);
    for (const [sheet, cells] of state.previous) if (state.locked.has(sheet) && state.present.has(sheet)) snapshot.set(sheet, cells);

    const common: WriteOp[] = [
      // First: in an undo group Excel refuses the sheet's removal (UndoNotSupported) before anything else is done.
      ...(state.ownLegacySheet ? [deleteMarksSheet()] : []),
      ...restoreFillOps(sheets, plan.restoreFills),
      ...plan.deleteNotes.map((ref) => deleteNoteOp(sheets, ref)),
      ...snapshotPartOps(state.part, snapshot),
    ];
    const groups = writeGroups(sheets, plan, common);
    const failed = await writeGroupsApart(context, groups, suspendEvents, skipped);
    const sheetGroups = groups.filter((g) => g.sheets !== null);
    if (failed.size > 0 && sheetGroups.every((g) => g.sheets!.every((sheet) => failed.has(sheet))) && common.length === 0) {
      throw new ExcelHostError("marks-failed", `Excel refused the marks of every sheet: ${[...failed].join(", ")}`);
    }
    const marked = [...snapshot].filter(([sheet]) => !failed.has(sheet) && !state.locked.has(sheet)).reduce((n, [, cells]) => n + cells.size, 0);
    return { ...plan, snapshot, marked, notes: notesSupported, skipped };
  });
}

interface WorkbookState {
  readonly present: ReadonlySet<string>;
  readonly locked: ReadonlySet<string>;
  readonly hidden: ReadonlySet<string>;
  /** The snapshot part, when the workbook has one. */
  readonly part: Excel.CustomXmlPart | null;
  readonly previous: MarksSnapshot;
  readonly ownLegacySheet: boolean;
  readonly commentLists: readonly { readonly sheet: string; readonly comments: Excel.CommentCollection }[];
}

/**
 * The first request: the sheets (visibility, protection), the stored snapshot (custom XML part, or the
 * very hidden sheet of earlier versions) and the threaded comments of the sheets to be marked.
 * An unreadable snapshot is reset and the run refused.
 */
async function readWorkbookState(
  context: Excel.RequestContext,
  targets: ReadonlyMap<string, unknown>,
  commentsSupported: boolean,
  suspendEvents: boolean,
): Promise<WorkbookState> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility,items/protection/protected");
  const part = context.workbook.customXmlParts.getByNamespace(MARKS_NAMESPACE).getOnlyItemOrNullObject();
  const partXml = part.getXml();
  // Snapshots of earlier versions lived in a very hidden sheet; it is read once more and then removed.
  const marksSheet = worksheets.getItemOrNullObject(MARKS_SHEET);
  const stored = marksSheet.getUsedRangeOrNullObject(true);
  stored.load("values");
  // Threaded comments of the sheets to be marked: a cell with one cannot take a note.
  const commentLists = commentsSupported
    ? [...targets.keys()].map((sheet) => {
        // A sheet that is gone gives a null collection (the null object passes to what hangs from it).
        const comments = worksheets.getItemOrNullObject(sheet).comments;
        comments.load("items/id");
        return { sheet, comments };
      })
    : [];
  await context.sync();

  const hasPart = !part.isNullObject;
  const legacy = !hasPart && !marksSheet.isNullObject && !stored.isNullObject ? decodeSnapshot(stored.values.map((row) => row[0])) : null;
  // A user's own sheet that happens to bear the old name is not ours: it is neither read nor removed.
  const ownLegacySheet = legacy !== null && legacy.status !== "foreign";
  const decoded = hasPart ? decodePart(partXml) : ownLegacySheet ? legacy : null;
  if (decoded?.status === "unreadable") {
    await writeInChunks(context, [hasPart ? op(OPERATION_OVERHEAD_BYTES, () => part.setXml(snapshotXml(new Map()))) : deleteMarksSheet()], { suspendEvents });
    throw new ExcelHostError("snapshot-unreadable", `the saved formats could not be read (${decoded.detail}); earlier marks must be removed by hand`);
  }
  return {
    present: new Set(worksheets.items.map((worksheet) => worksheet.name)),
    locked: new Set(worksheets.items.filter((worksheet) => worksheet.protection.protected).map((worksheet) => worksheet.name)),
    hidden: new Set(worksheets.items.filter((worksheet) => worksheet.visibility !== "Visible").map((worksheet) => worksheet.name)),
    part: hasPart ? part : null,
    previous: decoded?.status === "ok" ? decoded.snapshot : new Map(),
    ownLegacySheet,
    commentLists,
  };
}

function skippedSheets(targets: ReadonlyMap<string, unknown>, state: WorkbookState): SkippedSheet[] {
  const skipped: SkippedSheet[] = [];
  for (const sheet of targets.keys()) {
    if (!state.present.has(sheet)) continue;
    if (state.locked.has(sheet)) skipped.push({ sheet, reason: "protected" });
    else if (state.hidden.has(sheet)) skipped.push({ sheet, reason: "hidden" });
  }
  return skipped;
}

/** The current fills and notes, with cells holding a threaded comment marked as taking no note. */
async function readCurrentWithComments(
  context: Excel.RequestContext,
  sheets: SheetCache,
  previous: MarksSnapshot,
  targets: ReadonlyMap<string, ReadonlyMap<number, MarkTarget>>,
  notesSupported: boolean,
  commentLists: WorkbookState["commentLists"],
): Promise<CurrentCells> {
  const commented = new Map<string, Set<number>>();
  const locations = commentLists.filter((list) => !list.comments.isNullObject && targets.has(list.sheet)).map((list) => ({ sheet: list.sheet, items: list.comments.items }));
  const current = await readCurrent(context, sheets, previous, targets, notesSupported, commentLocationJobs(locations, commented));
  for (const [sheet, keys] of commented) {
    const cells = current.get(sheet) ?? new Map<number, CurrentCell>();
    current.set(sheet, cells);
    for (const key of keys) cells.set(key, { ...cells.get(key), note: { kind: "unknown" } });
  }
  return current;
}

interface WriteGroup {
  /** The sheets whose marks the group holds; null for the common writes (restores, snapshot). */
  readonly sheets: readonly string[] | null;
  readonly ops: WriteOp[];
}

/** The common writes, then each sheet's fills, then all notes: a refused note cannot take fills down. */
function writeGroups(sheets: SheetCache, plan: MarksPlan, common: WriteOp[]): WriteGroup[] {
  const perSheet = new Map<string, WriteOp[]>();
  for (const [sheet, marks] of bySheet(plan.markFills)) perSheet.set(sheet, markFillOps(sheets, [...marks.values()]));
  const notesBySheet = new Map<string, WriteOp[]>();
  const addNote = (sheet: string, write: WriteOp): void => {
    notesBySheet.set(sheet, [...(notesBySheet.get(sheet) ?? []), write]);
  };
  for (const note of plan.updateNotes) addNote(note.sheet, updateNoteOp(sheets, note));
  for (const note of plan.addNotes) addNote(note.sheet, addNoteOp(sheets, note));
  const noteSheets = [...notesBySheet.keys()];
  return [
    { sheets: null, ops: common },
    ...[...perSheet].map(([sheet, ops]) => ({ sheets: [sheet], ops })),
    { sheets: noteSheets, ops: noteSheets.flatMap((sheet) => notesBySheet.get(sheet)!) },
  ].filter((g) => g.ops.length > 0);
}

/**
 * Each group in requests of its own (by design): a sheet Excel refuses is named in `skipped` and the
 * others go on. Returns the sheets that failed.
 */
async function writeGroupsApart(context: Excel.RequestContext, groups: readonly WriteGroup[], suspendEvents: boolean, skipped: SkippedSheet[]): Promise<Set<string>> {
  const failed = new Set<string>();
  for (const [i, group] of groups.entries()) {
    const options = { suspendEvents: false, pauseEvents: suspendEvents && i === 0, resumeEvents: suspendEvents && i === groups.length - 1 };
    if (group.sheets === null) {
      await writeInChunks(context, group.ops, options);
      continue;
    }
    try {
      await writeInChunks(context, group.ops, options);
    } catch (err) {
      const code = errorCodeOf(err);
      // Not this sheet's problem: the whole run is retried ungrouped (runAsOneUndo).
      if (code === "UndoNotSupported") throw err;
      for (const sheet of group.sheets) {
        if (failed.has(sheet)) continue;
        failed.add(sheet);
        skipped.push({ sheet, reason: "failed", ...(code ? { code } : {}) });
      }
    }
  }
  return failed;
}

/** The snapshot as XML: the stored column (a header, then chunks of JSON) as one JSON array in the root element. */
export function snapshotXml(snapshot: MarksSnapshot): string {
  const column = snapshot.size === 0 ? [] : encodeSnapshot(snapshot);
  return `<marks xmlns="${MARKS_NAMESPACE}">${escapeXml(JSON.stringify(column))}</marks>`;
}

/** The snapshot back from the part's XML (an empty marks element: nothing marked). */
export function decodePart(result: { readonly value: unknown }): DecodedSnapshot {
  const xml = result.value;
  const m = typeof xml === "string" ? /<marks\b[^>]*>([\s\S]*)<\/marks>|<marks\b[^>]*\/>/.exec(xml) : null;
  if (!m) return { status: "unreadable", detail: "the snapshot part holds no marks element" };
  let column: unknown;
  try {
    column = JSON.parse(unescapeXml(m[1] ?? "[]"));
  } catch {
    return { status: "unreadable", detail: "the snapshot part is not JSON" };
  }
  if (!Array.isArray(column)) return { status: "unreadable", detail: "the snapshot part holds no list" };
  if (column.length === 0) return { status: "ok", snapshot: new Map() };
  const decoded = decodeSnapshot(column);
  return decoded.status === "foreign" ? { status: "unreadable", detail: "the snapshot part has no header" } : decoded;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
}

/** Rewrites the snapshot part, or creates it the first time there is something to keep. */
function snapshotPartOps(part: Excel.CustomXmlPart | null, snapshot: MarksSnapshot): WriteOp[] {
  if (!part && snapshot.size === 0) return [];
  const xml = snapshotXml(snapshot);
  return [
    op(operationBytes(xml), (context) => {
      if (part) part.setXml(xml);
      else context.workbook.customXmlParts.add(xml);
    }),
  ];
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
  extraJobs: readonly ReadJob[] = [],
): Promise<CurrentCells> {
  const fills = new Map<string, Map<number, FillState>>();
  const notes = new Map<string, Map<number, CurrentCell["note"]>>();
  const jobs: ReadJob[] = [...extraJobs];
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
    // Notes are read in full: was ours edited since, and does a note hold our prefix (written by the CLI)?
    const noteKeys = [...keys].filter((key) => before?.get(key)?.noteHash || (wanted?.get(key)?.note ?? "") !== "");
    const withText = new Set(noteKeys);
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

/** Where each threaded comment sits, read in the same request as the fills. */
function commentLocationJobs(lists: readonly { sheet: string; items: readonly Excel.Comment[] }[], into: Map<string, Set<number>>): ReadJob[] {
  return lists
    .filter((list) => list.items.length > 0)
    .map((list) => ({
      weight: list.items.length * READ_NOTE_BYTES,
      queue: () => {
        const ranges = list.items.map((comment) => {
          const location = comment.getLocation();
          location.load("address");
          return location;
        });
        return () => {
          const keys = into.get(list.sheet) ?? new Set<number>();
          into.set(list.sheet, keys);
          for (const range of ranges) {
            const at = rangeOfAddress(range.address);
            if (at) keys.add(cellKey(at.top, at.left));
          }
        };
      },
      split: () => null,
    }));
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
  // Nulls are kept: they are how Excel says No Fill (#4900), and isNoFill reads them.
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

/** The fill to write back, without the nulls Excel reports but must never be sent (#593); a null pattern is a solid fill. */
function fillProperties(fill: FillState): Excel.CellPropertiesFill {
  const out: Excel.CellPropertiesFill = {};
  if (fill.color != null) out.color = fill.color;
  out.pattern = (fill.pattern ?? "Solid") as Excel.CellPropertiesFill["pattern"];
  if (fill.patternColor != null) out.patternColor = fill.patternColor;
  if (fill.tintAndShade != null) out.tintAndShade = fill.tintAndShade;
  if (fill.patternTintAndShade != null) out.patternTintAndShade = fill.patternTintAndShade;
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

/** The sheet of earlier versions' snapshot; Excel refuses to delete a very hidden sheet, so it is made merely hidden first. */
function deleteMarksSheet(): WriteOp {
  return op(2 * OPERATION_OVERHEAD_BYTES, (context) => {
    const worksheet = context.workbook.worksheets.getItem(MARKS_SHEET);
    worksheet.visibility = "Hidden";
    worksheet.delete();
  });
}

import { MARK_FILL, ownNoteStart, userPartOfNote, type MarkColor, type PlannedMark } from "../../core/annotations";
import { parseRangeA1 } from "../../core/grid/address";
import { cellKey, keyAddress } from "./addresses";

export { MARK_FILL, type MarkColor };

/**
 * A cell's fill as `getCellProperties` reports it; the snapshot keeps exactly these. Real Excel gives
 * null for the pattern and tints of a cell with No Fill (OfficeDev/office-js #4900, #6218).
 */
export interface FillState {
  readonly color?: string | null;
  readonly pattern?: string | null;
  readonly patternColor?: string | null;
  readonly tintAndShade?: number | null;
  readonly patternTintAndShade?: number | null;
}

/** One cell the add-in changed: what its fill was, the mark it got, and a hash of the note it added. */
export interface MarkedCell {
  readonly key: number;
  /** The fill before marking; null when the add-in left the fill alone (info, or a gradient it cannot restore). */
  readonly original: FillState | null;
  readonly mark: MarkColor | null;
  readonly noteHash: string | null;
}

/** Sheet name → marked cells by key. */
export type MarksSnapshot = ReadonlyMap<string, ReadonlyMap<number, MarkedCell>>;

export interface MarkTarget {
  readonly key: number;
  readonly fill: MarkColor | null;
  readonly note: string;
}

/** The plan's marks as Office.js applies them: sheet name → cells to mark by key (the plan has one mark per cell). */
export function markTargets(marks: readonly PlannedMark[]): Map<string, Map<number, MarkTarget>> {
  const targets = new Map<string, Map<number, MarkTarget>>();
  for (const mark of marks) {
    const range = parseRangeA1(mark.cell);
    if (!range) continue;
    const key = cellKey(range.top, range.left);
    const sheet = targets.get(mark.sheet) ?? new Map<number, MarkTarget>();
    targets.set(mark.sheet, sheet);
    sheet.set(key, { key, fill: mark.fill, note: mark.note });
  }
  return targets;
}

/** What a cell looks like now, read in the same Excel.run before planning. */
export interface CurrentCell {
  /** Undefined when the fill was not read. */
  readonly fill?: FillState;
  /** "none": no note; otherwise the note's text, when it was read; "unknown": a note exists, text not read. */
  readonly note: { readonly kind: "none" } | { readonly kind: "text"; readonly text: string } | { readonly kind: "unknown" };
}

export interface CellFill {
  readonly sheet: string;
  readonly key: number;
  readonly fill: FillState;
}

export interface CellMark {
  readonly sheet: string;
  readonly key: number;
  readonly color: MarkColor;
}

export interface CellNote {
  readonly sheet: string;
  readonly key: number;
  readonly text: string;
}

export interface CellRef {
  readonly sheet: string;
  readonly key: number;
}

/** Every change one highlight (or clear) makes, and the snapshot to store afterwards. */
export interface MarksPlan {
  readonly snapshot: MarksSnapshot;
  readonly restoreFills: readonly CellFill[];
  readonly markFills: readonly CellMark[];
  readonly addNotes: readonly CellNote[];
  readonly updateNotes: readonly CellNote[];
  readonly deleteNotes: readonly CellRef[];
  /** Cells with a fill or note of the add-in after the plan is applied. */
  readonly marked: number;
  /** Cells handed back to their previous state. */
  readonly restored: number;
}

/**
 * Plans a highlight over a previous one without snapshotting the add-in's own marks: a cell still
 * wearing the old mark keeps its old original; a cell the user re-coloured since is the user's again.
 * A note is ours when the snapshot's hash says so, or when it holds our prefix (written by the CLI,
 * or by the add-in before the snapshot was lost): our part is regenerated, the user's text above it kept.
 * With no targets this is 清除标记.
 */
export function planMarks(
  previous: MarksSnapshot,
  targets: ReadonlyMap<string, ReadonlyMap<number, MarkTarget>>,
  current: (sheet: string, key: number) => CurrentCell | undefined,
  notesSupported: boolean,
): MarksPlan {
  const plan: MutablePlan = { restoreFills: [], markFills: [], addNotes: [], updateNotes: [], deleteNotes: [] };
  const snapshot = new Map<string, Map<number, MarkedCell>>();
  let restored = 0;
  for (const sheet of new Set([...previous.keys(), ...targets.keys()])) {
    const before = previous.get(sheet);
    const wanted = targets.get(sheet);
    const keys = new Set([...(before?.keys() ?? []), ...(wanted?.keys() ?? [])]);
    const after = new Map<number, MarkedCell>();
    for (const key of [...keys].sort((a, b) => a - b)) {
      const cell: CellPlanInput = { sheet, key, old: before?.get(key), target: wanted?.get(key), now: current(sheet, key) };
      const fill = planFill(cell, plan);
      const note = planNote(cell, plan, notesSupported);
      if (fill.restored || note.restored) restored++;
      if (fill.mark || note.hash) after.set(key, { key, original: fill.original, mark: fill.mark, noteHash: note.hash });
    }
    if (after.size > 0) snapshot.set(sheet, after);
  }
  const marked = [...snapshot.values()].reduce((n, cells) => n + cells.size, 0);
  return { snapshot, ...plan, marked, restored };
}

interface MutablePlan {
  readonly restoreFills: CellFill[];
  readonly markFills: CellMark[];
  readonly addNotes: CellNote[];
  readonly updateNotes: CellNote[];
  readonly deleteNotes: CellRef[];
}

interface CellPlanInput {
  readonly sheet: string;
  readonly key: number;
  readonly old: MarkedCell | undefined;
  readonly target: MarkTarget | undefined;
  readonly now: CurrentCell | undefined;
}

/** The cell's fill: marked over its baseline, restored when the old mark is still on, else left alone. */
function planFill({ sheet, key, old, target, now }: CellPlanInput, plan: MutablePlan): { original: FillState | null; mark: MarkColor | null; restored: boolean } {
  const stillMarked = old?.mark != null && now?.fill !== undefined && wearsMark(now.fill, old.mark);
  const baseline = stillMarked ? (old!.original ?? undefined) : now?.fill;
  if (target?.fill && baseline !== undefined && !isGradient(baseline)) {
    if (!(now?.fill && wearsMark(now.fill, target.fill))) plan.markFills.push({ sheet, key, color: target.fill });
    return { original: baseline, mark: target.fill, restored: false };
  }
  if (stillMarked && old!.original) {
    plan.restoreFills.push({ sheet, key, fill: old!.original });
    return { original: null, mark: null, restored: true };
  }
  return { original: null, mark: null, restored: false };
}

/** The cell's note: ours added, rewritten or removed; a user's note (without our prefix) never touched. */
function planNote({ sheet, key, old, target, now }: CellPlanInput, plan: MutablePlan, notesSupported: boolean): { hash: string | null; restored: boolean } {
  const text = now?.note.kind === "text" ? now.note.text : null;
  const hashed = old?.noteHash != null && text !== null && noteHashOf(text) === old.noteHash;
  // Our snapshot's note, or one with our prefix: ours to rewrite. A hashed note edited by the user since is theirs.
  const ours = text !== null && (hashed ? true : old?.noteHash == null && ownNoteStart(text) >= 0);
  // A hashed note without our prefix was written by an earlier version: wholly ours.
  const user = ours && !(hashed && ownNoteStart(text!) < 0) ? userPartOfNote(text!) : "";
  if (target && target.note !== "" && notesSupported) {
    if (ours) {
      const next = user === "" ? target.note : `${user}\n${target.note}`;
      if (next !== text) plan.updateNotes.push({ sheet, key, text: next });
      return { hash: noteHashOf(next), restored: false };
    }
    if (now?.note.kind === "none") {
      plan.addNotes.push({ sheet, key, text: target.note });
      return { hash: noteHashOf(target.note), restored: false };
    }
    return { hash: null, restored: false };
  }
  if (!ours) return { hash: null, restored: false };
  // Nothing to say here any more: the user's text above ours stays, a note that was wholly ours goes.
  if (user === "") plan.deleteNotes.push({ sheet, key });
  else plan.updateNotes.push({ sheet, key, text: user });
  return { hash: null, restored: true };
}

/** Whether a fill is still exactly the add-in's mark (Excel reports colours as #RRGGBB, in either case). */
export function wearsMark(fill: FillState, mark: MarkColor): boolean {
  return (fill.color ?? "").toUpperCase() === mark && (fill.pattern ?? "Solid") === "Solid" && (fill.tintAndShade ?? 0) === 0;
}

/** setCellProperties cannot write gradients back, so such cells keep their fill and get a note only. */
function isGradient(fill: FillState): boolean {
  return fill.pattern === "LinearGradient" || fill.pattern === "RectangularGradient";
}

/**
 * Whether a previous fill is "no fill", which Excel restores by clearing rather than by painting white:
 * pattern None, or a null tint (Excel's No Fill, #4900), or a null pattern with no tint reported at all.
 * A white fill reports a numeric tint.
 */
export function isNoFill(fill: FillState): boolean {
  if (fill.pattern === "None" || fill.tintAndShade === null) return true;
  return fill.pattern == null && fill.tintAndShade === undefined;
}

/** FNV-1a over UTF-16 code units: enough to tell the add-in's note from one the user edited since. */
export function noteHashOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}

// Storage: the snapshot as JSON text in cells of the very hidden sheet.

const STORE_FORMAT = "jixiao-marks";
const STORE_VERSION = 1;
/** Excel holds at most 32,767 characters in a cell. */
export const CHUNK_CHARS = 30_000;

interface StoredSheet {
  readonly name: string;
  /** Fill palette index (-1: fill untouched), mark colour ("" for none), note hash ("" for none). */
  readonly cells: readonly (readonly [address: string, fill: number, mark: string, note: string])[];
}

interface StoredBody {
  readonly fills: readonly FillState[];
  readonly sheets: readonly StoredSheet[];
}

interface StoredHeader {
  readonly format: typeof STORE_FORMAT;
  readonly version: number;
  readonly chunks: number;
  readonly length: number;
}

/** The column of cell texts that stores a snapshot: a header, then the JSON body in chunks. */
export function encodeSnapshot(snapshot: MarksSnapshot): string[] {
  const fills: FillState[] = [];
  const fillIndex = new Map<string, number>();
  const sheets: StoredSheet[] = [];
  for (const [name, cells] of snapshot) {
    const stored: [string, number, string, string][] = [];
    for (const cell of cells.values()) {
      let index = -1;
      if (cell.original) {
        const id = JSON.stringify(cell.original);
        index = fillIndex.get(id) ?? -1;
        if (index < 0) {
          index = fills.push(cell.original) - 1;
          fillIndex.set(id, index);
        }
      }
      stored.push([keyAddress(cell.key), index, cell.mark ?? "", cell.noteHash ?? ""]);
    }
    sheets.push({ name, cells: stored });
  }
  const body = JSON.stringify({ fills, sheets } satisfies StoredBody);
  const chunks: string[] = [];
  for (let i = 0; i < body.length; i += CHUNK_CHARS) chunks.push(body.slice(i, i + CHUNK_CHARS));
  const header: StoredHeader = { format: STORE_FORMAT, version: STORE_VERSION, chunks: chunks.length, length: body.length };
  return [JSON.stringify(header), ...chunks];
}

export type DecodedSnapshot =
  | { readonly status: "ok"; readonly snapshot: MarksSnapshot }
  /** The sheet does not start with the add-in's header: someone else's sheet. */
  | { readonly status: "foreign" }
  | { readonly status: "unreadable"; readonly detail: string };

/** Reads back what encodeSnapshot wrote (the first column of the sheet's values). */
export function decodeSnapshot(column: readonly unknown[]): DecodedSnapshot {
  const header = parseJson(column[0]);
  if (!isObject(header) || header.format !== STORE_FORMAT) return { status: "foreign" };
  if (header.version !== STORE_VERSION || typeof header.chunks !== "number" || typeof header.length !== "number") {
    return { status: "unreadable", detail: `unknown snapshot version ${String(header.version)}` };
  }
  const parts = column.slice(1, 1 + header.chunks);
  if (parts.length !== header.chunks || parts.some((p) => typeof p !== "string")) return { status: "unreadable", detail: "missing chunks" };
  const text = parts.join("");
  if (text.length !== header.length) return { status: "unreadable", detail: "truncated snapshot" };
  const body = parseJson(text);
  if (!isObject(body) || !Array.isArray(body.fills) || !Array.isArray(body.sheets)) return { status: "unreadable", detail: "malformed snapshot" };
  const fills = body.fills as unknown[];
  const snapshot = new Map<string, Map<number, MarkedCell>>();
  for (const sheet of body.sheets as unknown[]) {
    if (!isObject(sheet) || typeof sheet.name !== "string" || !Array.isArray(sheet.cells)) return { status: "unreadable", detail: "malformed sheet entry" };
    const cells = new Map<number, MarkedCell>();
    for (const entry of sheet.cells as unknown[]) {
      const cell = decodeCell(entry, fills);
      if (!cell) return { status: "unreadable", detail: `malformed cell entry on ${sheet.name}` };
      cells.set(cell.key, cell);
    }
    snapshot.set(sheet.name, cells);
  }
  return { status: "ok", snapshot };
}

function decodeCell(entry: unknown, fills: readonly unknown[]): MarkedCell | null {
  if (!Array.isArray(entry) || entry.length !== 4) return null;
  const [address, fill, mark, note] = entry as unknown[];
  if (typeof address !== "string" || typeof fill !== "number" || typeof mark !== "string" || typeof note !== "string") return null;
  const ref = parseRangeA1(address);
  if (!ref) return null;
  let original: FillState | null = null;
  if (fill >= 0) {
    const stored = fills[fill];
    if (!isObject(stored)) return null;
    original = stored as FillState;
  }
  if (mark !== "" && mark !== MARK_FILL.error && mark !== MARK_FILL.warning) return null;
  return { key: cellKey(ref.top, ref.left), original, mark: mark === "" ? null : mark, noteHash: note === "" ? null : note };
}

function parseJson(value: unknown): unknown {
  if (typeof value !== "string") return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

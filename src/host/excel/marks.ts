import { parseRangeA1 } from "../../core/grid/address";
import type { Diagnostic, Severity } from "../../core/types";
import { cellKey, keyAddress } from "./addresses";

export type MarkColor = "#FFC7CE" | "#FFEB9C";

/** Error red and warning amber, the colours of Excel's own "Bad" and "Neutral" styles; info gets no fill. */
export const MARK_FILL: Readonly<Record<Severity, MarkColor | null>> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  info: null,
};
const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 };

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

/** Sheet name → cells to mark by key. A diagnostic on a range marks its top-left cell; its messages are joined. */
export function planTargets(diagnostics: readonly Diagnostic[], messages: readonly string[]): Map<string, Map<number, MarkTarget>> {
  const collected = new Map<string, Map<number, { severity: Severity; notes: string[] }>>();
  diagnostics.forEach((d, i) => {
    const range = parseRangeA1(d.cell);
    if (!range) return;
    const key = cellKey(range.top, range.left);
    const sheet = collected.get(d.sheet) ?? new Map<number, { severity: Severity; notes: string[] }>();
    collected.set(d.sheet, sheet);
    const entry = sheet.get(key) ?? { severity: d.severity, notes: [] };
    if (SEVERITY_RANK[d.severity] > SEVERITY_RANK[entry.severity]) entry.severity = d.severity;
    const message = messages[i] ?? d.rule;
    if (message !== "" && !entry.notes.includes(message)) entry.notes.push(message);
    sheet.set(key, entry);
  });
  const targets = new Map<string, Map<number, MarkTarget>>();
  for (const [sheet, cells] of collected) {
    const out = new Map<number, MarkTarget>();
    for (const [key, entry] of cells) out.set(key, { key, fill: MARK_FILL[entry.severity], note: entry.notes.join("\n") });
    targets.set(sheet, out);
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
 * With no targets this is 清除标记.
 */
export function planMarks(
  previous: MarksSnapshot,
  targets: ReadonlyMap<string, ReadonlyMap<number, MarkTarget>>,
  current: (sheet: string, key: number) => CurrentCell | undefined,
  notesSupported: boolean,
): MarksPlan {
  const snapshot = new Map<string, Map<number, MarkedCell>>();
  const restoreFills: CellFill[] = [];
  const markFills: CellMark[] = [];
  const addNotes: CellNote[] = [];
  const updateNotes: CellNote[] = [];
  const deleteNotes: CellRef[] = [];
  let restored = 0;

  const sheets = new Set([...previous.keys(), ...targets.keys()]);
  for (const sheet of sheets) {
    const before = previous.get(sheet);
    const wanted = targets.get(sheet);
    const keys = new Set([...(before?.keys() ?? []), ...(wanted?.keys() ?? [])]);
    const after = new Map<number, MarkedCell>();
    for (const key of [...keys].sort((a, b) => a - b)) {
      const old = before?.get(key);
      const target = wanted?.get(key);
      const now = current(sheet, key);
      const stillMarked = old?.mark != null && now?.fill !== undefined && wearsMark(now.fill, old.mark);

      let original: FillState | null = null;
      let mark: MarkColor | null = null;
      let fillRestored = false;
      const baseline = stillMarked ? (old!.original ?? undefined) : now?.fill;
      if (target?.fill && baseline !== undefined && !isGradient(baseline)) {
        original = baseline;
        mark = target.fill;
        if (!(now?.fill && wearsMark(now.fill, target.fill))) markFills.push({ sheet, key, color: target.fill });
      } else if (stillMarked && old!.original) {
        restoreFills.push({ sheet, key, fill: old!.original });
        fillRestored = true;
      }

      let noteHash: string | null = null;
      let noteRestored = false;
      const ours = old?.noteHash != null && now?.note.kind === "text" && noteHashOf(now.note.text) === old.noteHash;
      if (target && target.note !== "" && notesSupported) {
        if (ours) {
          if (now!.note.kind === "text" && now!.note.text !== target.note) updateNotes.push({ sheet, key, text: target.note });
          noteHash = noteHashOf(target.note);
        } else if (now?.note.kind === "none") {
          addNotes.push({ sheet, key, text: target.note });
          noteHash = noteHashOf(target.note);
        }
      } else if (ours) {
        deleteNotes.push({ sheet, key });
        noteRestored = true;
      }

      if (fillRestored || noteRestored) restored++;
      if (mark || noteHash) after.set(key, { key, original, mark, noteHash });
    }
    if (after.size > 0) snapshot.set(sheet, after);
  }
  const marked = [...snapshot.values()].reduce((n, cells) => n + cells.size, 0);
  return { snapshot, restoreFills, markFills, addNotes, updateNotes, deleteNotes, marked, restored };
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

// ---- Storage: the snapshot as JSON text in cells of the very hidden sheet.

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

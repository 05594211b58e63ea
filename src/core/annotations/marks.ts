import { a1, parseRangeA1 } from "../grid/address";
import { renderMessage, ruleDescription, severityLabel, type Locale } from "../messages/render";
import type { Diagnostic, Severity } from "../types";

/** Error red and warning amber, the colours of Excel's own "Bad" and "Neutral" styles (#RRGGBB); info gets no fill. */
export type MarkColor = "#FFC7CE" | "#FFEB9C";
export const MARK_FILL: Readonly<Record<Severity, MarkColor | null>> = { error: "#FFC7CE", warning: "#FFEB9C", info: null };
/** The colour of a hyperlink's text in the report sheet (Excel's Hyperlink style). */
export const LINK_COLOR = "#0563C1";

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 };

/** One cell to mark: its fill by the highest severity found there, and one note with every finding. */
export interface PlannedMark {
  readonly sheet: string;
  /** A1 address of the cell; a diagnostic on a range marks its top-left cell. */
  readonly cell: string;
  readonly severity: Severity;
  readonly fill: MarkColor | null;
  /** The whole note, starting with the tool's prefix; "" for no note. */
  readonly note: string;
}

/**
 * The prefix that starts every note the tool writes, in either language. Our part of a note runs
 * from a line that starts with it to the end of the note: a user's own text above it is theirs.
 */
export const NOTE_PREFIX: Readonly<Record<Locale, string>> = { "zh-CN": "【绩效表助手】", en: "[jixiao] " };
const PREFIXES = Object.values(NOTE_PREFIX);

/** One finding in a note: severity, message and the rule it breaks, with the locale's punctuation. */
export function noteLine(d: Diagnostic, locale: Locale): string {
  if (locale === "en") return `${severityLabel(d.severity, locale)}: ${renderMessage(d, locale)} (${ruleDescription(d.rule, locale)})`;
  return `${severityLabel(d.severity, locale)}：${renderMessage(d, locale)}（${ruleDescription(d.rule, locale)}）`;
}

/** The note of a cell: the prefix, then one line per finding. */
export function noteText(lines: readonly string[], locale: Locale): string {
  return lines.length === 0 ? "" : `${NOTE_PREFIX[locale]}${lines.join("\n")}`;
}

/**
 * The cells to mark, in the order of their first diagnostic: one per sheet and top-left cell, with
 * the highest severity and the distinct lines (`lines[i]` is diagnostic i's). Diagnostics whose cell
 * is not an address mark nothing (they are still listed in the report sheet).
 */
export function planMarks(diagnostics: readonly Diagnostic[], lines: readonly string[], locale: Locale): PlannedMark[] {
  const cells = new Map<string, { sheet: string; cell: string; severity: Severity; lines: string[] }>();
  diagnostics.forEach((d, i) => {
    const range = parseRangeA1(d.cell);
    if (!range) return;
    const cell = a1(range.top, range.left);
    const key = `${d.sheet}\u0000${cell}`;
    const entry = cells.get(key) ?? { sheet: d.sheet, cell, severity: d.severity, lines: [] };
    if (SEVERITY_RANK[d.severity] > SEVERITY_RANK[entry.severity]) entry.severity = d.severity;
    const line = lines[i] ?? "";
    if (line !== "" && !entry.lines.includes(line)) entry.lines.push(line);
    cells.set(key, entry);
  });
  return [...cells.values()].map((e) => ({ sheet: e.sheet, cell: e.cell, severity: e.severity, fill: MARK_FILL[e.severity], note: noteText(e.lines, locale) }));
}

/** Where the tool's part of a note starts (at a line starting with a prefix), or -1. */
export function ownNoteStart(text: string): number {
  let at = 0;
  for (const line of text.split("\n")) {
    if (PREFIXES.some((prefix) => line.startsWith(prefix))) return at;
    at += line.length + 1;
  }
  return -1;
}

/** A note without the tool's part: the user's text above it, without the line break before it. */
export function userPartOfNote(text: string): string {
  const start = ownNoteStart(text);
  if (start < 0) return text;
  return text.slice(0, start).replace(/\n$/, "");
}

/** Whether the note is wholly the tool's. */
export function isOwnNote(text: string): boolean {
  return ownNoteStart(text) === 0;
}

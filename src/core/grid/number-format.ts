import type { CellValue } from "./grid";

/*
 * "Value + number format → grid value": how both hosts turn what Excel stores into what the sheet
 * shows, as far as the checks need it. Excel stores a typed "98%" as 0.98 under a percent format and
 * a date as a serial number under a date format (Range.values in Office.js and <v> in the xlsx both
 * hold the stored number). The grid gets:
 *   - percent formats: text the value parser reads as a percentage ("98%", "≥95.5%"), with the
 *     section's literal text kept and never fewer digits than the stored value has (0.955 under
 *     "0%" gives "95.5%": Excel shows 96%, but a check must not round a target up);
 *   - date formats: "YYYY-MM-DD" (the time of day dropped); time-only formats: "HH:MM" or "HH:MM:SS";
 *   - everything else (General, "#,##0.00", "0\"万元\"", currency, scientific …): the number itself,
 *     so that amounts stay numbers and never look like text.
 * Format codes follow the "Number format codes" reference (support.microsoft.com, 5026bbd6-04bc-48cd-bf33-80f18b4eae68):
 * up to four sections split by ";", [..] for colours, conditions, locales and elapsed time,
 * quoted and \-escaped literals, "_x" padding and "*x" fill.
 */

export type FormatKind = "general" | "number" | "percent" | "date" | "time" | "text";

interface Token {
  readonly kind: "literal" | "digit" | "percent" | "date" | "time" | "ampm" | "general" | "text" | "decimal" | "other";
  readonly text: string;
}

interface Section {
  readonly tokens: readonly Token[];
  readonly condition: { readonly op: string; readonly value: number } | null;
  /** [$-x-sysdate] / [$-x-systime]: the system's long date or time, whatever the codes after it say. */
  readonly system: "date" | "time" | null;
  readonly elapsed: boolean;
}

const PARSED = new Map<string, readonly Section[]>();

/** The grid value of a cell holding `value` under the number format `format` (Excel's code, e.g. "0.00%"). */
export function formattedCellValue(value: CellValue, format: string | null | undefined, date1904 = false): CellValue {
  if (typeof value !== "number" || !Number.isFinite(value) || !format || format === "General") return value;
  const sections = sectionsOf(format);
  const chosen = chooseSection(sections, value);
  if (!chosen) return value;
  const { section, signShown } = chosen;
  switch (classify(section)) {
    case "percent":
      return percentText(section, value, signShown);
    case "date":
      return value < 0 ? value : serialToDate(value, date1904) ?? value;
    case "time":
      // Elapsed time ([h]:mm) can pass 24 hours: the number says more than a clock time would.
      return value < 0 || section.elapsed ? value : timeOfDay(value, hasSeconds(section));
    default:
      return value;
  }
}

/** What a format shows a positive number as: the kind of its first section. */
export function formatKind(format: string | null | undefined): FormatKind {
  if (!format || format === "General") return "general";
  const first = sectionsOf(format)[0];
  return first ? classify(first) : "general";
}

/** The number formats every xlsx reader knows by id (ECMA-376 Part 1, 18.8.30, with the zh-CN ids 27–36 and 50–58). */
const BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: "m-d-yy",
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午h"时"mm"分"',
  35: '上午/下午h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: '上午/下午h"时"mm"分"',
  56: '上午/下午h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

/** The code of a built-in number format id, or undefined for ids the standard leaves to the application. */
export function builtInNumberFormat(id: number): string | undefined {
  return BUILT_IN_FORMATS[id];
}

function sectionsOf(format: string): readonly Section[] {
  let sections = PARSED.get(format);
  if (!sections) {
    sections = splitSections(format).map(parseSection);
    if (PARSED.size >= 2_000) PARSED.clear();
    PARSED.set(format, sections);
  }
  return sections;
}

/** Splits at ";" outside quotes, brackets and escapes. */
function splitSections(format: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < format.length; i++) {
    const c = format[i]!;
    if (c === '"') {
      const end = format.indexOf('"', i + 1);
      i = end < 0 ? format.length : end;
    } else if (c === "[") {
      const end = format.indexOf("]", i + 1);
      i = end < 0 ? format.length : end;
    } else if (c === "\\" || c === "_" || c === "*") i++;
    else if (c === ";") {
      out.push(format.slice(start, i));
      start = i + 1;
    }
  }
  out.push(format.slice(start));
  return out;
}

const DATE_LETTERS = "yYdDbBeEgG";
const CONDITION = /^(<=|>=|<>|<|>|=)\s*(-?\d+(?:\.\d+)?)$/;

function parseSection(code: string): Section {
  const tokens: Token[] = [];
  let condition: Section["condition"] = null;
  let system: Section["system"] = null;
  let elapsed = false;
  for (let i = 0; i < code.length; i++) {
    const c = code[i]!;
    if (c === '"') {
      const end = code.indexOf('"', i + 1);
      const stop = end < 0 ? code.length : end;
      tokens.push({ kind: "literal", text: code.slice(i + 1, stop) });
      i = stop;
    } else if (c === "[") {
      const end = code.indexOf("]", i + 1);
      const stop = end < 0 ? code.length : end;
      const inner = code.slice(i + 1, stop);
      const lower = inner.toLowerCase();
      const match = CONDITION.exec(inner.trim());
      if (match) condition = { op: match[1]!, value: Number(match[2]) };
      else if (lower === "$-x-sysdate") system = "date";
      else if (lower === "$-x-systime") system = "time";
      else if (/^(h+|m+|s+)$/i.test(inner)) {
        elapsed = true;
        tokens.push({ kind: "time", text: inner });
      } else if (inner.startsWith("$")) {
        // [$¥-804]: a currency or locale tag; the text before "-" is shown.
        const dash = inner.indexOf("-");
        const symbol = dash < 0 ? inner.slice(1) : inner.slice(1, dash);
        if (symbol) tokens.push({ kind: "literal", text: symbol });
      }
      i = stop;
    } else if (c === "\\" || c === "!") {
      if (i + 1 < code.length) tokens.push({ kind: "literal", text: code[i + 1]! });
      i++;
    } else if (c === "_" || c === "*") {
      i++;
    } else if (c === "0" || c === "#" || c === "?") tokens.push({ kind: "digit", text: c });
    else if (c === ".") tokens.push({ kind: "decimal", text: c });
    else if (c === ",") tokens.push({ kind: "other", text: c });
    else if (c === "%") tokens.push({ kind: "percent", text: c });
    else if (c === "@") tokens.push({ kind: "text", text: c });
    else if (/^general/i.test(code.slice(i))) {
      tokens.push({ kind: "general", text: code.slice(i, i + 7) });
      i += 6;
    } else if (/^(am\/pm|a\/p|上午\/下午)/i.test(code.slice(i))) {
      const m = /^(am\/pm|a\/p|上午\/下午)/i.exec(code.slice(i))!;
      tokens.push({ kind: "ampm", text: m[1]! });
      i += m[1]!.length - 1;
    } else if ((c === "E" || c === "e") && (code[i + 1] === "+" || code[i + 1] === "-")) {
      // Scientific notation, not a year.
      tokens.push({ kind: "other", text: code.slice(i, i + 2) });
      i++;
    } else if (DATE_LETTERS.includes(c)) tokens.push({ kind: "date", text: c });
    else if (c === "h" || c === "H" || c === "s" || c === "S") tokens.push({ kind: "time", text: c });
    else if (c === "m" || c === "M") tokens.push({ kind: "date", text: "m" });
    else tokens.push({ kind: "literal", text: c });
  }
  return { tokens: resolveMinutes(tokens), condition, system, elapsed };
}

/** "m" is a month unless it follows an hour or comes before a second (Excel's own rule). */
function resolveMinutes(tokens: Token[]): Token[] {
  const out = tokens.slice();
  const isCode = (t: Token): boolean => t.kind === "date" || t.kind === "time";
  for (let i = 0; i < out.length; i++) {
    if (out[i]!.text !== "m" || out[i]!.kind !== "date") continue;
    let before: Token | undefined;
    for (let j = i - 1; j >= 0; j--) {
      if (isCode(out[j]!) && out[j]!.text !== "m") {
        before = out[j];
        break;
      }
    }
    let after: Token | undefined;
    for (let j = i + 1; j < out.length; j++) {
      if (isCode(out[j]!) && out[j]!.text !== "m") {
        after = out[j];
        break;
      }
    }
    const hourBefore = before !== undefined && /^h/i.test(before.text);
    const secondAfter = after !== undefined && /^s/i.test(after.text);
    if (hourBefore || secondAfter) out[i] = { kind: "time", text: "m" };
  }
  return out;
}

function classify(section: Section): FormatKind {
  if (section.system) return section.system;
  let date = false;
  let time = false;
  let percent = false;
  let digits = false;
  for (const t of section.tokens) {
    if (t.kind === "date") date = true;
    else if (t.kind === "time" || t.kind === "ampm") time = true;
    else if (t.kind === "percent") percent = true;
    else if (t.kind === "digit") digits = true;
    else if (t.kind === "text") return "text";
  }
  if (date) return "date";
  if (time) return "time";
  if (percent) return "percent";
  if (digits || section.tokens.some((t) => t.kind === "general")) return "number";
  return "general";
}

/**
 * The section Excel uses for a number: the first whose condition holds when any has one; otherwise
 * one section for all, two for ≥0 and <0, three for >0, <0 and 0 (a fourth is for text).
 * `signShown`: whether a minus sign is added (only when the section is not the negative one).
 */
function chooseSection(sections: readonly Section[], value: number): { section: Section; signShown: boolean } | null {
  if (sections.some((s) => s.condition)) {
    for (const [i, s] of sections.entries()) {
      if (i >= 3) break;
      if (!s.condition || holds(s.condition, value)) return { section: s, signShown: !s.condition && value < 0 };
    }
    return null;
  }
  const numeric = sections.slice(0, 3);
  if (numeric.length === 1 || value > 0 || (value === 0 && numeric.length < 3)) return { section: numeric[0]!, signShown: numeric.length === 1 && value < 0 };
  if (value < 0) return { section: numeric[1]!, signShown: false };
  return { section: numeric[2]!, signShown: false };
}

function holds(condition: { readonly op: string; readonly value: number }, value: number): boolean {
  switch (condition.op) {
    case "<":
      return value < condition.value;
    case "<=":
      return value <= condition.value;
    case ">":
      return value > condition.value;
    case ">=":
      return value >= condition.value;
    case "<>":
      return value !== condition.value;
    default:
      return value === condition.value;
  }
}

/** The section written out with the number ×100 in place of its first digit run; literals kept where they stand. */
function percentText(section: Section, value: number, signShown: boolean): string {
  const percents = section.tokens.filter((t) => t.kind === "percent").length;
  const scaled = cleanFloat(Math.abs(value) * 100 ** percents);
  const shownDecimals = decimalPlaces(section);
  const decimals = Math.max(shownDecimals, decimalsOf(scaled));
  const number = scaled.toFixed(Math.min(decimals, 20));
  let out = signShown ? "-" : "";
  let placed = false;
  for (const t of section.tokens) {
    if (t.kind === "digit" || t.kind === "decimal" || t.kind === "general") {
      if (!placed) out += number;
      placed = true;
    } else if (t.kind === "literal") out += t.text.replace(/\s/gu, "");
    else if (t.kind === "percent") {
      if (!placed) {
        out += number;
        placed = true;
      }
      out += "%";
    }
  }
  return out;
}

function decimalPlaces(section: Section): number {
  let seenPoint = false;
  let decimals = 0;
  for (const t of section.tokens) {
    if (t.kind === "decimal") {
      if (seenPoint) break;
      seenPoint = true;
    } else if (t.kind === "digit" && seenPoint) decimals++;
    else if (seenPoint && t.kind !== "digit") break;
  }
  return decimals;
}

/** 0.07 × 100 is 7.000000000000001 in binary floating point; fifteen significant digits are what Excel keeps. */
function cleanFloat(n: number): number {
  return Number(n.toPrecision(15));
}

function decimalsOf(n: number): number {
  const text = String(n);
  if (text.includes("e")) return 0;
  const point = text.indexOf(".");
  return point < 0 ? 0 : text.length - point - 1;
}

function hasSeconds(section: Section): boolean {
  return section.tokens.some((t) => t.kind === "time" && /^\[?s/i.test(t.text));
}

// ---------------------------------------------------------------- serial numbers

const MS_PER_DAY = 86_400_000;
/** Serial number of 1970-01-01 in the 1900 date system. */
const UNIX_EPOCH_SERIAL = 25_569;
const DATE1904_OFFSET = 1_462;

/** The calendar date a serial number shows, "YYYY-MM-DD" (times of day dropped), or null if out of range. */
export function serialToDate(serial: number, date1904: boolean): string | null {
  if (serial >= 2_958_466) return null;
  const ms = Math.round((serial - UNIX_EPOCH_SERIAL + (date1904 ? DATE1904_OFFSET : 0)) * MS_PER_DAY);
  let date = new Date(ms);
  if (Number.isNaN(date.getTime())) return null;
  if (!date1904) {
    // Excel's 1900 calendar has a 29 February 1900 (serial 60), so serials 1–59 are a day later
    // than the Gregorian reckoning from 1899-12-30 that is right from serial 61 on.
    const day = Math.floor(ms / MS_PER_DAY) + UNIX_EPOCH_SERIAL;
    if (day === 60) return "1900-02-29";
    if (day >= 1 && day < 60) date = new Date(ms + MS_PER_DAY);
  }
  const y = String(date.getUTCFullYear()).padStart(4, "0");
  const m = String(date.getUTCMonth() + 1).padStart(2, "0");
  const d = String(date.getUTCDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}

/** The time of day of a serial number's fraction, rounded to the second. */
function timeOfDay(serial: number, seconds: boolean): string {
  const total = Math.round((serial - Math.floor(serial)) * 86_400) % 86_400;
  const h = String(Math.floor(total / 3600)).padStart(2, "0");
  const m = String(Math.floor((total % 3600) / 60)).padStart(2, "0");
  const s = String(total % 60).padStart(2, "0");
  return seconds ? `${h}:${m}:${s}` : `${h}:${m}`;
}

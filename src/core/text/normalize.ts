/**
 * Text normalisation shared by the parsers: the same label is written with full-width
 * punctuation, inner spaces, line breaks and trailing colons across provinces.
 */

const FULLWIDTH_START = 0xff01;
const FULLWIDTH_END = 0xff5e;

/** Full-width ASCII variants (！..～) and the ideographic space become their ASCII forms. */
export function toHalfWidth(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= FULLWIDTH_START && code <= FULLWIDTH_END) out += String.fromCodePoint(code - 0xfee0);
    else if (code === 0x3000) out += " ";
    else out += ch;
  }
  return out;
}

/** Drops every kind of white space, including NBSP and zero-width characters. */
export function stripSpaces(text: string): string {
  return text.replace(/(?:\s|\u00a0|\u200b|\u200c|\u200d|\ufeff)+/g, "");
}

/** Canonical form for matching labels: half-width, no spaces, no trailing colon, brackets unified. */
export function labelKey(text: string): string {
  return stripSpaces(toHalfWidth(text))
    .replace(/[【〔［]/g, "[")
    .replace(/[】〕］]/g, "]")
    .replace(/[:：]+$/u, "");
}

/** Text of a cell value for matching; numbers and booleans become their string form. */
export function cellText(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  return typeof value === "string" ? value : String(value);
}

export function isBlank(value: string | number | boolean | null | undefined): boolean {
  return value === null || value === undefined || (typeof value === "string" && stripSpaces(value) === "");
}

/** Trims and collapses runs of white space to one space (for display, not for matching). */
export function tidy(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, " ").trim();
}

/**
 * Text normalisation shared by the parsers: the same label is written with full-width
 * punctuation, inner spaces, line breaks and trailing colons across provinces.
 */

/** Full-width ASCII variants (！..～) and the ideographic space become their ASCII forms. */
const HAS_FULLWIDTH = /[\uff01-\uff5e\u3000]/u;

const FULLWIDTH = /[\uff01-\uff5e\u3000]/gu;

/** One native pass (no string built a character at a time), so a long text costs linear time and memory. */
export function toHalfWidth(text: string): string {
  if (!HAS_FULLWIDTH.test(text)) return text;
  return text.replace(FULLWIDTH, (ch) => {
    const code = ch.charCodeAt(0);
    return code === 0x3000 ? " " : String.fromCharCode(code - 0xfee0);
  });
}

/** Drops every kind of white space, including NBSP and zero-width characters. */
const SPACES = /(?:\s|\u00a0|\u200b|\u200c|\u200d|\ufeff)+/g;
const HAS_SPACE = /\s|\u00a0|\u200b|\u200c|\u200d|\ufeff/u;

export function stripSpaces(text: string): string {
  return HAS_SPACE.test(text) ? text.replace(SPACES, "") : text;
}

/** Canonical form for matching labels: half-width, no spaces, no trailing colon, brackets unified. */
export function labelKey(text: string): string {
  let key = LABEL_KEYS.get(text);
  if (key === undefined) {
    key = stripSpaces(toHalfWidth(text))
      .replace(/[【〔［]/g, "[")
      .replace(/[】〕］]/g, "]")
      .replace(/[:：]+$/u, "");
    // Sheets repeat the same labels and values thousands of times; short texts are worth remembering.
    if (text.length <= 64) {
      if (LABEL_KEYS.size >= MAX_MEMO) LABEL_KEYS.clear();
      LABEL_KEYS.set(text, key);
    }
  }
  return key;
}

// Zero-width joiners as a range (U+200B–U+200D) so the class holds no joined sequence.
const VISIBLE = /[^\s\u00a0\u200b-\u200d\ufeff]/u;
const MAX_MEMO = 50_000;
const LABEL_KEYS = new Map<string, string>();

/** Text of a cell value for matching; numbers and booleans become their string form. */
export function cellText(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  return typeof value === "string" ? value : String(value);
}

export function isBlank(value: string | number | boolean | null | undefined): boolean {
  // Stops at the first visible character, so the common non-blank cell costs one step.
  return value === null || value === undefined || (typeof value === "string" && !VISIBLE.test(value));
}

/** Trims and collapses runs of white space to one space (for display, not for matching). */
export function tidy(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, " ").trim();
}

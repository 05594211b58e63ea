/**
 * Control characters from a workbook (ESC, BEL, CR, bidi overrides) must not reach a terminal raw:
 * a crafted cell could erase or rewrite the lines around it. They are shown as escapes instead.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROLS = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;
// eslint-disable-next-line no-control-regex -- as above
const CONTROLS_BUT_NEWLINE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;

function visible(ch: string): string {
  if (ch === "\n") return "\\n";
  if (ch === "\r") return "\\r";
  const code = ch.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).toUpperCase().padStart(2, "0")}` : `\\u${code.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** The text with every control character escaped; line breaks kept only when `keepNewlines`. */
export function escapeControls(text: string, keepNewlines = false): string {
  return text.replace(keepNewlines ? CONTROLS_BUT_NEWLINE : CONTROLS, visible);
}

/** A copy of plain data (a report) with every string escaped, line breaks included. */
export function escapeDeep<T>(value: T): T {
  if (typeof value === "string") return escapeControls(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => escapeDeep(v)) as T;
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = escapeDeep(v);
    return out as T;
  }
  return value;
}

/**
 * Numbers as budget officers type them: full-width digits, thousands separators, magnitudes
 * (万, 亿) and binary floating-point noise after conversion.
 */

/** Full-width forms that carry a number's meaning; other full-width punctuation (，：（）) is ordinary Chinese text. */
const NUMERAL_FORMS: ReadonlyMap<string, string> = new Map([
  ..."０１２３４５６７８９".split("").map((ch, i): [string, string] => [ch, String(i)]),
  ["．", "."],
  ["％", "%"],
  ["﹪", "%"],
  ["＞", ">"],
  ["＜", "<"],
  ["＝", "="],
  ["＋", "+"],
  ["－", "-"],
  ["／", "/"],
  ["～", "~"],
]);

/** Converts the full-width characters that belong to numbers, percentages and operators; reports whether any was found. */
export function numeralsToHalfWidth(text: string): { readonly text: string; readonly changed: boolean } {
  let out = "";
  let changed = false;
  for (const ch of text) {
    const half = NUMERAL_FORMS.get(ch);
    if (half === undefined) out += ch;
    else {
      out += half;
      changed = true;
    }
  }
  return { text: out, changed };
}

/** One number as written: thousands separators (ASCII or full-width comma) and an optional fraction. */
export const NUMBER_SOURCE = String.raw`\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;

export interface NumberText {
  readonly value: number;
  readonly decimals: number;
}

/** Reads a number matched by NUMBER_SOURCE. */
export function readNumberText(text: string): NumberText {
  const plain = text.replace(/[,，]/g, "");
  const dot = plain.indexOf(".");
  return { value: Number(plain), decimals: dot < 0 ? 0 : plain.length - dot - 1 };
}

/** Decimals of a JS number's shortest representation: 72.9 → 1, 81 → 0, 1e-7 → 7. */
export function decimalsOfNumber(value: number): number {
  if (!Number.isFinite(value)) return 0;
  const [mantissa, exponent] = String(Math.abs(value)).split("e");
  const dot = mantissa.indexOf(".");
  const fraction = dot < 0 ? 0 : mantissa.length - dot - 1;
  return Math.max(0, fraction - (exponent === undefined ? 0 : Number(exponent)));
}

/** Drops binary floating-point noise from a product such as 1.1 × 10000 (11000.000000000002). */
export function cleanFloat(value: number): number {
  return Number.isFinite(value) ? Number(value.toPrecision(15)) : value;
}

/** Rounds a sum of decimals to six places, so 0.1 + 0.2 compares and prints as 0.3 (amounts, weights, scores). */
export function roundSum(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** The magnitudes that can sit between a number and its unit ("3万件次"). */
export const MAGNITUDES: ReadonlyMap<string, number> = new Map([
  ["万", 1e4],
  ["亿", 1e8],
  ["千", 1e3],
  ["百", 1e2],
]);

export function magnitudeWord(magnitude: number): string {
  for (const [word, factor] of MAGNITUDES) if (factor === magnitude) return word;
  return "";
}

/**
 * The value grammar of indicator targets: `[prefix][operator] number [magnitude][unit][/per…][suffix]`,
 * a period, or qualitative text.
 */
import { rememberedByText } from "../text/memo";
import { cellText, stripSpaces, tidy } from "../text/normalize";
import type { IndicatorValue, NumericValue, Operator, PeriodValue, ValueArtefact } from "./indicator-value";
import {
  MAGNITUDES,
  NUMBER_SOURCE,
  cleanFloat,
  decimalsOfNumber,
  magnitudeWord,
  numeralsToHalfWidth,
  readNumberText,
} from "./number-text";
import { canonicalUnit, isCountedUnit } from "./units";
import { CANONICAL_SYMBOL, OPERATOR_SYMBOLS, OPERATOR_WORDS, SUFFIX_WORDS } from "../vocabulary/operators";
import { LATEX_COMMANDS } from "../vocabulary/latex";
import { escapeRegExp } from "../vocabulary/match";

/** Symbols a safe fix rewrites; words (不低于) are a legitimate spelling and stay. */
const NON_CANONICAL_SYMBOLS = new Set(OPERATOR_SYMBOLS.map(([spelling]) => spelling).filter((s) => !["≥", "≤", "=", ">", "<"].includes(s)));

const OPERATOR_AT_END = new RegExp(
  `(?:${[...OPERATOR_SYMBOLS, ...OPERATOR_WORDS].map(([spelling]) => escapeRegExp(spelling)).join("|")})$`,
  "u",
);
const OPERATOR_BY_SPELLING = new Map<string, Operator>([...OPERATOR_SYMBOLS, ...OPERATOR_WORDS]);

/** Everything up to the last number, the number, and a tail without digits. */
const NUMBER_AT_END = new RegExp(`^(.*?)(${NUMBER_SOURCE})(\\D*)$`, "u");

const TRAILING_PUNCTUATION = /[。；;，,、.．!！?？\s]+$/u;
const LEADING_PUNCTUATION = /^[：:，,、；;\s]+/u;

/** A prefix that ends like this continues a range, a date or a list, so the number is not the target. */
const PREFIX_CONTINUES_NUMBER = /(?:[\d.,，\-~—–/+第]|\d\p{Script=Han}{0,2}[至到]|\d[年月日号])$/u;
const PREFIX_HAS_OPERATOR = /[≥≤<>=≧≦⩾⩽≮≯≠]/u;

/** Units not in the vocabulary are kept as written when they look like a unit ("枚", "个村"). */
const UNIT_AS_WRITTEN = /^(?:\p{Script=Han}{1,3}|[A-Za-z]{1,4})$/u;
/** Characters that make a would-be unit a phrase ("12月底前", "5天后"). */
const NOT_IN_UNIT = /[前后底末内外以及上下左右达不完成]/u;
/** "（含）" or "(含95%)" after a bound only restates that the bound is inclusive. */
const INCLUSIVE_NOTE = /[(（]含[^()（）]*[)）]$/u;
/** Separators between a unit and its denominators: 万元/人/年, 元/人·天. */
const PER_SEPARATOR = /[/·•・]/u;

const LATEX_PRESENT = /\$|\\[A-Za-z%]/;
const LATEX_COMMAND = new RegExp(`\\\\(${LATEX_COMMANDS.map(([c]) => c).join("|")})(?![A-Za-z])\\s*`, "g");
const LATEX_SYMBOLS: Readonly<Record<string, string>> = Object.fromEntries(LATEX_COMMANDS);

/** Rewrites OCR LaTeX ($\geq 95\%$) into plain text; a command swallows the space that ends it. */
function fromLatex(text: string): { readonly text: string; readonly found: boolean } {
  if (!LATEX_PRESENT.test(text)) return { text, found: false };
  const plain = text
    .replace(/\$/g, "")
    .replace(/\\(?:text|mathrm|textrm|rm|mbox)\s*\{([^{}]*)\}/g, "$1")
    .replace(LATEX_COMMAND, (_m, command: string) => LATEX_SYMBOLS[command] ?? "")
    .replace(/\\%/g, "%")
    .replace(/\\[,;:! ]/g, "")
    .replace(/[{}]/g, "");
  return { text: plain, found: true };
}

/** The indicator value of a cell: numeric, a period, qualitative text, or empty. */
export function parseIndicatorValue(raw: string | number | boolean | null): IndicatorValue {
  if (typeof raw === "number") return fromNumberCell(raw);
  if (typeof raw !== "string" || raw.length > 64) return parseText(cellText(raw));
  return parseRepeatedText(raw);
}

// Targets such as "100%" or "≥95%" repeat across thousands of rows.
const parseRepeatedText = rememberedByText(20_000, (raw) => parseText(raw));

function parseText(rawText: string): IndicatorValue {
  if (stripSpaces(rawText) === "") return { kind: "empty", raw: rawText };

  const latex = fromLatex(rawText);
  const halfWidth = numeralsToHalfWidth(latex.text);
  const hasSpaces = /[\s\u00a0\u3000]/u.test(latex.text);
  const compact = stripSpaces(halfWidth.text)
    .replace(TRAILING_PUNCTUATION, "")
    .replace(INCLUSIVE_NOTE, "")
    .replace(LEADING_PUNCTUATION, "");

  const period = parsePeriod(compact);
  if (period !== null) return { kind: "period", ...period, raw: rawText };

  const numeric = parseNumeric(compact);
  if (numeric === null) return qualitative(rawText);

  const artefacts: ValueArtefact[] = [];
  if (latex.found) artefacts.push("latex");
  if (halfWidth.changed) artefacts.push("fullwidth");
  if (numeric.operatorSpelling !== null && NON_CANONICAL_SYMBOLS.has(numeric.operatorSpelling)) artefacts.push("operator-spelling");
  if (hasSpaces) artefacts.push("spaces");

  return { kind: "number", ...numeric.value, artefacts, raw: rawText };
}

/** toFixed within its accepted range: absurdly long decimals fall back to the shortest spelling. */
export function fixedDecimals(n: number, decimals: number): string {
  return decimals >= 0 && decimals <= 20 ? n.toFixed(decimals) : String(n);
}

/** The canonical spelling of a numeric value ("≥95%", "≥3万件次", "≤1万元/人/年"), prefix kept. */
export function normaliseIndicatorValue(v: NumericValue): string {
  const operator = v.operator === null ? "" : CANONICAL_SYMBOL[v.operator];
  const per = v.per.map((unit) => `/${unit}`).join("");
  return `${v.prefix}${operator}${fixedDecimals(v.mantissa, v.decimals)}${magnitudeWord(v.magnitude)}${v.unit ?? ""}${per}`;
}

function fromNumberCell(value: number): IndicatorValue {
  const raw = String(value);
  if (!Number.isFinite(value)) return qualitative(raw);
  return {
    kind: "number",
    operator: null,
    value,
    mantissa: value,
    magnitude: 1,
    unit: null,
    per: [],
    decimals: decimalsOfNumber(value),
    prefix: "",
    artefacts: [],
    raw,
  };
}

function qualitative(raw: string): IndicatorValue {
  return { kind: "qualitative", text: tidy(raw).replace(TRAILING_PUNCTUATION, ""), raw };
}

type NumericCore = Omit<NumericValue, "kind" | "artefacts" | "raw">;

function parseNumeric(text: string): { readonly value: NumericCore; readonly operatorSpelling: string | null } | null {
  const match = NUMBER_AT_END.exec(text);
  if (match === null) return null;
  const [, before, numberText, tail] = match;

  const operatorMatch = OPERATOR_AT_END.exec(before);
  const operatorSpelling = operatorMatch === null ? null : operatorMatch[0];
  const prefix = operatorMatch === null ? before : before.slice(0, operatorMatch.index);
  if (prefix !== "" && (PREFIX_CONTINUES_NUMBER.test(prefix) || PREFIX_HAS_OPERATOR.test(prefix))) return null;

  const unitText = splitSuffix(tail);
  const units = parseUnits(unitText.rest, prefix !== "");
  if (units === null) return null;

  const operator = operatorSpelling === null ? unitText.operator : (OPERATOR_BY_SPELLING.get(operatorSpelling) ?? null);
  // Text before a bare number is more likely a label with a digit in it ("目标1") than a target.
  if (prefix !== "" && operator === null && units.unit === null && units.magnitude === 1) return null;

  const number = readNumberText(numberText);
  return {
    value: {
      operator,
      value: cleanFloat(number.value * units.magnitude),
      mantissa: number.value,
      magnitude: units.magnitude,
      unit: units.unit,
      per: units.per,
      decimals: number.decimals,
      prefix,
    },
    operatorSpelling,
  };
}

function splitSuffix(tail: string): { readonly rest: string; readonly operator: Operator | null } {
  for (const [word, operator] of SUFFIX_WORDS) {
    if (tail.endsWith(word)) return { rest: tail.slice(0, -word.length), operator };
  }
  return { rest: tail, operator: null };
}

interface Units {
  readonly magnitude: number;
  readonly unit: string | null;
  readonly per: readonly string[];
}

function parseUnits(text: string, hasPrefix: boolean): Units | null {
  const [head, ...perParts] = text.split(PER_SEPARATOR);
  const per: string[] = [];
  for (const part of perParts) {
    const unit = unitToken(part, hasPrefix);
    if (unit === null) return null;
    per.push(unit);
  }
  if (head === "") return { magnitude: 1, unit: null, per };

  const whole = unitToken(head, hasPrefix);
  // A known unit wins over a magnitude reading: 万元 and 千米 are units, not 万 + 元 or 千 + 米.
  if (whole !== null && canonicalUnit(head) !== null) return { magnitude: 1, unit: whole, per };
  const magnitude = MAGNITUDES.get(head[0]);
  if (magnitude !== undefined) {
    const rest = head.slice(1);
    if (rest === "") return { magnitude, unit: null, per };
    const unit = unitToken(rest, hasPrefix);
    if (unit !== null) return { magnitude, unit, per };
  }
  return whole === null ? null : { magnitude: 1, unit: whole, per };
}

function unitToken(token: string, hasPrefix: boolean): string | null {
  if (token === "") return null;
  const canonical = canonicalUnit(token);
  if (canonical !== null) return canonical;
  if (isCountedUnit(token)) return token;
  // After a sentence, unknown words are more likely text ("完成3次培训") than a unit.
  return !hasPrefix && UNIT_AS_WRITTEN.test(token) && !NOT_IN_UNIT.test(token) ? token : null;
}

type PeriodBounds = Pick<PeriodValue, "from" | "to">;

const RANGE_SEPARATOR = "(?:至|到|-|~|—|–)";
const PERIOD_PATTERNS: ReadonlyArray<readonly [RegExp, (m: RegExpExecArray) => PeriodBounds | null]> = [
  // 2024年1月至12月, 2024年1月1日至2024年12月31日, 2024年至2025年
  [
    new RegExp(`^(\\d{4})年(?:(\\d{1,2})月(?:\\d{1,2}[日号])?)?${RANGE_SEPARATOR}(?:(\\d{4})年)?(?:(\\d{1,2})月(?:\\d{1,2}[日号])?(?:底|末)?)?$`, "u"),
    (m) => {
      if (m[3] === undefined && m[4] === undefined) return null;
      const fromYear = Number(m[1]);
      const toYear = m[3] === undefined ? fromYear : Number(m[3]);
      return bounds(fromYear, optionalNumber(m[2]), toYear, optionalNumber(m[4]));
    },
  ],
  // 2024年1-12月
  [
    new RegExp(`^(\\d{4})年(\\d{1,2})月?${RANGE_SEPARATOR}(\\d{1,2})月(?:底|末)?$`, "u"),
    (m) => bounds(Number(m[1]), Number(m[2]), Number(m[1]), Number(m[3])),
  ],
  // 2023.07-2024.01, 2023/7/1-2024/1/31
  [
    new RegExp(`^(\\d{4})[./-](\\d{1,2})(?:[./-]\\d{1,2})?${RANGE_SEPARATOR}(\\d{4})[./-](\\d{1,2})(?:[./-]\\d{1,2})?$`, "u"),
    (m) => bounds(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])),
  ],
  // 2024-2026年, 2024年-2026年度
  [
    new RegExp(`^(\\d{4})年?${RANGE_SEPARATOR}(\\d{4})年度?$`, "u"),
    (m) => bounds(Number(m[1]), undefined, Number(m[2]), undefined),
  ],
  // 2024年, 2024年度, 2024年全年
  [/^(\d{4})年度?(?:全年)?$/u, (m) => bounds(Number(m[1]), undefined, Number(m[1]), undefined)],
  // 2024年底前(完成): the year up to December
  [/^(\d{4})年年?底(?:前|之前|以前)?(?:完成)?$/u, (m) => bounds(Number(m[1]), undefined, Number(m[1]), 12)],
  // 2024年6月: that month; 2024年6月底前, 2024年6月30日前: a deadline, read as the year up to that month
  [
    /^(\d{4})年(\d{1,2})月份?(\d{1,2}[日号])?(底|末)?(前|之前|以前)?(?:完成)?$/u,
    (m) => {
      const year = Number(m[1]);
      const month = Number(m[2]);
      const deadline = m[3] !== undefined || m[4] !== undefined || m[5] !== undefined;
      return bounds(year, deadline ? undefined : month, year, month);
    },
  ],
];

function optionalNumber(text: string | undefined): number | undefined {
  return text === undefined ? undefined : Number(text);
}

function bounds(fromYear: number, fromMonth: number | undefined, toYear: number, toMonth: number | undefined): PeriodBounds | null {
  const plausibleYear = (y: number): boolean => y >= 1900 && y <= 2100;
  const plausibleMonth = (mo: number | undefined): boolean => mo === undefined || (mo >= 1 && mo <= 12);
  if (!plausibleYear(fromYear) || !plausibleYear(toYear) || !plausibleMonth(fromMonth) || !plausibleMonth(toMonth)) return null;
  if (fromYear * 100 + (fromMonth ?? 1) > toYear * 100 + (toMonth ?? 12)) return null;
  return {
    from: fromMonth === undefined ? { year: fromYear } : { year: fromYear, month: fromMonth },
    to: toMonth === undefined ? { year: toYear } : { year: toYear, month: toMonth },
  };
}

function parsePeriod(text: string): PeriodBounds | null {
  for (const [pattern, read] of PERIOD_PATTERNS) {
    const match = pattern.exec(text);
    const period = match === null ? null : read(match);
    if (period !== null) return period;
  }
  return null;
}

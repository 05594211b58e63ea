/**
 * The parsed form of an indicator target (指标值). Implemented in ./parse-indicator-value.ts.
 * Grammar: `[operator] number [unit]` (≥95%, ≤3天), a period (2024年1月至12月), or qualitative text (有效促进).
 */
export type Operator = ">=" | "<=" | "=" | ">" | "<";

/** Things in the raw text that a safe fix can normalise. */
export type ValueArtefact =
  | "latex" // $\geq 95\%$
  | "fullwidth" // ≧ ＞ ％ full-width digits
  | "operator-spelling" // >= <= ≧ ≦ ＝ instead of ≥ ≤ =
  | "spaces"; // "≥ 10 次"

export interface NumericValue {
  readonly kind: "number";
  /** Operator as written (words like 不低于 map to >=); null when the number is bare (which means =). */
  readonly operator: Operator | null;
  /** The number with its magnitude applied: "≥3万件次" → 30000. */
  readonly value: number;
  /** The number as written: "≥3万件次" → 3. */
  readonly mantissa: number;
  /** 1, 1e4 (万), 1e8 (亿), 1e3 (千), 1e2 (百) when the magnitude sits between the number and the unit. */
  readonly magnitude: number;
  /** Canonical unit after any magnitude: "%", "元", "万元", "亿元", "人", "件次", "平方米", …; null when none. */
  readonly unit: string | null;
  /** Denominators of a per-unit value: "万元/人/年" → unit "万元", per ["人", "年"]. */
  readonly per: readonly string[];
  /** Decimals written in the mantissa. */
  readonly decimals: number;
  /** Text around the number that is neither operator nor unit ("每年接待群众的人数≥30人" → "每年接待群众的人数"). */
  readonly prefix: string;
  readonly artefacts: readonly ValueArtefact[];
  readonly raw: string;
}

export interface PeriodValue {
  readonly kind: "period";
  readonly from: { readonly year: number; readonly month?: number };
  readonly to: { readonly year: number; readonly month?: number };
  readonly raw: string;
}

export interface QualitativeValue {
  readonly kind: "qualitative";
  readonly text: string;
  readonly raw: string;
}

export interface EmptyValue {
  readonly kind: "empty";
  readonly raw: string;
}

export type IndicatorValue = NumericValue | PeriodValue | QualitativeValue | EmptyValue;

export type { MoneyUnit as MoneyUnitName } from "../vocabulary/units";

/** A budget amount cell: a number, or text like "1,234.50", "250万", "250万元", "（空）". */
export interface ParsedAmount {
  /** In the table's unit. */
  readonly value: number;
  readonly decimals: number;
  /** True when the cell was text rather than a number. */
  readonly fromText: boolean;
  /** True when the text carried a magnitude or unit that was converted ("150万" in a 万元 table). */
  readonly converted: boolean;
}

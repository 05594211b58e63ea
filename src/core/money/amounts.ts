/** Money figures as budget tables print them: sums, rounding, and when two figures agree. */
import type { Amount } from "../model/model";
import type { MoneyUnitName } from "../value/indicator-value";
import type { CurrencyUnit } from "../value/units";
import { roundSum } from "../value/number-text";
import { convertMoney } from "../value/parse-amount";
import { moneyUnitFactor } from "../value/units";

type MaybeAmount = Amount | null | undefined;

/**
 * Half a unit of the last decimal shown by the coarsest amount compared (5.32 against 5.3184 agrees),
 * assuming at least the two decimals that budget tables print.
 */
export function toleranceFor(amounts: readonly MaybeAmount[]): number {
  let decimals = Number.POSITIVE_INFINITY;
  for (const a of amounts) if (a && a.decimals < decimals) decimals = a.decimals;
  return 0.5 * 10 ** -Math.max(2, Number.isFinite(decimals) ? decimals : 2);
}

/**
 * Whether two money figures agree within the rounding of the amounts they come from (the
 * coarsest one counts), or within a tolerance already worked out (figures in different units).
 */
export function amountsAgree(a: number, b: number, from: readonly MaybeAmount[] | number): boolean {
  const tolerance = typeof from === "number" ? from : toleranceFor(from);
  return Math.abs(a - b) <= tolerance + 1e-9;
}

/** A money figure without the binary noise of adding decimals (0.1 + 0.2 → 0.3). */
export function roundMoney(n: number): number {
  return roundSum(n);
}

/** A money figure in another unit, to the six decimals kept everywhere (12.5 万元 → 125000 元, 1 元 → 0.0001 万元). */
export function moneyIn(value: number, from: CurrencyUnit, to: MoneyUnitName): number {
  return roundMoney(convertMoney(value, from, to));
}

/** One amount for several lines that together state it (其他资金 on two lines): their sum, as precise as the coarsest. */
export function combinedAmount(all: readonly [Amount, ...Amount[]]): Amount {
  if (all.length === 1) return all[0];
  const { text: _typed, parts: _lines, ...first } = all[0];
  const parts = all.flatMap((a) => a.parts ?? [a]);
  return { ...first, value: sumOf(all), decimals: Math.min(...all.map((a) => a.decimals)), parts };
}

export function sumOf(amounts: readonly MaybeAmount[]): number {
  let s = 0;
  for (const a of amounts) if (a) s += a.value;
  return roundMoney(s);
}

export function cellsOf(amounts: readonly MaybeAmount[]): string[] {
  const out: string[] = [];
  for (const a of amounts) if (a) out.push(a.cell);
  return out;
}

/**
 * An amount read in its own unit, stated in another (20000 元 → 2 万元), as precise as it was written. The
 * typed text is not kept: its cell holds the figure in its own unit, which no fix may overwrite with this one.
 */
export function amountIn(amount: Amount, unit: MoneyUnitName): Amount {
  if (amount.unit === unit) return amount;
  const { text: _typed, ...rest } = amount;
  const shift = Math.round(Math.log10(moneyUnitFactor(unit) / moneyUnitFactor(amount.unit)));
  return { ...rest, value: moneyIn(amount.value, amount.unit, unit), unit, decimals: Math.max(0, amount.decimals + shift) };
}

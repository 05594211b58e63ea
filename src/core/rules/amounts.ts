import type { Amount } from "../model/model";

/**
 * Half a unit of the last decimal shown by the coarsest amount compared (5.32 against 5.3184 agrees),
 * assuming at least the two decimals that budget tables print.
 */
export function toleranceFor(amounts: readonly (Amount | null | undefined)[]): number {
  let decimals = Number.POSITIVE_INFINITY;
  for (const a of amounts) if (a && a.decimals < decimals) decimals = a.decimals;
  return 0.5 * 10 ** -Math.max(2, Number.isFinite(decimals) ? decimals : 2);
}

export function valueOf(a: Amount | null | undefined): number {
  return a ? a.value : 0;
}

export function sumOf(amounts: readonly (Amount | null | undefined)[]): number {
  let s = 0;
  for (const a of amounts) s += valueOf(a);
  return roundMoney(s);
}

/** Rounds away binary noise so 0.1 + 0.2 compares and prints as 0.3. */
export function roundMoney(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

export function differs(a: number, b: number, tolerance: number): boolean {
  return Math.abs(a - b) > tolerance + 1e-9;
}

export function cellsOf(amounts: readonly (Amount | null | undefined)[]): string[] {
  const out: string[] = [];
  for (const a of amounts) if (a) out.push(a.cell);
  return out;
}

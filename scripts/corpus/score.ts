/**
 * Compares what the checker read from a corpus workbook with what the case expects: the exact
 * observation for the corpus test, and counts (read right, caught, false errors) for the measure.
 */
import type { Report } from "../../src/core/check/check";
import type { CaseExpectation, ExpectedError, ExpectedSheet, ExpectedTable, Funds } from "./types";

const round = (n: number): number => Math.round(n * 1e6) / 1e6;
const roundFunds = (f: Funds | null | undefined): Funds | null => (f ? { total: f.total === null ? null : round(f.total), fiscal: round(f.fiscal), other: round(f.other) } : null);

/** Reads the report in the expectation's shape. Sheet statuses are null while the report has none. */
export function observe(report: Report, sheetOrder: readonly string[] = []): { tables: ExpectedTable[]; sheets: ExpectedSheet[] | null; errors: ExpectedError[] } {
  const tables = report.tables.map((t): ExpectedTable => {
    const period = (t as { readonly periodBudget?: Funds | null }).periodBudget;
    return { sheet: t.sheet, kind: t.kind, name: t.name, budget: roundFunds(t.budget), period: roundFunds(period), indicators: t.indicators };
  });
  const readings: unknown = (report.stats as { readonly sheets?: unknown }).sheets;
  const sheets = Array.isArray(readings)
    ? readings.map((s: { readonly sheet: string; readonly status: ExpectedSheet["status"] }) => ({ sheet: s.sheet, status: s.status }))
    : null;
  const errors = report.diagnostics.filter((d) => d.severity === "error").map((d): ExpectedError => [d.sheet, d.cell, d.rule]);
  return { tables, sheets, errors: sortErrors(errors, [...sheetOrder, ...report.tables.map((t) => t.sheet)]) };
}

/** Errors in a stable order: by sheet (as first seen), row, column, rule. */
export function sortErrors(errors: readonly ExpectedError[], sheetOrder: readonly string[] = []): ExpectedError[] {
  const order = new Map<string, number>();
  for (const s of [...sheetOrder, ...errors.map((e) => e[0])]) if (!order.has(s)) order.set(s, order.size);
  const pos = (cell: string): [number, string] => {
    const m = /^([A-Z]+)(\d+)$/u.exec(cell);
    return m ? [Number(m[2]), m[1]!.padStart(3, " ")] : [0, cell];
  };
  return [...errors].sort((a, b) => {
    const [ra, ca] = pos(a[1]);
    const [rb, cb] = pos(b[1]);
    return (order.get(a[0])! - order.get(b[0])!) || ra - rb || ca.localeCompare(cb) || a[2].localeCompare(b[2]);
  });
}

/** The expectation in the observation's order, for an exact comparison. */
export function expected(e: CaseExpectation): { tables: ExpectedTable[]; sheets: ExpectedSheet[]; errors: ExpectedError[] } {
  return { tables: [...e.tables], sheets: [...e.sheets], errors: sortErrors(e.errors, e.sheets.map((s) => s.sheet)) };
}

export interface CaseScore {
  readonly tables: number;
  /** Expected tables read with the right kind, name, budget (and 中期), indicator count. */
  readonly readRight: number;
  /** Tables the checker reported that match no expected table exactly. */
  readonly misread: number;
  readonly sheets: number;
  readonly sheetsRight: number;
  readonly errorsExpected: number;
  readonly caught: number;
  /** Error-severity diagnostics the case does not expect. */
  readonly falseErrors: number;
  readonly exact: boolean;
}

const tableKey = (t: ExpectedTable): string => JSON.stringify([t.sheet, t.kind, t.name, t.budget, t.period, t.indicators]);
const errorKey = (e: ExpectedError): string => e.join("|");

/** How many of `want` are in `got`, each item used once. */
function matched(want: readonly string[], got: readonly string[]): number {
  const left = new Map<string, number>();
  for (const g of got) left.set(g, (left.get(g) ?? 0) + 1);
  let n = 0;
  for (const w of want) {
    const k = left.get(w) ?? 0;
    if (k > 0) {
      n++;
      left.set(w, k - 1);
    }
  }
  return n;
}

export function score(expectation: CaseExpectation, report: Report): CaseScore {
  const got = observe(report, expectation.sheets.map((s) => s.sheet));
  const want = expected(expectation);
  const readRight = matched(want.tables.map(tableKey), got.tables.map(tableKey));
  const caught = matched(want.errors.map(errorKey), got.errors.map(errorKey));
  const statusOf = new Map((got.sheets ?? []).map((s) => [s.sheet, s.status]));
  const sheetsRight = want.sheets.filter((s) => statusOf.get(s.sheet) === s.status).length;
  return {
    tables: want.tables.length,
    readRight,
    misread: got.tables.length - readRight,
    sheets: want.sheets.length,
    sheetsRight,
    errorsExpected: want.errors.length,
    caught,
    falseErrors: got.errors.length - caught,
    exact: JSON.stringify(got) === JSON.stringify(want),
  };
}

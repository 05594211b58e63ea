import type { CellValue, Grid } from "../../../src/core/grid/grid";
import { parseRangeA1 } from "../../../src/core/grid/address";
import { resolveConfig, runRules } from "../../../src/core/check/check";
import { parseWorkbook } from "../../../src/core/parse/parse-workbook";
import type { Rule, RuleExample } from "../../../src/core/rules/types";
import type { CheckConfig, Diagnostic, DiagnosticData, Fix, Severity, Suggestion } from "../../../src/core/types";

/** A small sheet for rule tests: rows of values, merges as A1 ranges. */
export interface TestGrid {
  readonly rows: readonly (readonly CellValue[])[];
  readonly merges?: readonly string[];
  readonly sheet?: string;
}

export function toGrid(g: TestGrid | RuleExample, sheet = "Sheet1"): Grid {
  return {
    sheet: (g as TestGrid).sheet ?? sheet,
    cells: g.rows.map((r) => [...r]),
    merges: (g.merges ?? []).map((m) => {
      const r = parseRangeA1(m);
      if (!r) throw new Error(`bad merge ${m}`);
      return r;
    }),
  };
}

/** Runs one rule over one or more sheets and returns its diagnostics. */
export function runRule(rule: Rule, sheets: TestGrid | readonly TestGrid[], config?: Partial<CheckConfig>): Diagnostic[] {
  const list = Array.isArray(sheets) ? (sheets as readonly TestGrid[]) : [sheets as TestGrid];
  const grids = list.map((g, i) => toGrid(g, `Sheet${i + 1}`));
  const parsed = parseWorkbook({ sheets: grids });
  return runRules(parsed, resolveConfig(config), grids.map((g) => g.sheet), [rule]);
}

/**
 * One report an invalid grid must raise. Like ESLint's RuleTester, every field stated is compared
 * (data and suggestions as a whole); a field left out is not checked.
 */
export interface ExpectedReport {
  readonly cell: string;
  readonly messageId: string;
  readonly severity?: Severity;
  readonly sheet?: string;
  readonly data?: DiagnosticData;
  readonly related?: readonly string[];
  /** The fix's edits, or null when the report must offer none. */
  readonly fix?: Fix | null;
  readonly suggestions?: readonly Suggestion[];
}

export interface InvalidCase {
  readonly name: string;
  readonly grid: TestGrid | readonly TestGrid[];
  /** The reports expected, in sheet order. */
  readonly errors: readonly ExpectedReport[];
  readonly config?: Partial<CheckConfig>;
}

export interface ValidCase {
  readonly name: string;
  readonly grid: TestGrid | readonly TestGrid[];
  readonly config?: Partial<CheckConfig>;
}

const COMPARED = ["cell", "messageId", "severity", "sheet", "data", "related", "fix", "suggestions"] as const;

/** The diagnostic as the expectation sees it: only the fields it states (a missing fix reads as null). */
function asExpected(d: Diagnostic, expected: ExpectedReport | undefined): Partial<Record<(typeof COMPARED)[number], unknown>> {
  const out: Partial<Record<(typeof COMPARED)[number], unknown>> = {};
  for (const field of COMPARED) {
    if (expected !== undefined && !(field in expected)) continue;
    out[field] = field === "fix" ? (d.fix ?? null) : d[field];
  }
  return out;
}

/** Compares reports with their expectations field by field; a surplus or missing report shows in full. */
export function expectReports(actual: readonly Diagnostic[], expected: readonly ExpectedReport[]): void {
  expect(actual.map((d, i) => asExpected(d, expected[i]))).toEqual(expected.map((e) => ({ ...e })));
}

/** ESLint-style tester: valid grids raise nothing; invalid grids raise exactly the listed reports. */
export function ruleTester(rule: Rule, cases: { valid: readonly ValidCase[]; invalid: readonly InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    it.each(cases.valid.map((c) => [c.name, c] as const))("valid: %s", (_name, c) => {
      expect(runRule(rule, c.grid, c.config).map((d) => [d.cell, d.messageId])).toEqual([]);
    });
    it.each(cases.invalid.map((c) => [c.name, c] as const))("invalid: %s", (_name, c) => {
      expectReports(runRule(rule, c.grid, c.config), c.errors);
    });
  });
}

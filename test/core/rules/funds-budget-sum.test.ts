import { fundsBudgetSum } from "../../../src/core/rules/funds-budget-sum";
import { runRule, ruleTester } from "./rule-tester";
import { block, LEGACY_ROWS } from "./fixtures";

ruleTester(fundsBudgetSum, {
  valid: [
    { name: "total = fiscal, other blank", grid: block({ budget: [81, 81, null], indicators: LEGACY_ROWS }) },
    { name: "total = fiscal + other", grid: block({ budget: [100, 60, 40], indicators: LEGACY_ROWS }) },
    { name: "within half a unit of the last decimal", grid: block({ budget: [5.32, 5.318, null], indicators: LEGACY_ROWS }) },
    { name: "no breakdown at all", grid: block({ budget: [100, null, null], indicators: LEGACY_ROWS }) },
    { name: "amounts written as text", grid: block({ budget: ["1,200.00", "1,000.00", "200"], indicators: LEGACY_ROWS }) },
  ],
  invalid: [
    { name: "parts short of the total", grid: block({ budget: [100, 80, 10], indicators: LEGACY_ROWS }), errors: [["B4", "mismatch"]] },
    { name: "parts above the total", grid: block({ budget: [12, 12, 0.01], indicators: LEGACY_ROWS }), errors: [["B4", "mismatch"]] },
  ],
});

it("points at the total, relates the parts, and carries the figures", () => {
  const [d] = runRule(fundsBudgetSum, block({ budget: [100, 80, 10], indicators: LEGACY_ROWS }));
  expect(d!.related).toEqual(["D4", "F4"]);
  expect(d!.data).toEqual({ total: 100, fiscal: 80, other: 10, sum: 90, diff: 10, unit: "万元" });
});

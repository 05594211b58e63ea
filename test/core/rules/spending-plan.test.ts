import { spendingPlan } from "../../../src/core/rules/spending-plan";
import { ruleTester } from "./rule-tester";
import { block, LEGACY_ROWS } from "./fixtures";

const plan = (...amounts: (number | null)[]) => block({ budget: [720, 720, null], extra: [["资金支出计划（万元）", "3月底", "6月底", "10月底", "12月底"], [null, ...amounts]], indicators: LEGACY_ROWS });

ruleTester(spendingPlan, {
  valid: [
    { name: "seed 002 first project", grid: plan(180, 360, 540, 720) },
    { name: "flat then reaching the budget", grid: plan(0, 360, 360, 720) },
    { name: "no plan", grid: block({ indicators: LEGACY_ROWS }) },
  ],
  invalid: [
    { name: "decreasing", grid: plan(180, 360, 300, 720), errors: [{ cell: "D6", messageId: "decreasing", severity: "error" }] },
    { name: "never reaching the budget", grid: plan(180, 360, 540, 700), errors: [{ cell: "E6", messageId: "finalNotBudget", severity: "error" }] },
    { name: "seed 002 third project: only 6月底 filled", grid: plan(null, 720, null, null), errors: [{ cell: "E6", messageId: "finalNotBudget", severity: "error" }] },
  ],
});

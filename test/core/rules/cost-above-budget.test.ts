import { costAboveBudget } from "../../../src/core/rules/cost-above-budget";
import { ruleTester } from "./rule-tester";
import { block, LEGACY_ROWS, ROWS_2021 } from "./fixtures";

ruleTester(costAboveBudget, {
  valid: [
    { name: "cost equal to the budget", grid: block({ indicators: ROWS_2021 }) },
    { name: "元 cost inside a 万元 budget", grid: block({ indicators: [["成本指标", "经济成本指标", "单次成本", "≤5000元"]] }) },
    { name: "per-unit cost is not a total", grid: block({ budget: [1, 1, 0], indicators: [["成本指标", "经济成本指标", "顾问经费", "<=2万元/人/年"]] }) },
    {
      name: "a per-unit cost (单个…) is not added to the total cost",
      grid: block({ budget: [132, 132, 0], indicators: [["产出指标", "数量指标", "运营驿站数", "≥22个"], [null, "成本指标", "单个驿站年运营补贴", "≤6万元"], ["成本指标", "经济成本指标", "驿站运营补贴总额", "≤132万元"]] }),
    },
    {
      name: "per-unit costs by their names (人均, 每平方米, 单位, 平均) are not summed",
      grid: block({ budget: [100, 100, 0], indicators: [["成本指标", "经济成本指标", "人均培训成本", "≤0.5万元"], [null, null, "每平方米维修成本", "≤0.1万元"], [null, null, "单位面积管护成本", "≤1万元"], [null, null, "平均采购单价", "≤2万元"], [null, null, "培训成本", "≤100万元"]] }),
    },
    {
      name: "a total of the other costs (合计, 总额) is not summed with them",
      grid: block({ budget: [15, 15, 0], indicators: [["成本指标", "经济成本指标", "维修费", "≤8万元"], [null, null, "物业水电", "≤6万元"], [null, null, "运维成本合计", "≤14万元"]] }),
    },
    { name: "legacy 成本 under 产出 within budget", grid: block({ budget: [72.9, 72.9, null], indicators: [...LEGACY_ROWS, ["产出指标", "成本指标", "运维成本", "≤72.9万元"]] }) },
  ],
  invalid: [
    { name: "one cost above the budget", grid: block({ budget: [50, 50, null], indicators: [["成本指标", "经济成本指标", "设备购置成本", "≤60万元"]] }), errors: [{ cell: "D6", messageId: "above", severity: "error" }] },
    { name: "元 table: 万元 cost converted", grid: block({ unit: "元", budget: [40000, 40000, null], indicators: [["产出指标", "成本指标", "经费总金额", "≤5万元"]] }), errors: [{ cell: "D6", messageId: "above", severity: "error" }] },
    {
      name: "several costs adding up above the budget (warning)",
      grid: block({ budget: [15, 15, 0], indicators: [["成本指标", "经济成本指标", "维修费", "≤8万元"], [null, null, "物业水电", "≤6万元"], [null, null, "办公费用", "≤6万元"]] }),
      errors: [{ cell: "D6", messageId: "sumAbove", severity: "warning" }],
    },
    {
      name: "单位 naming the agency (单位日常运行成本) is no per-unit cost: it is summed with the others",
      grid: block({ budget: [15, 15, 0], indicators: [["成本指标", "经济成本指标", "维修费", "≤8万元"], [null, null, "单位日常运行成本", "≤9万元"]] }),
      errors: [{ cell: "D6", messageId: "sumAbove", severity: "warning" }],
    },
    {
      name: "beside a total (总成本), the other costs are still summed",
      grid: block({ budget: [15, 15, 0], indicators: [["成本指标", "经济成本指标", "维修费", "≤8万元"], [null, null, "物业水电", "≤6万元"], [null, null, "办公费用", "≤6万元"], [null, null, "项目总成本", "≤15万元"]] }),
      errors: [{ cell: "D6", messageId: "sumAbove", severity: "warning", data: { sum: 20, total: 15, unit: "万元" }, related: ["B4", "D7", "D8"] }],
    },
    {
      name: "a per-unit cost above the whole budget is still reported on its own",
      grid: block({ budget: [50, 50, null], indicators: [["成本指标", "经济成本指标", "单台设备购置成本", "≤60万元"]] }),
      errors: [{ cell: "D6", messageId: "above", severity: "error" }],
    },
  ],
});

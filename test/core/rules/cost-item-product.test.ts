import { costItemProduct } from "../../../src/core/rules/cost-item-product";
import { runRule, ruleTester } from "./rule-tester";

const rows = (header: readonly string[], line: readonly (number | string | null)[]) => ({
  rows: [
    ["项目名称", "示例项目"],
    ["单位：万元"],
    ["预算数", 3, "其中：财政资金", 3, "其他资金", 0],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "印制宣传册", "≥2000册"],
    header,
    ["宣传册印制", ...line, "按询价"],
    ["合计", null, null, line[2] ?? null, null],
  ],
});
const YUAN_WAN = ["测算明细", "数量", "单价（元）", "金额（万元）", "测算依据"];

ruleTester(costItemProduct, {
  valid: [
    { name: "2000 × 15 元 = 3 万元", grid: rows(YUAN_WAN, [2000, 15, 3]) },
    { name: "单价 and 金额 both in 元", grid: rows(["测算明细", "数量", "单价（元）", "金额（元）", "测算依据"], [2000, 15, 30000]) },
    { name: "no 单价 column: nothing to multiply", grid: rows(["测算明细", "数量", "金额（万元）", "测算依据"], [2000, 3, null]) },
    { name: "单价 left blank", grid: rows(YUAN_WAN, [2000, null, 3]) },
  ],
  invalid: [
    { name: "金额 not 数量 × 单价", grid: rows(YUAN_WAN, [2000, 15, 3.5]), errors: [{ cell: "D7", messageId: "mismatch", severity: "error" }] },
    { name: "单价 in 万元 read as stated", grid: rows(["测算明细", "数量", "单价（万元）", "金额（万元）", "测算依据"], [20, 0.2, 3]), errors: [{ cell: "D7", messageId: "mismatch", severity: "error" }] },
  ],
});

it("relates 数量 and 单价 and carries the product in the amount's unit", () => {
  const [d] = runRule(costItemProduct, rows(YUAN_WAN, [2000, 15, 3.5]));
  expect(d!.related).toEqual(["B7", "C7"]);
  expect(d!.data).toEqual({ item: "宣传册印制", amount: 3.5, unit: "万元", quantity: 2000, price: 15, priceUnit: "元", product: 3 });
});

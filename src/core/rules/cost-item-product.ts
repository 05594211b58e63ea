import type { ProjectRule } from "./types";
import { convertMoney } from "../value/parse-amount";
import { amountsAgree, roundMoney } from "../money/amounts";

const HEAD = [
  ["项目名称", "示例项目"],
  ["预算数", 3, "其中：财政资金", 3, "其他资金", 0],
  ["一级指标", "二级指标", "三级指标", "指标值"],
  ["产出指标", "数量指标", "印制宣传册", "≥2000册"],
  ["测算明细", "数量", "单价（元）", "金额（万元）", "测算依据"],
] as const;

/** A cost line's 金额 is its 数量 × 单价, the units converted (单价 in 元, 金额 in 万元). */
export const costItemProduct: ProjectRule = {
  scope: "project",
  meta: {
    id: "cost-item-product",
    category: "funds",
    severity: "error",
    description: { zh: "成本测算明细的金额应等于数量乘以单价", en: "A cost line's amount must equal quantity times unit price" },
    messages: {
      mismatch: {
        zh: "“{item}”金额 {amount}{unit} ≠ 数量 {quantity} × 单价 {price}{priceUnit}（= {product}{unit}）",
        en: "“{item}”: amount {amount} {unit} ≠ quantity {quantity} × unit price {price} {priceUnit} (= {product} {unit})",
      },
    },
    fixable: false,
    hasSuggestions: false,
    examples: {
      invalid: { rows: [...HEAD, ["宣传册印制", 2000, 15, 3.5, "按询价"], ["合计", null, null, 3.5, null]], errors: [["D6", "mismatch"]] },
      valid: { rows: [...HEAD, ["宣传册印制", 2000, 15, 3, "按询价"], ["合计", null, null, 3, null]] },
    },
  },
  check(table) {
    const cost = table.costTable;
    if (!cost) return [];
    const out = [];
    for (const item of cost.items) {
      const { quantity, price, amount } = item;
      if (!quantity || !price || !amount) continue;
      const product = roundMoney(convertMoney(quantity.value * price.value, price.unit, amount.unit));
      if (amountsAgree(amount.value, product, [amount])) continue;
      out.push({
        messageId: "mismatch",
        cell: amount.cell,
        related: [quantity.cell, price.cell],
        data: { item: item.label.value, amount: amount.value, unit: amount.unit, quantity: quantity.value, price: price.value, priceUnit: price.unit, product },
      });
    }
    return out;
  },
};

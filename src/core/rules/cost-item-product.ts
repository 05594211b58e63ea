import { defineRule } from "./types";
import { convertMoney } from "../value/parse-amount";
import { amountsAgree, roundMoney } from "../money/amounts";
import examples from "./examples/cost-item-product.json";

/** A cost line's 金额 is its 数量 × 单价, the units converted (单价 in 元, 金额 in 万元). */
export const costItemProduct = defineRule({
  scope: "project",
  id: "cost-item-product",
  category: "funds",
  severity: "error",
  description: ["成本测算明细的金额应等于数量乘以单价", "A cost line's amount must equal quantity times unit price"],
  messages: {
    mismatch: [
      "“{item}”金额 {amount}{unit} ≠ 数量 {quantity} × 单价 {price}{priceUnit}（= {product}{unit}）",
      "“{item}”: amount {amount} {unit} ≠ quantity {quantity} × unit price {price} {priceUnit} (= {product} {unit})",
    ],
  },
  examples,
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
});

import { defineRule } from "./types";
import { DOUBTFUL_DEFAULT_AMOUNT } from "../vocabulary/units";
import examples from "./examples/unit-unstated.json";

/**
 * A table that states no money unit had its amounts read in the default unit: said once, at its
 * total, when the total is large enough to be in 元 as well (a table kept in 元 is otherwise summed
 * as 万元 without a word).
 */
export const unitUnstated = defineRule({
  scope: "project",
  id: "unit-unstated",
  category: "reading",
  severity: "info",
  description: ["表内未注明金额单位，金额较大时提示按默认单位（万元）读取", "The table states no money unit and its amount is large enough to be in 元; it was read in the default unit (万元)"],
  messages: {
    assumed: [
      "本表未注明金额单位（如“单位：万元”），金额 {total} 按{unit}读取；如实际为元或其他单位，请在表头注明",
      "This table states no money unit (such as 单位：万元); its amount {total} was read as {unit}. If it is in 元 or another unit, state the unit in the heading",
    ],
  },
  examples,
  check(table) {
    const total = table.budget?.total;
    if (table.unitAssumed !== true || !total || total.value < DOUBTFUL_DEFAULT_AMOUNT) return [];
    return [{ messageId: "assumed", cell: total.cell, data: { total: total.value, unit: table.unit } }];
  },
});

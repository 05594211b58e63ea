import { defineRule, eachCellOf } from "./types";
import { level1Of } from "../model/framework";
import examples from "./examples/unknown-level1.json";

/** 一级指标 must be one of 产出 / 效益 / 满意度 / 成本. */
export const unknownLevel1 = defineRule({
  scope: "project",
  id: "unknown-level1",
  category: "structure",
  severity: "error",
  description: ["一级指标应为产出、效益、满意度或成本指标", "Level-1 indicators must be output, benefit, satisfaction or cost"],
  messages: {
    unknown: ["一级指标“{level1}”不是产出、效益、满意度或成本指标", "Level-1 indicator “{level1}” is not output, benefit, satisfaction or cost"],
  },
  examples,
  check: eachCellOf(
    (ind) => ind.level1,
    (l1) => (level1Of(l1.value) === null ? { messageId: "unknown", cell: l1.cell, data: { level1: l1.value } } : null),
  ),
});

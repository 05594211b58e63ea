import { unknownLevel1 } from "../../../src/core/rules/unknown-level1";
import { ruleTester } from "./rule-tester";
import { block, LEGACY_ROWS } from "./fixtures";

ruleTester(unknownLevel1, {
  valid: [
    { name: "the four categories", grid: block({ indicators: LEGACY_ROWS }) },
    { name: "names without 指标 and with score suffixes", grid: block({ indicators: [["产出(50分)", "数量", "培训人数", "≥100人"], ["效益", "社会效益", "业务水平", "有效提升"], ["满意度指标（10分）", "服务对象满意度", "学员满意度", "≥90%"]] }) },
  ],
  invalid: [
    { name: "an unknown 一级", grid: block({ indicators: [["过程指标", "数量指标", "培训人数", "≥100人"], ...LEGACY_ROWS] }), errors: [{ cell: "A6", messageId: "unknown", severity: "error" }] },
    {
      name: "reported once for a vertically merged cell",
      grid: block({ indicators: [["管理指标", "数量指标", "培训人数", "≥100人"], [null, "质量指标", "合格率", "≥95%"]], merges: ["A6:A7"] }),
      errors: [{ cell: "A6", messageId: "unknown", severity: "error" }],
    },
  ],
});

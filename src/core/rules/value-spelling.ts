import { defineRule, eachTargetCell } from "./types";
import { RESPELLING_MESSAGES, respellingReport } from "../indicator/respell";
import examples from "./examples/value-spelling.json";

/** Operator variants (>= ≧ ＝), full-width digits and ％, and stray spaces in a target: fixed to the house spelling. */
export const valueSpelling = defineRule({
  scope: "project",
  id: "value-spelling",
  category: "value",
  severity: "info",
  description: ["指标值写法不规范（运算符、全角字符、空格）", "A target is not in the canonical spelling (operator, full-width characters, spaces)"],
  messages: {
    spelling: ["“{indicator}”指标值“{value}”写法不规范，应写作“{to}”", "Target “{value}” for “{indicator}” is not in the canonical spelling; write “{to}”"],
    ...RESPELLING_MESSAGES,
  },
  fixable: true,
  hasSuggestions: true,
  examples,
  check: eachTargetCell((target, table) => {
    const parsed = target.parsed;
    // Cells with OCR LaTeX are ocr-artefact's; its fix removes these artefacts too.
    if (parsed.kind !== "number" || parsed.artefacts.length === 0 || parsed.artefacts.includes("latex")) return null;
    return respellingReport(table, target, parsed, "spelling");
  }),
});

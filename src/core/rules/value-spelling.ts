import { defineRule, type RuleReport } from "./types";
import { respellingReport } from "../indicator/respell";
import { targetCells } from "../indicator/targets";
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
    respell: ["改为“{to}”", "Change to “{to}”"],
  },
  fixable: true,
  hasSuggestions: true,
  examples,
  check(table) {
    const out: RuleReport[] = [];
    for (const target of targetCells(table)) {
      const parsed = target.parsed;
      // Cells with OCR LaTeX are ocr-artefact's; its fix removes these artefacts too.
      if (parsed.kind !== "number" || parsed.artefacts.length === 0 || parsed.artefacts.includes("latex")) continue;
      out.push(respellingReport(table, target, parsed, "spelling"));
    }
    return out;
  },
});

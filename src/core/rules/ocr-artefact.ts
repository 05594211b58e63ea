import { defineRule, eachTargetCell } from "./types";
import { indicatorName } from "../indicator/names";
import { LATEX_IN_TEXT, RESPELLING_MESSAGES, respellingReport } from "../indicator/respell";
import examples from "./examples/ocr-artefact.json";

/** LaTeX left over from OCR ($\geq 95\%$) in a target cell; the fix writes the plain value (≥95%). */
export const ocrArtefact = defineRule({
  scope: "project",
  id: "ocr-artefact",
  category: "value",
  severity: "warning",
  description: ["指标值含公式排版符号（如 $\\geq$）", "A target contains formula typesetting marks (such as $\\geq$)"],
  messages: {
    latex: [
      "“{indicator}”指标值“{value}”含公式排版符号（如 $\\geq$），应写作“{to}”",
      "Target “{value}” for “{indicator}” contains formula typesetting marks (such as $\\geq$); write “{to}”",
    ],
    latexText: [
      "“{indicator}”指标值“{value}”含公式排版符号（如 $\\geq$），请改用普通符号（≥、%）",
      "Target “{value}” for “{indicator}” contains formula typesetting marks (such as $\\geq$); use plain symbols (≥, %)",
    ],
    ...RESPELLING_MESSAGES,
  },
  fixable: true,
  hasSuggestions: true,
  examples,
  check: eachTargetCell((target, table) => {
    const parsed = target.parsed;
    // The parser counts a lone "$" as LaTeX; a $…$ span or a \command is what OCR leaves.
    if (!LATEX_IN_TEXT.test(target.text)) return null;
    if (parsed.kind === "number") return parsed.artefacts.includes("latex") ? respellingReport(table, target, parsed, "latex") : null;
    // Text that is not a number after all: a person must rewrite it.
    return { messageId: "latexText", cell: target.cell, data: { indicator: indicatorName(target.indicator), value: target.text } };
  }),
});

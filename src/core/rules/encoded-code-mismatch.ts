import { defineRule, type RuleReport } from "./types";
import { CODE_OF_LEVEL1, LEVEL1_BY_CODE, LEVEL2_BY_CODE } from "../vocabulary/categories";
import { displayCategory, isKnownLevel2, level1Of, level2Key } from "../model/framework";
import examples from "./examples/encoded-code-mismatch.json";

/** In encoded list cells ("1-产出指标；12-质量指标；…") the codes must agree with the names and with each other. */
export const encodedCodeMismatch = defineRule({
  scope: "project",
  id: "encoded-code-mismatch",
  category: "structure",
  severity: "error",
  description: ["编码指标中的代码应与指标名称一致", "Codes in encoded indicator lists must agree with the names"],
  messages: {
    level1Code: ["指标“{level3}”：一级代码 {code} 对应{expected}，但名称为“{name}”", "Indicator “{level3}”: level-1 code {code} stands for {expected}, but the name is “{name}”"],
    level2Prefix: [
      "指标“{level3}”：二级代码 {code}（{name}）不属于一级代码 {parent}（{parentName}）",
      "Indicator “{level3}”: level-2 code {code} ({name}) does not belong to level-1 code {parent} ({parentName})",
    ],
    level2Code: ["指标“{level3}”：二级代码 {code} 对应{expected}，但名称为“{name}”", "Indicator “{level3}”: level-2 code {code} stands for {expected}, but the name is “{name}”"],
  },
  examples,
  check(table) {
    const out: RuleReport[] = [];
    for (const ind of table.indicators) {
      const codes = ind.codes;
      if (!codes) continue;
      const cell = table.encodedCell ?? ind.level1?.cell ?? ind.level3?.cell;
      if (!cell) continue;
      const level3 = ind.level3?.value ?? "";
      const code1 = codes.level1;
      const code2 = codes.level2;
      const named1 = ind.level1 ? level1Of(ind.level1.value) : null;
      if (code1 !== undefined && ind.level1 && named1) {
        const expected = LEVEL1_BY_CODE.get(code1);
        if (expected && expected !== named1) {
          out.push({ messageId: "level1Code", cell, data: { level3, code: code1, expected: displayCategory(expected), name: ind.level1.value } });
        }
      }
      if (code2 === undefined || !ind.level2) continue;
      // When the 一级 code is itself wrong, the 二级 code is judged against the 一级 name.
      const parent = (named1 ? CODE_OF_LEVEL1.get(named1) : undefined) ?? code1;
      if (parent !== undefined && code2.length === 2 && code2[0] !== parent) {
        out.push({
          messageId: "level2Prefix",
          cell,
          data: { level3, code: code2, name: ind.level2.value, parent, parentName: ind.level1?.value ?? "" },
        });
        continue;
      }
      const expected = LEVEL2_BY_CODE.get(code2);
      const named = level2Key(ind.level2.value);
      if (expected && isKnownLevel2(ind.level2.value) && expected !== named) {
        out.push({ messageId: "level2Code", cell, data: { level3, code: code2, expected: displayCategory(expected), name: ind.level2.value } });
      }
    }
    return out;
  },
});

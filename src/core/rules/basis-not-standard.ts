import { stripSpaces, toHalfWidth } from "../text/normalize";
import { defineRule, eachCellOf } from "./types";
import { storedValue } from "../model/model";
import { indicatorName } from "../indicator/names";
import { containsAny } from "../indicator/kinds";
import { BASIS_STANDARDS } from "../vocabulary/basis-standards";
import examples from "./examples/basis-not-standard.json";

/** The five kinds of 指标值确定依据 the guidelines name. */
const STANDARDS: readonly string[] = BASIS_STANDARDS.map(([standard]) => standard);

/** A word in a free-written basis that points at exactly one standard ("行业或国家标准" → 行业标准). */
const HINTS: ReadonlyArray<readonly [RegExp, string]> = BASIS_STANDARDS.map(([standard, ...words]) => [containsAny(words), standard]);

/** 指标值确定依据 must be one of 计划标准 / 行业标准 / 历史标准 / 预算支出标准 / 其他标准. */
export const basisNotStandard = defineRule({
  scope: "project",
  id: "basis-not-standard",
  category: "value",
  severity: "warning",
  description: ["指标值确定依据应为计划标准、行业标准、历史标准、预算支出标准或其他标准", "The basis of a target must be one of the five standard kinds"],
  messages: {
    notStandard: ["“{indicator}”的指标值确定依据“{basis}”不是规范类型（{standards}）", "Basis “{basis}” for “{indicator}” is not one of the standard kinds ({standards})"],
    rename: ["改为“{to}”", "Change to “{to}”"],
  },
  hasSuggestions: true,
  examples,
  check: eachCellOf(
    (ind) => ind.basis,
    (basis, ind, table) => {
      const key = stripSpaces(toHalfWidth(basis.value));
      if (key === "" || STANDARDS.includes(key)) return null;
      const to = suggestedStandard(key);
      // A cell decoded from an encoded list holds more than the basis; no edit can target it.
      const editable = ind.codes === undefined && basis.cell !== table.encodedCell;
      return {
        messageId: "notStandard",
        cell: basis.cell,
        data: { indicator: indicatorName(ind), basis: basis.value, standards: STANDARDS.join("、") },
        ...(to !== null && editable ? { suggestions: [{ messageId: "rename", data: { to }, edits: [{ sheet: table.sheet, cell: basis.cell, from: storedValue(basis), to }] }] } : {}),
      };
    },
  ),
});

/** The one standard a free-written basis points at, or null when it names none or several. */
function suggestedStandard(key: string): string | null {
  const hits = new Set(HINTS.filter(([pattern]) => pattern.test(key)).map(([, standard]) => standard));
  return hits.size === 1 ? [...hits][0]! : null;
}

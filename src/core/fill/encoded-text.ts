/**
 * Indicator items in the one-cell encoding of list layouts (seed 003):
 * "1、1-产出指标；12-质量指标；信访事项及时受理率；实施周期指标值:100%；年度指标值:100%。"
 */
import { displayCategory, type Level1 } from "../model/framework";
import type { RenderedIndicator } from "./templates";

/** Which value labels a cell uses: both targets, the annual one only, or a plain 指标值. */
export type EncodedStyle = "both" | "annual" | "plain";

const LEVEL1_CODE: Readonly<Record<Level1, string>> = { 产出: "1", 效益: "2", 满意度: "3", 成本: "4" };
/** Codes and spellings of the 二级, as the budget systems export them. */
const LEVEL2_CODE: Readonly<Record<string, readonly [string, string]>> = {
  数量: ["11", "数量指标"],
  质量: ["12", "质量指标"],
  时效: ["13", "时效指标"],
  成本: ["14", "成本指标"],
  经济效益: ["21", "经济效益"],
  社会效益: ["22", "社会效益"],
  生态效益: ["23", "生态效益"],
  可持续影响: ["24", "可持续影响"],
  服务对象满意度: ["31", "服务对象满意度"],
  经济成本: ["41", "经济成本指标"],
  社会成本: ["42", "社会成本指标"],
  生态环境成本: ["43", "生态环境成本指标"],
};

export function encodedStyleOf(text: string): EncodedStyle {
  const period = /实施周期指标值/u.test(text);
  const annual = /年度指标值/u.test(text);
  if (period && annual) return "both";
  return annual ? "annual" : period ? "both" : "plain";
}

/** Items numbered from `already` + 1, each closed by "。". */
export function encodedItems(rows: readonly RenderedIndicator[], already: number, style: EncodedStyle): string {
  return rows
    .map((r, i) => {
      const [code2, name2] = LEVEL2_CODE[r.level2] ?? ["", displayCategory(r.level2)];
      const value = r.value ?? "";
      const values = style === "both" ? `实施周期指标值:${value}；年度指标值:${value}` : style === "annual" ? `年度指标值:${value}` : `指标值:${value}`;
      const level2 = code2 === "" ? name2 : `${code2}-${name2}`;
      return `${already + i + 1}、${LEVEL1_CODE[r.level1]}-${r.level1Text}；${level2}；${r.level3}；${values}。`;
    })
    .join("");
}

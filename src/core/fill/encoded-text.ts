/**
 * Indicator items in the one-cell encoding of list layouts (examples/seed003-liwan-list.xlsx):
 * "1、1-产出指标；12-质量指标；信访事项及时受理率；实施周期指标值:100%；年度指标值:100%。"
 */
import { displayCategory } from "../model/framework";
import { CODE_OF_LEVEL1, CODE_OF_LEVEL2 } from "../vocabulary/categories";
import { indicatorHeaderWord } from "../vocabulary/labels";
import type { RenderedIndicator } from "./templates";

/** Which value labels a cell uses: both targets, the annual one only, or a plain 指标值. */
export type EncodedStyle = "both" | "annual" | "plain";

export function encodedStyleOf(text: string): EncodedStyle {
  const period = text.includes(indicatorHeaderWord("periodValue"));
  const annual = text.includes(indicatorHeaderWord("annualValue"));
  if (period && annual) return "both";
  return annual ? "annual" : period ? "both" : "plain";
}

/** Items numbered from `already` + 1, each closed by "。". */
export function encodedItems(rows: readonly RenderedIndicator[], already: number, style: EncodedStyle): string {
  return rows
    .map((r, i) => {
      const [code2, name2] = CODE_OF_LEVEL2.get(r.level2) ?? ["", displayCategory(r.level2)];
      const value = r.value ?? "";
      const values = style === "both" ? `实施周期指标值:${value}；年度指标值:${value}` : style === "annual" ? `年度指标值:${value}` : `指标值:${value}`;
      const level2 = code2 === "" ? name2 : `${code2}-${name2}`;
      return `${already + i + 1}、${CODE_OF_LEVEL1.get(r.level1)}-${r.level1Text}；${level2}；${r.level3}；${values}。`;
    })
    .join("");
}

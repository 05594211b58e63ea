import { labelKey } from "../text/normalize";

/**
 * What a template leaves for the filler to replace. Whole-cell placeholders: 指标1, 三级指标2, 具体指标,
 * ……, "..."; placeholders inside a text: XXX / ××, **人 / ≥**%, ○○, （请填写）.
 */
const PLACEHOLDER_CELL = /^(?:(?:三级)?指标[0-9一二三四五六七八九十]{1,2}|具体指标(?:名称)?|指标名称|三级指标|…+|\.{2,}|。{3,}|·{3,})$/u;
// labelKey makes ＸＸ, ＊＊ half-width; an X between letters (XL号) is a word, not a placeholder.
const PLACEHOLDER_PART = /(?<![A-Za-z])[Xx]{2,}(?![A-Za-z])|×{2,}|\*{2,}|○{2,}|□{2,}|请填写|请输入|待填写|待填报|……|\.{3}/u;

/** True when a cell still holds a template's placeholder, whole or in part. */
export function isPlaceholder(text: string): boolean {
  const key = labelKey(text);
  return PLACEHOLDER_CELL.test(key) || PLACEHOLDER_PART.test(key);
}

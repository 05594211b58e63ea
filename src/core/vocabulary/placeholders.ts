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

const NUMERALS = "0-9０-９一二三四五六七八九十";
/**
 * A template's numbering in front of a 三级 name: 指标1： / 指标一: / 三级指标2、 / （1） / 1. / 2、 — never a
 * decimal (1.5米) or a year (2024年).
 */
const NAME_NUMBERING = new RegExp(
  `^\\s*(?:(?:三级)?指标\\s*[${NUMERALS}]{1,2}\\s*[:：、.．]|[(（]\\s*[${NUMERALS}]{1,2}\\s*[)）]|[0-9０-９]{1,2}\\s*[.．、](?![0-9０-９]))\\s*`,
  "u",
);

/**
 * The 三级 name without the template's numbering in front of real text ("指标1：培训人数" → 培训人数). Text
 * that is only the numbering, or the numbering before the template's prompt (指标1：XXX), is left as
 * written: it is a placeholder.
 */
export function indicatorNameWithoutNumbering(text: string): string {
  const m = NAME_NUMBERING.exec(text);
  if (!m) return text;
  const name = text.slice(m[0].length).trim();
  return name === "" || isPlaceholder(name) ? text : name;
}

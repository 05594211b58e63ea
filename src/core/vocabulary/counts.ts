import { alternation } from "./match";

/** The Chinese numerals a count is written in ("每月一次", "十万分之一"). */
export const CHINESE_NUMERALS = "零一二两三四五六七八九十百千万";

/** What a count in Chinese numerals counts: 一次, 三个, 两批, 十万分之一, 九成. */
export const COUNT_WORDS: readonly string[] = ["个", "次", "人", "件", "项", "天", "日", "周", "月", "年", "季", "批", "场", "宗", "台", "套", "分之", "成"];

/** A frequency, which fixes how often: 每年, 每季度, 每月. */
export const FREQUENCY_WORDS: readonly string[] = ["每年", "每半年", "每季度", "每季", "每月", "每周", "每日", "每天"];

const COUNT_IN_WORDS = new RegExp(`[${CHINESE_NUMERALS}]+(?:${alternation(COUNT_WORDS)})|${alternation(FREQUENCY_WORDS)}`, "u");

/** A quantity the value grammar does not read: a count in Chinese numerals or a frequency. */
export function isCountInWords(text: string): boolean {
  return COUNT_IN_WORDS.test(text);
}

/**
 * How instructions state the indicator framework: a sentence that lists the 一级指标 ("一级指标包括成本指标、
 * 产出指标、效益指标、满意度指标") names 成本 among them under the 2021 framework and leaves it out under the
 * legacy one, where 成本 is a 二级 of 产出 ("二级指标中，产出指标包括…成本指标").
 */
import { LEVEL1_NAMES, type Level1 } from "./categories";
import { INDICATOR_HEADER_WORDS } from "./labels";
import { stripSpaces, toHalfWidth } from "../text/normalize";

const wordsOf = (column: "level1" | "level2"): readonly string[] => [...INDICATOR_HEADER_WORDS.find(([c]) => c === column)![1]].sort((a, b) => b.length - a.length);
const LEVEL1_WORDS = wordsOf("level1");
const LEVEL2_WORDS = wordsOf("level2");

/** Where a clause of an instruction ends: a line, a full stop, a semicolon. */
const CLAUSE_BREAK = /[\n\r。;；!！?？]/u;

/** The earliest place one of `words` stands in `key`, with the word found there (the longest at that place). */
function firstOf(key: string, words: readonly string[]): { index: number; word: string } | null {
  let best: { index: number; word: string } | null = null;
  for (const word of words) {
    const index = key.indexOf(word);
    if (index >= 0 && (best === null || index < best.index)) best = { index, word };
  }
  return best;
}

/**
 * The 一级 categories a text lists after the words 一级指标, up to the end of the clause or the 二级指标
 * it goes on to: two names or more, else null (a header cell, a 一级 written alone, prose about something else).
 */
export function level1Listed(text: string): Level1[] | null {
  for (const clause of toHalfWidth(text).split(CLAUSE_BREAK)) {
    const key = stripSpaces(clause);
    const opening = firstOf(key, LEVEL1_WORDS);
    if (!opening) continue;
    let after = key.slice(opening.index + opening.word.length);
    const level2 = firstOf(after, LEVEL2_WORDS);
    if (level2) after = after.slice(0, level2.index);
    const named = LEVEL1_NAMES.filter((name) => after.includes(name));
    if (named.length >= 2) return named;
  }
  return null;
}

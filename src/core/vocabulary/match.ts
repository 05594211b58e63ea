/** The one place matchers are built from the vocabulary's word lists. */

/** A word list: the canonical spelling first, then its synonyms. */
export type WordList = readonly [canonical: string, ...synonyms: string[]];

/** Words that may open or close a label without changing what it is: 其中：…, …（万元）. */
export interface Affixes {
  readonly prefixes?: readonly string[];
  readonly suffixes?: readonly string[];
}

/** Every concatenation of one word from each part, in order: combine(["本级", ""], ["财政资金"]). */
export function combine(...parts: readonly (readonly string[])[]): string[] {
  let out: string[] = [""];
  for (const part of parts) out = out.flatMap((head) => part.map((w) => head + w));
  return out;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}

/** An alternation of the words, longest first so that a longer spelling wins over its prefix. */
export function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");
}

/**
 * A whole-key lookup from kinds to word lists: the key must be one of a kind's words, with one of its
 * prefixes before and one of its suffixes after; the first kind listed wins a word two kinds share.
 */
export function wordIndex<K extends string>(entries: readonly (readonly [K, readonly string[], Affixes?])[]): (key: string) => K | null {
  const index = new Map<string, K>();
  for (const [kind, words, affixes] of entries) {
    for (const key of combine(["", ...(affixes?.prefixes ?? [])], words, ["", ...(affixes?.suffixes ?? [])])) if (!index.has(key)) index.set(key, kind);
  }
  return (key) => index.get(key) ?? null;
}

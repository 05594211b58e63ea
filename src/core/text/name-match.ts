import { stripSpaces, toHalfWidth } from "../text/normalize";

/** Words that project names carry or drop at will: 信访工作经费 = 信访工作经费项目 = 信访工作. */
const NAME_SUFFIX = /(?:项目|经费|费用)$/u;
const YEAR = /(?:19|20)\d{2}年度?/gu;
/** Bracket characters go, their contents stay: "(自有资金)银行利息" keeps 自有资金. */
const BRACKETS_AND_PUNCTUATION = /[()[\]{}<>（）【】〔〕［］《》〈〉「」『』"'“”‘’、，,。.;；:：·\-—–_/\\]/gu;

/** Canonical form of a project name for matching across tables. */
export function projectNameKey(name: string): string {
  let key = stripSpaces(toHalfWidth(name)).replace(YEAR, "").replace(BRACKETS_AND_PUNCTUATION, "");
  for (;;) {
    const shorter = key.replace(NAME_SUFFIX, "");
    if (shorter === key || shorter.length < 2) return key;
    key = shorter;
  }
}

/** Length of the longest common subsequence of two strings (by code point). */
export function lcsLength(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let previous = new Array<number>(y.length + 1).fill(0);
  for (let i = 1; i <= x.length; i++) {
    const current = new Array<number>(y.length + 1).fill(0);
    for (let j = 1; j <= y.length; j++) {
      current[j] = x[i - 1] === y[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    previous = current;
  }
  return previous[y.length]!;
}

const BRACKETED = /[(【〔［[]([^()【】〔〕［］[\]]*)[)】〕］\]]/gu;

/**
 * What the bracketed qualifiers of a name add to the rest of it, as keys:
 * "编外人员经费(清退人员)项目" → ["清退"] (人员 is in the name already).
 */
function qualifiersOf(name: string): string[] {
  const half = toHalfWidth(name);
  const main = new Set(projectNameKey(half.replace(BRACKETED, "")));
  const out: string[] = [];
  for (const m of half.matchAll(BRACKETED)) {
    const distinctive = [...projectNameKey(m[1]!)].filter((ch) => !main.has(ch)).join("");
    if (distinctive !== "") out.push(distinctive);
  }
  return out;
}

/** True when every qualifier of one name is (mostly) present in the other name. */
function qualifiersCovered(name: string, otherKey: string): boolean {
  return qualifiersOf(name).every((q) => 2 * lcsLength(q, otherKey) >= [...q].length);
}

/** A qualifier on one side only (清退, 自有资金) marks another project, not another spelling. */
const QUALIFIER_PENALTY = 0.25;

/** 2·LCS / (|a| + |b|) of the name keys (1 for the same name, 0 for nothing in common), less a penalty for unshared qualifiers. */
export function nameSimilarity(a: string, b: string): number {
  const ka = projectNameKey(a);
  const kb = projectNameKey(b);
  const total = [...ka].length + [...kb].length;
  if (total === 0) return 0;
  const dice = (2 * lcsLength(ka, kb)) / total;
  return qualifiersCovered(a, kb) && qualifiersCovered(b, ka) ? dice : Math.max(0, dice - QUALIFIER_PENALTY);
}

/** Below this similarity two names are not taken for the same project. */
export const NAME_MATCH_THRESHOLD = 0.5;
/** Agreeing amounts break near-ties between similar names (编外人员经费 vs 编外人员经费(清退人员)). */
const AMOUNT_BONUS = 0.1;

/**
 * Pairs items one-to-one by name: the globally best-scoring pairs first, each item used once.
 * `amountsAgree` only reorders pairs that already pass the threshold.
 */
export function matchByName<A, B>(
  left: readonly A[],
  right: readonly B[],
  nameOfLeft: (a: A) => string,
  nameOfRight: (b: B) => string,
  amountsAgree: (a: A, b: B) => boolean,
  threshold = NAME_MATCH_THRESHOLD,
): Map<A, B> {
  const pairs: { i: number; j: number; score: number }[] = [];
  left.forEach((a, i) => {
    right.forEach((b, j) => {
      const similarity = nameSimilarity(nameOfLeft(a), nameOfRight(b));
      if (similarity < threshold) return;
      pairs.push({ i, j, score: similarity + (amountsAgree(a, b) ? AMOUNT_BONUS : 0) });
    });
  });
  pairs.sort((p, q) => q.score - p.score || p.i - q.i || p.j - q.j);
  const usedLeft = new Set<number>();
  const usedRight = new Set<number>();
  const out = new Map<A, B>();
  for (const p of pairs) {
    if (usedLeft.has(p.i) || usedRight.has(p.j)) continue;
    usedLeft.add(p.i);
    usedRight.add(p.j);
    out.set(left[p.i]!, right[p.j]!);
  }
  return out;
}

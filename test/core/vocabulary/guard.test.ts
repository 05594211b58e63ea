/**
 * Every word list lives in src/core/vocabulary: a line elsewhere in src/ that spells two or more
 * words of one vocabulary list as a list (an alternation a|b, or quoted items "a", "b") is a copy.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { CATEGORY_SUFFIXES, LEVEL1_NAMES, LEVEL2_2021, LEVEL2_LEGACY, LEVEL2_SYNONYMS } from "../../../src/core/vocabulary/categories";
import { AMOUNT_SUFFIXES, FUND_SOURCE_WORDS, HEAD_LABEL_WORDS, INDICATOR_HEADER_WORDS, INDICATOR_PART_WORDS, SECTION_ENDINGS, TARGET_TITLE_WORDS, TITLE_VERBS, TOTAL_WORDS } from "../../../src/core/vocabulary/labels";
import { COST_COLUMN_WORDS } from "../../../src/core/vocabulary/cost-table";
import { TASK_AMOUNT_WORDS, TASK_NAME_WORDS } from "../../../src/core/vocabulary/department";
import { FUNDS_ROLE_WORDS, SELF_EVALUATION_FUNDS_WORDS, SELF_EVALUATION_INDICATOR_WORDS } from "../../../src/core/vocabulary/self-evaluation";
import { LATEX_COMMANDS } from "../../../src/core/vocabulary/latex";
import {
  AGENCY_CODE_WORDS,
  AGENCY_NAME_ENDINGS,
  AMOUNT_HEADER_ENDINGS,
  CLASSIFICATION_WORDS,
  CODE_HEADER_ENDINGS,
  INCOME_EXPENSE_AMOUNT_WORDS,
  LIST_FISCAL_OPENINGS,
  LIST_OTHER_WORDS,
  LIST_TEXT_WORDS,
  LIST_TOTAL_WORDS,
  NAME_HEADER_ENDINGS,
  OTHER_TABLE_TITLE_ENDINGS,
  SPENDING_COLUMN_OPENINGS,
  TABLE_HEADER_HINTS,
} from "../../../src/core/vocabulary/list-headers";
import { FOOTER_WORDS, NOTE_WORDS } from "../../../src/core/vocabulary/notes";
import { DIRECTION_WORDS, OPERATOR_WORDS, SUFFIX_WORDS } from "../../../src/core/vocabulary/operators";
import * as INDICATOR_NAMES from "../../../src/core/vocabulary/indicator-names";
import { BASIS_STANDARDS } from "../../../src/core/vocabulary/basis-standards";
import * as TARGET_WORDS from "../../../src/core/vocabulary/target-words";
import { UNIT_ALIASES, UNIT_FAMILIES } from "../../../src/core/vocabulary/units";

const ROOT = join(__dirname, "../../..");
const SRC = join(ROOT, "src");
const VOCABULARY = join(SRC, "core/vocabulary");

/**
 * The lists, each named; only words of two characters or more count (one character is too common), four for LaTeX (&lt; is XML).
 * A list whose words are also single values compared in code (a 收入 or 支出 side, a 基本支出 column) counts from three
 * of its words on a line.
 */
export const LISTS: readonly (readonly [string, readonly string[], number?, number?])[] = [
  ...HEAD_LABEL_WORDS.map(([kind, words]) => [`head label ${kind}`, words] as const),
  ...INDICATOR_HEADER_WORDS.map(([kind, words]) => [`indicator header ${kind}`, words] as const),
  ["indicator part labels", INDICATOR_PART_WORDS],
  ["totals", TOTAL_WORDS],
  ...FUND_SOURCE_WORDS.map(([kind, words]) => [`fund source ${kind}`, words] as const),
  ["notes", NOTE_WORDS],
  ["footers", FOOTER_WORDS],
  ["operator words", OPERATOR_WORDS.map(([w]) => w)],
  ["direction words", DIRECTION_WORDS.map(([w]) => w)],
  ["suffix words", SUFFIX_WORDS.map(([w]) => w)],
  ["latex commands", LATEX_COMMANDS.map(([c]) => c), 4],
  ...COST_COLUMN_WORDS.map(([kind, words]) => [`cost header ${kind}`, words] as const),
  ["department task names", TASK_NAME_WORDS],
  ...TASK_AMOUNT_WORDS.map(([kind, words]) => [`department task amount ${kind}`, words] as const),
  ...SELF_EVALUATION_FUNDS_WORDS.map(([kind, words]) => [`self-evaluation funds ${kind}`, words] as const),
  ...SELF_EVALUATION_INDICATOR_WORDS.map(([kind, words]) => [`self-evaluation indicator ${kind}`, words] as const),
  ...LIST_TEXT_WORDS.map(([kind, words]) => [`list header ${kind}`, words] as const),
  ["list totals", LIST_TOTAL_WORDS],
  ["list other", LIST_OTHER_WORDS],
  ["list fiscal", LIST_FISCAL_OPENINGS],
  ["income-expense amounts", INCOME_EXPENSE_AMOUNT_WORDS],
  ["一级", LEVEL1_NAMES, 2, 3],
  ["二级 2021", Object.values(LEVEL2_2021).flat()],
  ["二级 legacy", Object.values(LEVEL2_LEGACY).flat()],
  ...LEVEL2_SYNONYMS.map((list) => [`二级 ${list[0]}`, list] as const),
  ["category suffixes", CATEGORY_SUFFIXES],
  ["table header hints", TABLE_HEADER_HINTS],
  ["code header endings", CODE_HEADER_ENDINGS],
  ["name header endings", NAME_HEADER_ENDINGS],
  ["spending columns", SPENDING_COLUMN_OPENINGS.flatMap(([, words]) => words), 2, 3],
  ["amount header endings", AMOUNT_HEADER_ENDINGS, 2, 3],
  ["classifications", CLASSIFICATION_WORDS.flatMap(([, words]) => words)],
  ["agency code words", AGENCY_CODE_WORDS],
  ["agency name endings", AGENCY_NAME_ENDINGS],
  ["other table titles", OTHER_TABLE_TITLE_ENDINGS],
  ["title verbs", TITLE_VERBS],
  ["target title words", TARGET_TITLE_WORDS],
  ["section endings", SECTION_ENDINGS],
  ["amount suffixes", AMOUNT_SUFFIXES],
  ...FUNDS_ROLE_WORDS.map(([kind, words]) => [`self-evaluation funds ${kind} words`, words] as const),
  // Objects and staff are everyday nouns (fill templates key on 设备, 聘用): only the lists of judgement words are guarded.
  ...Object.entries(INDICATOR_NAMES)
    .filter(([name]) => name !== "OBJECT_WORDS" && name !== "STAFF_WORDS")
    .map(([name, list]) => [`indicator names ${name}`, list] as const),
  ["basis standards", BASIS_STANDARDS.map(([standard]) => standard)],
  ...BASIS_STANDARDS.map(([standard, ...words]) => [`basis words ${standard}`, words] as const),
  // 当年 / 本年 also open a self-evaluation's funds labels: deadlines are guarded from three characters up.
  ...Object.entries(TARGET_WORDS).map(([name, list]) => [`target words ${name}`, list, name === "DEADLINE_WORDS" ? 3 : undefined] as const),
  ...Object.entries(UNIT_FAMILIES).map(([family, units]) => [`units ${family}`, units] as const),
  ["unit spellings", [...UNIT_ALIASES.keys()]],
];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return path === VOCABULARY ? [] : sources(path);
    return /\.tsx?$/u.test(name) ? [path] : [];
  });
}

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");

/** Where a line spells two words of one list as list items: between |, quotes, brackets or (?: … ). */
export function copiesIn(text: string): string[] {
  const out: string[] = [];
  const lines = text.split("\n");
  for (const [name, list, minLength, minCount] of LISTS) {
    const words = [...new Set(list.filter((w) => w.length >= (minLength ?? 2)))];
    const item = new RegExp(`(?<=^|[|"'\`(:\\[,]\\s*)(?:${words.map(escape).join("|")})(?=\\s*[|"'\`),\\]])`, "gu");
    lines.forEach((line, i) => {
      // Comments name words; a type union names a list's kinds, checked by the compiler against the data.
      if (/^\s*(?:\/\/|\*|\/\*\*|(?:export )?type )/u.test(line)) return;
      const found = new Set(line.match(item) ?? []);
      if (found.size >= (minCount ?? 2)) out.push(`${i + 1}: ${name}: ${[...found].join(", ")}`);
    });
  }
  return out;
}

describe("word lists are defined only in src/core/vocabulary", () => {
  it("finds a copy when one is written", () => {
    expect(copiesIn(`const AGENCY = /^(?:预算单位|主管部门)$/u;`)).toEqual(["1: head label agency: 预算单位, 主管部门", "1: list header agency: 预算单位, 主管部门"]);
    expect(copiesIn(`if (l2 === "数量" || l2 === "质量") return l2;`)).toEqual(["1: 二级 2021: 数量, 质量", "1: 二级 legacy: 数量, 质量"]);
    expect(copiesIn(`const NOTES = ["注", "备注", "填报说明"];`)).toEqual(["1: notes: 备注, 填报说明"]);
    expect(copiesIn(`zh: "预算数 {total} ≠ 财政资金 {fiscal} + 其他资金 {other}"`)).toEqual([]);
    expect(copiesIn(`const FAILURE_RATE = /(?:故障|投诉)率$/u;`)).toEqual(["1: indicator names UNDESIRABLE_WORDS: 故障, 投诉", "1: indicator names UNDESIRABLE_RATE_STEMS: 故障, 投诉"]);
    expect(copiesIn(`const MONEY = ["万元", "亿元"];`)).toEqual(["1: amount suffixes: 万元, 亿元", "1: units money: 万元, 亿元"]);
  });

  it.each(sources(SRC).map((p) => [relative(ROOT, p)]))("%s keeps no copy of a vocabulary list", (file) => {
    expect(copiesIn(readFileSync(join(ROOT, file), "utf8"))).toEqual([]);
  });
});

/** The reader's and the filler's folders: here even one Chinese word in a regular expression belongs in the vocabulary. */
const READER_FOLDERS = ["core/parse", "core/layouts", "core/fill", "core/model"].map((f) => join(SRC, f));

/** A regular expression literal: /…/flags after an operator, a bracket or a comma (never a division or a comment). */
const REGEX_LITERAL = /(?<=[=(,:!&|?{};[]\s*|return\s+)\/(?![/*])(?:\\.|\[(?:\\.|[^\]\\\n])*\]|[^/\\\n[])+\/[dgimsuy]*/gu;
const CHINESE = /[\u4e00-\u9fa5]/u;

/** Where a line writes a regular expression literal that spells a Chinese word (a word list or one word of it). */
export function chineseRegexesIn(text: string): string[] {
  const out: string[] = [];
  text.split("\n").forEach((line, i) => {
    if (/^\s*(?:\/\/|\*|\/\*)/u.test(line)) return;
    for (const literal of line.replace(/\s\/\/\s.*$/u, "").match(REGEX_LITERAL) ?? []) if (CHINESE.test(literal)) out.push(`${i + 1}: ${literal}`);
  });
  return out;
}

describe("the reader, the layouts, fill and the model spell no Chinese word in a regular expression", () => {
  it("finds one when it is written, and leaves comments, strings and built expressions alone", () => {
    expect(chineseRegexesIn(`const CODE_HEADER = /(?:编码|代码|科目编号)$/u;`)).toEqual(["1: /(?:编码|代码|科目编号)$/u"]);
    expect(chineseRegexesIn(`  if (/^总分/u.test(key)) return;`)).toEqual(["1: /^总分/u"]);
    expect(chineseRegexesIn(`  return key.startsWith(TOTAL_SCORE_OPENING) && /^\\d+$/u.test(x); // 总分/得分`)).toEqual([]);
    expect(chineseRegexesIn(`const ratio = a / b / 2; // 万元/人`)).toEqual([]);
    expect(chineseRegexesIn(`/** 一级/二级 */\nconst X = new RegExp(\`^\${alternation(WORDS)}$\`, "u");`)).toEqual([]);
  });

  it.each(READER_FOLDERS.flatMap(sources).map((p) => [relative(ROOT, p)]))("%s", (file) => {
    expect(chineseRegexesIn(readFileSync(join(ROOT, file), "utf8"))).toEqual([]);
  });
});

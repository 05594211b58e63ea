/**
 * One table test per list moved into the vocabulary from the reader, the layouts, fill and the model:
 * every word of a list does what its list says, through the matcher the code uses.
 */
import { categoryKeyOf, CATEGORY_SUFFIXES, LEVEL1_NAMES, looksEncodedList, POINTS_UNIT, REQUIRED_LEVEL1 } from "../../../src/core/vocabulary/categories";
import {
  AMOUNT_SUFFIXES,
  endsAsSection,
  indicatorHeaderWord,
  isAmountText,
  isLevelHeaderWord,
  isTableTitle,
  isYearOrTitleRemnant,
  LABEL_AMOUNT_PAIR,
  mayBeIndicatorHeaderKey,
  INDICATOR_HEADER_WORDS,
  SECTION_ENDINGS,
  soundsLikeTargetTable,
  STATED_UNITS,
  TARGET_TITLE_WORDS,
  TITLE_VERBS,
  withoutBracketedUnit,
  withoutPartOpening,
  withoutTitleTail,
  yearsNamed,
} from "../../../src/core/vocabulary/labels";
import {
  AGENCY_CODE_WORDS,
  AGENCY_NAME_ENDINGS,
  AMOUNT_HEADER_ENDINGS,
  classificationOf,
  CLASSIFICATION_WORDS,
  CODE_HEADER_ENDINGS,
  CODE_PART_WORDS,
  codesAgencies,
  isAgencyName,
  isAmountHeader,
  isCodeHeader,
  isCodePart,
  isNameHeader,
  isProjectNameHeader,
  isSummaryTitle,
  mayBeTableHeaderKey,
  NAME_HEADER_ENDINGS,
  opensOtherTable,
  OTHER_TABLE_TITLE_ENDINGS,
  SPENDING_COLUMN_OPENINGS,
  spendingColumnOf,
  TABLE_HEADER_HINTS,
} from "../../../src/core/vocabulary/list-headers";
import { FUNDS_ROLE_WORDS, FUNDS_YEAR_OPENINGS, fundsRoleByWords, isSelfEvaluationTitle, SELF_EVALUATION_TITLE_ENDINGS, withoutYearOpening } from "../../../src/core/vocabulary/self-evaluation";

const each = (words: readonly string[]): [string][] => words.map((w) => [w]);

describe("code-table and list header words", () => {
  it.each(each(CODE_HEADER_ENDINGS))("科目%s is a code header, and its name column is not", (w) => {
    expect([isCodeHeader(`科目${w}`), isCodeHeader(w), isCodeHeader(`${w}说明`)]).toEqual([true, true, false]);
  });
  it.each(each(NAME_HEADER_ENDINGS))("单位%s is a name header", (w) => expect([isNameHeader(`单位${w}`), isNameHeader(`${w}编码`)]).toEqual([true, false]));
  it.each(each(CODE_PART_WORDS))("%s is a part of a 科目编码", (w) => expect([isCodePart(w), isCodePart(`${w}级`)]).toEqual([true, false]));
  it.each(each(TABLE_HEADER_HINTS))("a row with %s may be a table header", (w) => expect(mayBeTableHeaderKey(`支出${w}`)).toBe(true));
  it("only 项目名称 at the start names a list's project column", () => {
    expect([isProjectNameHeader("项目名称（资金使用单位）"), isProjectNameHeader("项目名称"), isProjectNameHeader("子项目名称")]).toEqual([true, true, false]);
  });
  it.each(SPENDING_COLUMN_OPENINGS.flatMap(([kind, words]) => words.map((w) => [w, kind])))("%s… is a %s column", (w, kind) => {
    expect([spendingColumnOf(w), spendingColumnOf(`${w}合计`), spendingColumnOf(`其中${w}`)]).toEqual([kind, kind, null]);
  });
  it.each(each(AMOUNT_HEADER_ENDINGS))("本年%s is an amount column", (w) => expect(isAmountHeader(`本年${w}`)).toBe(true));
  it.each(CLASSIFICATION_WORDS.flatMap(([kind, words]) => words.map((w) => [w, kind])))("a header with %s classifies by %s", (w, kind) => expect(classificationOf(`支出${w}科目`)).toBe(kind));
  it.each(each(AGENCY_CODE_WORDS))("%s编码 codes agencies", (w) => expect(codesAgencies(`${w}编码`)).toBe(true));
  it.each(each(AGENCY_NAME_ENDINGS))("某某%s is an agency's name", (w) => expect(isAgencyName(`某某${w}`)).toBe(true));
  it.each(each(OTHER_TABLE_TITLE_ENDINGS))("部门支出%s opens another table", (w) => expect(opensOtherTable(`部门${w}`)).toBe(true));
  it("a title ends with 表 and is not a table's number", () => {
    expect([isSummaryTitle("部门收支总体情况表"), isSummaryTitle("预算公开表"), opensOtherTable("预算公开表1"), isAmountHeader("项目")]).toEqual([true, false, true, false]);
  });
});

describe("indicator header words", () => {
  it.each(INDICATOR_HEADER_WORDS.filter(([c]) => c === "level1" || c === "level2").flatMap(([, words]) => words.map((w) => [w])))("%s passes the cheap look for an indicator header", (w) => {
    expect(mayBeIndicatorHeaderKey(w)).toBe(true);
  });
  it("the canonical words are the first of their lists, and only 一级/二级/三级指标 are level headers", () => {
    expect([indicatorHeaderWord("level1"), indicatorHeaderWord("annualValue"), indicatorHeaderWord("periodValue")]).toEqual(["一级指标", "年度指标值", "实施周期指标值"]);
    expect(["一级指标", "二级指标", "三级指标", "具体指标", "产出指标"].map(isLevelHeaderWord)).toEqual([true, true, true, false, false]);
  });
  it.each(each(SECTION_ENDINGS))("成本测算%s closes the indicator part", (w) => expect(endsAsSection(`成本${w}`)).toBe(true));
});

describe("titles and names", () => {
  it.each(each(TITLE_VERBS))("绩效目标%s表 is a title, and its tail is no name", (w) => {
    expect(isTableTitle(`某项目绩效目标${w}表`)).toBe(true);
    expect(withoutTitleTail(`某项目支出绩效目标${w}表（2024年）`)).toBe("某");
  });
  it.each(each(TARGET_TITLE_WORDS))("a sheet named 某%s promises a target table", (w) => expect(soundsLikeTargetTable(`某${w}`)).toBe(true));
  it.each([["2023年", true], ["2023-2025年度", true], ["2024年度项目支出绩效目标申报表", true], ["信访维稳经费", false]])("%s is a year or a title's remnant: %s", (key, yes) => {
    expect(isYearOrTitleRemnant(key)).toBe(yes);
  });
  it("names the years a text names", () => expect(yearsNamed("（2023年）2024 年预算，2024年")).toEqual([2023, 2024, 2024]));
});

describe("money words", () => {
  it.each(each(STATED_UNITS))("项目资金（%s） without its unit", (w) => expect([withoutBracketedUnit(`项目资金（${w}）`), withoutBracketedUnit(`项目资金(${w})`)]).toEqual(["项目资金", "项目资金"]));
  it.each(each(AMOUNT_SUFFIXES))("1,200.50%s is an amount, and a label：amount pair", (w) => {
    expect(isAmountText(`1,200.50${w}`)).toBe(true);
    expect(LABEL_AMOUNT_PAIR.exec(`财政拨款：1,200.50${w}`)?.slice(1)).toEqual(["财政拨款", `1,200.50${w}`]);
  });
  it("其中 opens a part with or without its mark", () => {
    expect(["其中：财政资金", "其中:财政资金", "其中，财政资金", "其中财政资金"].map(withoutPartOpening)).toEqual(["财政资金", "财政资金", "财政资金", "财政资金"]);
  });
});

describe("categories", () => {
  it.each(each(CATEGORY_SUFFIXES))("数量%s → 数量", (w) => expect([categoryKeyOf(`数量${w}`), categoryKeyOf(`1-数量${w}（20${POINTS_UNIT}）`)]).toEqual(["数量", "数量"]));
  it.each(each(LEVEL1_NAMES))("1-%s指标 is an encoded list", (w) => expect([looksEncodedList(`1、1-${w}指标；`), looksEncodedList(`${w}指标`)]).toEqual([true, false]));
  it("requires 成本 first under 2021 and not under legacy", () => expect(REQUIRED_LEVEL1).toEqual({ "2021": ["成本", "产出", "效益", "满意度"], legacy: ["产出", "效益", "满意度"] }));
});

describe("self-evaluation words", () => {
  it.each(each(SELF_EVALUATION_TITLE_ENDINGS))("项目支出绩效自评… ending %s is a self-evaluation title", (w) => expect(isSelfEvaluationTitle(w === "表" ? "项目支出绩效自评表" : "项目绩效自评")).toBe(true));
  it("自评 elsewhere is no title", () => expect(isSelfEvaluationTitle("自评得分说明")).toBe(false));
  it.each(each(FUNDS_YEAR_OPENINGS))("%s财政拨款 → 财政拨款", (w) => expect(withoutYearOpening(`${w}财政拨款`)).toBe("财政拨款"));
  it.each(FUNDS_ROLE_WORDS.flatMap(([kind, words]) => words.map((w) => [w, kind])))("年度资金%s is %s", (w, kind) => expect(fundsRoleByWords(`年度资金${w}`)).toBe(kind));
});

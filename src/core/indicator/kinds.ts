/**
 * What an indicator measures, read from its category and its 三级 name: a rate, a satisfaction, a cost,
 * a duration, a head count, something undesirable.
 */
import type { Indicator } from "../model/model";
import { level1Of, level2Key } from "../model/framework";
import { LEVEL2_2021, LEVEL2_BY_CODE } from "../vocabulary/categories";
import {
  AREA_WORDS,
  CHANGE_WORDS,
  COST_LIKE_WORDS,
  DURATION_WORDS,
  HEAD_COUNT_WORDS,
  NOT_A_PROPORTION_ENDINGS,
  OBJECT_WORDS,
  PER_UNIT_WORDS,
  PERSON_MARKS,
  RATE_ENDINGS,
  REMEDY_WORDS,
  SATISFACTION_WORDS,
  SAVING_WORDS,
  STAFF_WORDS,
  TOTAL_AMOUNT_WORDS,
  UNDESIRABLE_WORDS,
} from "../vocabulary/indicator-names";
import { alternation } from "../vocabulary/match";

/** The category a target is judged by: the 二级 under 产出, 成本 (either framework), 效益 or 满意度. */
export type IndicatorKind = "数量" | "质量" | "时效" | "成本" | "效益" | "满意度";

/** Which kind of cost, for the 2021 framework's 经济 / 社会 / 生态环境 split (legacy 成本 counts as 经济). */
export type CostKind = "经济" | "社会" | "生态";

/** The 二级 under 产出 that a target is judged by: 数量, 质量, 时效. */
const OUTPUT_KINDS: ReadonlySet<string> = new Set(LEVEL2_2021.产出);

export function indicatorKind(ind: Indicator): IndicatorKind | null {
  const l1 = ind.level1 ? level1Of(ind.level1.value) : null;
  const l2 = ind.level2 ? level2Key(ind.level2.value) : "";
  if (l1 === "成本" || /成本$/u.test(l2)) return "成本";
  if (OUTPUT_KINDS.has(l2)) return l2 as IndicatorKind;
  if (l2.includes("满意")) return "满意度";
  if (l1 === "满意度") return "满意度";
  if (l1 === "效益") return "效益";
  // Encoded list codes of the 二级 (11 数量, 12 质量, 13 时效), used when the name is missing.
  const coded = ind.codes?.level2 ? LEVEL2_BY_CODE.get(ind.codes.level2) : undefined;
  const byCode = coded !== undefined && OUTPUT_KINDS.has(coded) ? (coded as IndicatorKind) : undefined;
  if (byCode && (l1 === null || l1 === "产出")) return byCode;
  return null;
}

export function costKind(ind: Indicator): CostKind | null {
  if (indicatorKind(ind) !== "成本") return null;
  const l2 = ind.level2 ? level2Key(ind.level2.value) : "";
  if (l2.startsWith("社会")) return "社会";
  if (l2.startsWith("生态")) return "生态";
  return "经济";
}

/** A matcher for names containing one of the words. */
export function containsAny(words: readonly string[]): RegExp {
  return new RegExp(alternation(words), "u");
}

/** A matcher for names ending in one of the words. */
export function endsWithAny(words: readonly string[]): RegExp {
  return new RegExp(`(?:${alternation(words)})$`, "u");
}

/** A test of a 三级 name: it carries one of the words (`carries`) and none of `unless`. */
function nameTest(carries: RegExp, unless?: RegExp): (name: string) => boolean {
  return unless ? (name) => carries.test(name) && !unless.test(name) : (name) => carries.test(name);
}

/** A proportion bounded by 100%: 合格率, 覆盖率, 比例, 占比 (satisfaction is separate). */
export const isRateName = nameTest(endsWithAny(RATE_ENDINGS), endsWithAny(NOT_A_PROPORTION_ENDINGS));

export const isSatisfactionName = nameTest(containsAny(SATISFACTION_WORDS));

/** Growth and change rates can pass 100% (增长率 120% means more than doubling). */
export const isChangeName = nameTest(containsAny(CHANGE_WORDS));

/** Things a project wants fewer of, unless the name is about handling them (故障修复率). */
export const isUndesirableName = nameTest(containsAny(UNDESIRABLE_WORDS), containsAny(REMEDY_WORDS));

/** Money or consumption named in the 三级 (管理费用率, 成本率): an upper bound may be right. */
export const isCostLikeName = nameTest(containsAny(COST_LIKE_WORDS));

/** Time taken (时间, 天数, 时长 …): for 时效 targets an upper bound is the right direction. */
export const isDurationName = nameTest(containsAny(DURATION_WORDS));

/** Savings under 成本 (节约额, 压减额) are lower bounds. */
export const isSavingName = nameTest(containsAny(SAVING_WORDS));

/** A count of people: 培训人数, 人员数量, 参与人次. */
export const isHeadCountName = nameTest(containsAny(HEAD_COUNT_WORDS));

/** Staff on the payroll: their number is capped by the establishment (编制), so ≤ is a legitimate target. */
export const isStaffName = nameTest(containsAny(STAFF_WORDS));

/** Physical objects: counting them in 人 is a slip. */
export const isObjectName = nameTest(containsAny(OBJECT_WORDS), containsAny(PERSON_MARKS));

export const isAreaName = nameTest(containsAny(AREA_WORDS));

/** The cost of one unit, person or item (单个驿站年运营补贴, 人均培训成本, 每平方米管护成本). */
export const isPerUnitName = nameTest(containsAny(PER_UNIT_WORDS));

/** A cost that totals the others beside it (补贴总额, 成本合计). */
export const isTotalAmountName = nameTest(containsAny(TOTAL_AMOUNT_WORDS));

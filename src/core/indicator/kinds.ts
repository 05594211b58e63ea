/**
 * What an indicator measures, read from its category and its 三级 name: a rate, a satisfaction, a cost,
 * a duration, a head count, something undesirable.
 */
import type { Indicator } from "../model/model";
import { level1Of, level2Key } from "../model/framework";
import { LEVEL2_2021, LEVEL2_BY_CODE } from "../vocabulary/categories";

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

/** Words ending in 率 that are not proportions: 效率, 频率, 功率 … carry their own units. */
const NOT_A_PROPORTION = /(?:效|频|功|速|帧|辨|汇)率$/u;

/** A proportion bounded by 100%: 合格率, 覆盖率, 比例, 占比 (satisfaction is separate). */
export function isRateName(name: string): boolean {
  return /(?:率|比例|比率|比重|占比)$/u.test(name) && !NOT_A_PROPORTION.test(name);
}

export function isSatisfactionName(name: string): boolean {
  return /满意(?:度|率)/u.test(name);
}

/** Growth and change rates can pass 100% (增长率 120% means more than doubling). */
export function isChangeName(name: string): boolean {
  return /增长|增幅|增速|增加|提高|提升|上升|下降|降低|减少|同比|环比|上年|去年|同期|基期|超额|倍/u.test(name);
}

/** Things a project wants fewer of; for them an upper bound (≤) is the right direction. */
const UNDESIRABLE = new RegExp(
  [
    "故障|投诉|事故|差错|错误|出错|误|漏|偏差|违规|违纪|违法|违约|上访|非正常|越级|缠访|闹访|集体访|重复访|重复信访",
    "失误|超支|超标|超期|超时|逾期|延误|滞后|滞留|拖欠|欠薪|积压|发生率|不合格|不达标|不满意|不良|坏账|差评|损失|损耗|流失",
    "失败|返工|返修|退回|缺陷|隐患|次品|废品|空置|闲置|结余|清退|辍学|退学|缺勤|离职|失业|返贫|发病|患病|复发|感染|阳性",
    "死|伤亡|案发|发案|犯罪|诉讼|纠纷|复查|复核|申诉|风险|负面|舆情|能耗|排放|污染|噪声|拥堵|停机|停电|掉线|无效|报废|淘汰|退货",
  ].join("|"),
  "u",
);

/** Handling the undesirable thing is desirable: 故障修复率, 投诉办结率, 重复信访事项化解率. */
const REMEDY = /处理|处置|办结|办理|修复|整改|解决|化解|回复|答复|排除|查处|结案|响应|消除|清零|受理|调处|防范|防控|管控|监测|排查/u;

export function isUndesirableName(name: string): boolean {
  return UNDESIRABLE.test(name) && !REMEDY.test(name);
}

/** Money or consumption named in the 三级 (管理费用率, 成本率): an upper bound may be right. */
export function isCostLikeName(name: string): boolean {
  return /费|成本|支出|开支|耗|价格|单价|税/u.test(name);
}

/** Time taken (时间, 天数, 时长 …): for 时效 targets an upper bound is the right direction. */
export function isDurationName(name: string): boolean {
  return /时间|时长|天数|日数|周期|用时|耗时|时限|期限|工期/u.test(name);
}

/** Savings under 成本 (节约额, 压减额) are lower bounds. */
export function isSavingName(name: string): boolean {
  return /节约|节省|节支|压减|压缩|降低|减少|下降/u.test(name);
}

/** A count of people: 培训人数, 人员数量, 参与人次. */
export function isHeadCountName(name: string): boolean {
  return /人数|人员数量|人员数|人次/u.test(name);
}

/** Staff on the payroll: their number is capped by the establishment (编制), so ≤ is a legitimate target. */
export function isStaffName(name: string): boolean {
  return /人员|员工|职工|干部|文员|编制|在职|在编|部门人数|保障人数|机关|聘用|编外|保安|顾问|工作人员/u.test(name);
}

/** Physical objects: counting them in 人 is a slip. */
export function isObjectName(name: string): boolean {
  return (
    /设备|系统|机柜|摄像|车辆|电脑|计算机|服务器|终端|软件|硬件|设施|场所|房屋|手册|宣传册|资料|器材|物资/u.test(name) &&
    !/人|员|户|群众|对象|者/u.test(name)
  );
}

export function isAreaName(name: string): boolean {
  return name.includes("面积");
}

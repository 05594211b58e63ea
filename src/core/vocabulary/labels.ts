/**
 * The words that mark labels and headers in published tables, with their synonyms, as data.
 * Matchers take a whole label key (see labelKey): half-width, no spaces, no trailing colon.
 */
import { alternation, combine, wordIndex, type Affixes, type WordList } from "./match";
import { AMOUNT_SUFFIX_FACTORS, MONEY_UNITS, type MoneyUnit } from "./units";

export type HeadLabel =
  | "projectName"
  | "projectCode"
  | "agency"
  | "manager"
  | "budgetGroup"
  | "total"
  | "periodTotal"
  | "fiscal"
  | "specialAccount"
  | "upperLevel"
  | "other"
  | "plan"
  | "goal"
  | "use"
  | "unit";

const UNIT: Affixes = { suffixes: ["(万元)", "(元)"] };
/** 其中：财政资金 — the amount lines under a total. */
const PART: Affixes = { prefixes: ["其中", "其中:", "其中,", "其中、"], suffixes: UNIT.suffixes! };

/** Head labels of a block, by what they mean; each list canonical first. */
export const HEAD_LABEL_WORDS: readonly (readonly [HeadLabel, WordList, Affixes?])[] = [
  ["projectName", ["项目名称", "项目名", "项目全称", "项目"], UNIT],
  ["projectCode", ["项目编码", "项目代码", "项目编号"]],
  ["agency", ["预算单位", "预算单位名称", "单位名称", "主管部门", "主管部门及代码", "实施单位", "项目单位", "部门名称", "资金使用单位", "申报单位", "部门(单位)名称", "预算部门", "填报单位", "编制单位", "项目实施单位"]],
  ["manager", ["项目负责人", "负责人", "联系人", "联系电话"]],
  ["budgetGroup", ["项目资金", "预算规模及资金用途", "项目资金情况", "资金情况", "项目资金规模", "资金规模", "预算规模", "资金来源"], UNIT],
  ["total", ["预算数", "预算", "预算金额", "年度预算总额", "年度资金总额", "预算总额", "资金总额", "项目总额", "项目资金总额", "总金额", "项目预算数", "年度预算数", "本年预算数", "本年资金总额", "申请金额", "申报金额", "项目金额", "预算安排数", "预算安排金额", "安排金额", "申请数", "申报数"], UNIT],
  // The whole implementation period's money, written beside the year's in mid-term templates; never the year's total.
  ["periodTotal", combine(["实施期", "实施周期", "项目周期", "中期", "项目期"], ["资金总额", "预算总额", "总额", "资金"]) as unknown as WordList, UNIT],
  ["fiscal", [...combine(["", "本级", "中央", "省级", "市级", "区级", "县级", "上级"], ["财政资金", "财政拨款", "财政拨款资金", "财政预算资金", "财政性资金", "财政预算拨款"]), "一般公共预算", "一般公共预算拨款", "一般公共预算资金", "政府性基金", "政府性基金拨款", "政府性基金预算", "政府性基金预算拨款", "国有资本经营预算拨款", "政府性基金预算资金", "国有资本经营预算", "国有资本经营预算资金", "一般公共预算拨款资金", "本级财力", "地方财力", "债券资金", "专项债券资金", "政府债券资金", "一般债券资金"] as unknown as WordList, PART],
  ["specialAccount", ["财政专户拨款", "财政专户管理资金", "财政专户资金", "财政专户", "纳入财政专户管理的收入", "纳入专户管理的收入", "财政专户管理的收入", "财政专户管理收入"], PART],
  ["upperLevel", ["上级补助资金", "上级补助", "上级资金", "上级专项资金", "上级转移支付资金", "上级转移支付", "补助资金"], PART],
  ["other", ["其他资金", "其它资金", "其他资金来源", "自筹资金", "单位资金", "单位自有资金", "其他来源", "其他来源资金", "单位自筹", "单位自筹资金", "自筹", "其他", "其它", "其他收入", "非财政资金", "自有资金", "事业收入", "经营收入", "社会资金", "社会投入", "银行贷款", "上年结转", "上年结转资金", "结转资金", "上年结余", "上年结余资金", "上年结余收入", "结转结余资金", "未纳入财政专户管理的收入", "未纳入专户管理的收入", "其他收入来源"], PART],
  ["plan", ["资金支出计划", "资金使用计划", "支出计划", "用款计划"], { suffixes: ["(%)", "(万元)", "(元)"] }],
  ["goal", ["绩效目标", "项目总体目标", "总体目标", "年度绩效目标", "年度目标", "项目绩效目标", "年度总体目标", "项目年度绩效目标", "整体目标"]],
  ["use", ["资金用途", "主要用途", "项目概况", "项目内容", "主要内容", "项目立项依据"]],
];

const HEAD_LABEL_INDEX = wordIndex(HEAD_LABEL_WORDS);

/** A closing bracket of words only (no figures, not a money unit, which the lists spell out). */
const TRAILING_NOTE = /\((?!万元\)|元\))[\u4e00-\u9fa5、/]{1,8}\)$/u;

export function headLabelOf(key: string): HeadLabel | null {
  if (key === "") return null;
  const hit = HEAD_LABEL_INDEX(key);
  if (hit !== null) return hit;
  // A note in brackets closing a label says how to fill it, not what it is: 项目名称（全称）, 填报单位（盖章）.
  const note = TRAILING_NOTE.exec(key);
  if (note && note.index >= 2) return HEAD_LABEL_INDEX(key.slice(0, note.index));
  return moneyLabelTotal(key);
}

const MONEY_HEAD_LABELS: ReadonlySet<HeadLabel> = new Set(["total", "periodTotal", "fiscal", "upperLevel", "specialAccount", "other"]);

/** A money label closed by a total word is that money, summed: 预算数合计 is the total, 财政拨款合计 the fiscal money. */
function moneyLabelTotal(key: string): HeadLabel | null {
  const word = TOTAL_WORDS.find((w) => key.length > w.length + 1 && key.endsWith(w));
  if (word === undefined) return null;
  const label = HEAD_LABEL_INDEX(key.slice(0, -word.length));
  return label !== null && MONEY_HEAD_LABELS.has(label) ? label : null;
}

/** Labels whose value is text (a name, a code, a goal): the cell right of one is its value, never a label. */
export const TEXT_VALUED_LABELS: ReadonlySet<HeadLabel> = new Set(["projectName", "projectCode", "agency", "manager", "goal", "use"]);

/**
 * What a label that is no known synonym means, by its key words, tried in order: a 项目…名称 is a
 * name; 预算/资金 with 金额/总额/数 a total (年度本级预算金额), as is 项目 with 金额/总额; 上级/补助 an upper-level source
 * (该项目支出上级资金, 中央补助); 本级/财政, 财力, 债券 or 配套 fiscal; 自有/自筹/其他 other. Each must end as its kind of label ends.
 */
const LABEL_MEANINGS: readonly (readonly [HeadLabel, RegExp])[] = [
  // 项目支出名称, 二级项目名称: a 项目…名称 or …全称 that is not the name of its unit or department.
  ["projectName", /^(?!.*(?:单位|部门|负责))[\u4e00-\u9fa5]{0,4}项目.{0,6}(?:名称|全称)$/u],
  ["periodTotal", /^(?:实施期|实施周期|项目周期|中期|项目期).{0,8}(?:金额|总额|总数|数|资金|预算)$/u],
  ["total", /(?:预算|资金).{0,4}(?:金额|总额|总数|数)$/u],
  // 项目预算, 项目总预算, 年度预算合计: the project's budget with no source named is its total.
  ["total", /^(?:项目)?(?:本年度?|年度)?(?:申请|申报)?(?:总预算|预算总计|预算合计|预算资金|预算安排|预算)$/u],
  // 本年度申请资金, 年度申报资金: the money applied for this year.
  ["total", /^(?:项目)?(?:本年度?|年度)?(?:申请|申报)资金$/u],
  // 申请数, 年度申报数, 申请额: the amount applied for this year.
  ["total", /^(?:项目)?(?:本年度?|年度)?(?:申请|申报)(?:资金)?(?:数|额|总数|总额)$/u],
  // 年度申请金额, 资金合计, 项目总投资 — unless a source is named (财政资金合计 is fiscal money).
  ["total", /^(?!.*(?:财政|上级|补助|自筹|自有|其他|其它|中央|配套))[\u4e00-\u9fa5]{0,4}(?:申请|申报|安排|资金)(?:金额|总额|合计|总计)$/u],
  ["total", /^(?:项目)?总投资额?$/u],
  // 项目总金额, 项目申报金额: a 项目 amount, but never 项目数 (a count).
  ["total", /^项目.{0,3}(?:金额|总额)$/u],
  // 中央补助, 省级专项, 上级转移支付: money from a higher level of government, however it is called.
  ["upperLevel", /(?:^(?:中央|省级?)|上级|补助).{0,6}(?:资金|拨款|补助|经费|专项|转移支付)$/u],
  ["fiscal", /(?:本级|财政).{0,6}(?:资金|拨款|经费|预算)$/u],
  // 本级财政, 财政补助, 市级财政安排: a level's fiscal money named without 资金.
  ["fiscal", /^(?:本级|市级|县级|区级|省级)?财政(?:补助|安排)?$/u],
  // 本级财力, 地方财力, 县本级财力: a government's own fiscal means.
  ["fiscal", /^(?:本级|地方|[省市县区镇乡]级?|[市县区]本级|乡镇)?(?:可用)?财力(?:安排)?(?:资金)?$/u],
  // 债券资金, 专项债券资金, 一般债券, 专项债: government bonds are fiscal money (a company's are not).
  ["fiscal", /^(?!.*(?:企业|公司))[\u4e00-\u9fa5]{0,8}债券?(?:资金|收入|额度)?$/u],
  // 市级配套, 配套资金: a government's matching funds are fiscal money.
  ["fiscal", /^(?:本级|市级|县级|区级|地方)?配套(?:资金|经费)?$/u],
  // 县级自筹, 单位自有, 其他: a unit's own money; the source word may close the label.
  ["other", /(?:自有|自筹|其他|其它)(?:.{0,6}(?:资金|收入|来源|经费))?$/u],
];

/** A label classified by its key words; null for anything longer than a label or holding digits (a value). */
export function labelByMeaning(key: string): HeadLabel | null {
  const k = withoutBracketedUnit(key)
    .replace(/^其中[:,、]?/u, "")
    .replace(/^\d{4}年度?/u, "")
    .replace(/^该/u, "");
  if (k.length < 3 || k.length > 16 || /[\d:()]/u.test(k)) return null;
  for (const [label, re] of LABEL_MEANINGS) if (re.test(k)) return label;
  return null;
}

/** Any money unit of the vocabulary, as a regular-expression alternative. */
const MONEY_UNIT_WORDS = alternation(MONEY_UNITS);
const UNIT_STATEMENT = new RegExp(`^\\(?(?:金额|计量|货币)?单位[:]?\\(?(?:人民币)?(${MONEY_UNIT_WORDS})\\)?\\)?$`, "u");
const TRAILING_UNIT_STATEMENT = new RegExp(
  `^(.*?)(?:[\\s,，;；(（]+(?:金额|计量|货币)?|金额|计量|货币)单位\\s*(?:[:：]\\s*[(（]?|[(（])\\s*(?:人民币)?\\s*(${MONEY_UNIT_WORDS})\\s*[)）]?\\s*[)）]?\\s*$`,
  "su",
);
const UNIT_IN_LABEL = new RegExp(`\\((${MONEY_UNIT_WORDS})\\)$`, "u");

/** "单位：万元", "金额单位:元", "单位(千元)" — a cell stating the table's money unit. */
export function unitStatement(key: string): MoneyUnit | null {
  const m = UNIT_STATEMENT.exec(key);
  return m ? (m[1] as MoneyUnit) : null;
}

/** A unit statement closing a longer cell: "填报单位：某局  金额单位：元" → 元, with the text before it. */
export function trailingUnitStatement(text: string): { unit: MoneyUnit; before: string } | null {
  if (text.length > 80) return null;
  // "单位" must open its own phrase: after a space or punctuation, or as 金额单位; "资金使用单位(元)" is a header.
  const m = TRAILING_UNIT_STATEMENT.exec(text);
  if (!m || m[1]!.trim() === "") return null;
  return { unit: m[2] as MoneyUnit, before: m[1]!.trim() };
}

/** A unit embedded in a label: 项目资金(万元), 预算数（元）, 金额（千元）. */
export function unitInLabel(key: string): MoneyUnit | null {
  const m = UNIT_IN_LABEL.exec(key);
  return m ? (m[1] as MoneyUnit) : null;
}

/** Inline "label：value" cells such as 部门名称：广州市荔湾区信访局. */
export function splitInlineLabel(text: string): { label: string; value: string } | null {
  const m = /^\s*([^:：]{2,12})[:：]\s*(.+?)\s*$/su.exec(text);
  if (!m) return null;
  return { label: m[1]!, value: m[2]! };
}

/** What a target table's title says it is for: 绩效目标申报表, 绩效目标批复表 …. */
export const TITLE_VERBS: WordList = ["申报", "批复", "审核", "填报", "编报"];
const VERB = `(?:${alternation(TITLE_VERBS)})?`;
const TITLE = new RegExp(`绩效目标${VERB}(?:\\([^()]*\\))?(?:情况)?表(?:\\(.*\\))?$`, "u");
/** The title's words after a project's name: (项目)(支出)绩效目标(申报)(（…）)(情况)表…. */
const TITLE_TAIL = new RegExp(`(?:项目)?(?:支出)?绩效目标${VERB}(?:[(（][^()（）]*[)）])?(?:情况)?表.*$`, "u");
/** What is left of a title without a name: (2023年度)(项目)(支出)绩效目标…. */
const TITLE_OPENING = /^(?:\d{4}年度?)?(?:项目)?(?:支出)?绩效目标/u;
const BARE_YEAR = /^(?:\d{2,4}年度?|\d{4}|\d{4}-\d{4}年度?)$/u;

/** A title such as "1.市信访办履职能力提升经费绩效目标表" or "项目支出绩效目标表". */
export function isTableTitle(key: string): boolean {
  return TITLE.test(key) && key.length <= 80;
}

/** A title without its closing words: "市信访办履职能力提升经费绩效目标表（2024年）" → "市信访办履职能力提升经费". */
export function withoutTitleTail(title: string): string {
  return title.replace(TITLE_TAIL, "").replace(TITLE_YEAR, "");
}

/** "2025年度…" opening a title is the budget year, not the project's name (a name may say 2025年春节…). */
const TITLE_YEAR = /^\d{4}年度(?=\S)/u;

/** A bare year ("2023年", "2023-2025年度") or a title's opening words: never a project's name. */
export function isYearOrTitleRemnant(key: string): boolean {
  return BARE_YEAR.test(key) || TITLE_OPENING.test(key);
}

/** Titles and sheet names that promise a target table, wherever the words sit: 绩效目标表, 绩效目标申报表, 项目支出绩效目标. */
export const TARGET_TITLE_WORDS: WordList = ["绩效目标", "目标申报表", "目标表"];

/** How a title marks the next printed page of the same table: 申报表（续表）, （续）. */
export const CONTINUATION_WORDS: WordList = ["续表", "续", "续页", "接上表", "续上表"];
const CONTINUATION = new RegExp(`(?:^|\\(|（)(?:${alternation(CONTINUATION_WORDS)})(?:\\)|）)?$`, "u");

export function isContinuationTitle(key: string): boolean {
  return CONTINUATION.test(key);
}

/** Titles of a page of notes on how to fill the form, which may quote every label of it. */
export const INSTRUCTIONS_TITLE_WORDS: WordList = ["填表说明", "填报说明", "填写说明", "编制说明", "说明", "注意事项", "填表须知", "填报须知", "附注"];
const INSTRUCTIONS_TITLES = new Set<string>(INSTRUCTIONS_TITLE_WORDS);

export function isInstructionsTitle(key: string): boolean {
  return INSTRUCTIONS_TITLES.has(key);
}

/** Sheet names of a cover or a contents page. */
export const COVER_SHEET_WORDS: WordList = ["封面", "封皮", "目录", "首页"];
const COVER_SHEETS = new Set<string>(COVER_SHEET_WORDS);

/** How the title of a page of review boxes ends: 绩效目标审核意见, 审批意见表. */
export const REVIEW_TITLE_ENDINGS: WordList = ["审核意见", "审批意见", "评审意见", "审核意见表", "审批意见表", "评审意见表"];
const REVIEW_TITLE = new RegExp(`(?:${alternation(REVIEW_TITLE_ENDINGS)})$`, "u");

/** A cover, contents or review page: it may name the target table, but holds none. */
export function isCoverOrReviewTitle(key: string): boolean {
  return COVER_SHEETS.has(key) || REVIEW_TITLE.test(key);
}

export function soundsLikeTargetTable(text: string): boolean {
  return TARGET_TITLE_WORDS.some((w) => text.includes(w));
}

/** How the label of a part under a total opens: 其中：财政资金. */
export const PART_OPENING = "其中";
const PART_OPENING_MARK = new RegExp(`^${PART_OPENING}[:：,，、]?`, "u");

export function withoutPartOpening(text: string): string {
  return text.replace(PART_OPENING_MARK, "");
}

const PARTS_IN_BRACKETS = new RegExp(`^(.+?)\\s*[(（]\\s*${PART_OPENING}`, "u");

/** "45万元（其中财政资金45万元）": the amount written before its parts in brackets, or null. */
export function amountBeforeParts(text: string): string | null {
  return PARTS_IN_BRACKETS.exec(text)?.[1] ?? null;
}

/** Money units a label or a heading states: 项目资金（万元）, 单位：元, 金额单位：千元. */
export const STATED_UNITS: WordList = MONEY_UNITS;
/** What may follow an amount written as text: 250万元, 1,000元, 150万, 1,200千元, 1.5亿元 — every money suffix of the unit vocabulary. */
export const AMOUNT_SUFFIXES: WordList = Object.keys(AMOUNT_SUFFIX_FACTORS) as [string, ...string[]];
const BRACKETED_UNIT = new RegExp(`[(（](?:${alternation(STATED_UNITS)})[)）]$`, "u");

/** A label without the unit in brackets closing it: 项目资金（万元） → 项目资金. */
export function withoutBracketedUnit(text: string): string {
  return text.replace(BRACKETED_UNIT, "");
}

/** An amount alone in its cell, as text: digits, separators and a money unit (1,200.00万元). */
const AMOUNT_TEXT = new RegExp(`^(?:[\\s\\d,.，．]|${alternation(AMOUNT_SUFFIXES)})+$`, "u");

export function isAmountText(text: string): boolean {
  return AMOUNT_TEXT.test(text);
}

/** "label：amount" in one piece of a cell: a label of Chinese words, an optional colon, an amount with an optional unit. */
export const LABEL_AMOUNT_PAIR = new RegExp(`^([\\u4e00-\\u9fa5]{2,12})[:：]?\\s*([-+]?[\\d,，.．]+\\s*(?:${alternation(AMOUNT_SUFFIXES)})?)$`, "u");

/** The years a text names: "2024年", "（2023 年）". */
export function yearsNamed(text: string): number[] {
  return [...text.matchAll(/(20\d{2})\s*年/gu)].map((m) => Number(m[1]));
}

/** An agency written with its code, as budget systems export it: "340102天津市人民政府信访办公室". */
export function codedAgency(text: string): { code: string; name: string } | null {
  // "2024年度考核" is a date, not a code.
  const m = /^\s*(\d{3,12})\s*(?![年月日号])([\u4e00-\u9fa5（）()]{3,40})\s*$/u.exec(text);
  return m ? { code: m[1]!, name: m[2]! } : null;
}

export type IndicatorColumn =
  | "level1"
  | "level2"
  | "level3"
  | "description"
  | "content"
  | "value"
  | "annualValue"
  | "periodValue"
  | "operator"
  | "unit"
  | "basis"
  | "weight"
  | "lastYear"
  | "standard"
  | "scoring";

const VALUE_WORDS = ["指标值", "目标值"];
/** A target written as the level planned (本年度计划水平 beside 上年度实际水平). */
const PLANNED_LEVEL_WORDS = ["计划水平", "目标水平", "预期水平", "计划值"];
/** The periods a target column may name: the budget year's, or the whole implementation period's. */
const ANNUAL_WORDS = ["年度", "本年度", "本年", "全年", "当年"];
const PERIOD_WORDS = ["实施周期", "实施期", "项目周期", "中期", "周期", "整体"];
/** A period's target named without 值 (全年目标, 年度预期目标); never 整体目标 or 年度绩效目标, the head's goal text. */
const periodTargets = (periods: readonly string[]): string[] => combine(periods.filter((p) => p !== "整体"), ["", "预期", "计划"], ["目标"]);

/** Indicator header words by column; each list canonical first. */
export const INDICATOR_HEADER_WORDS: readonly (readonly [IndicatorColumn, WordList, Affixes?])[] = [
  ["level1", ["一级指标", "一级指标名称", "一级"]],
  ["level2", ["二级指标", "二级指标名称", "二级"]],
  ["level3", ["三级指标", "三级指标名称", "三级", "指标名称", "具体指标", "绩效指标名称", "具体指标名称"]],
  // What explains an indicator (how it is measured): never its name, wherever the name column stands.
  ["description", ["指标描述", "绩效指标描述", "指标解释", "指标说明", "指标定义", "绩效指标说明", "指标释义", "指标含义"]],
  // What an indicator is about: its name where no 三级 column is written, else a description.
  ["content", ["指标内容", "绩效指标内容"]],
  ["annualValue", ["年度指标值", ...combine(ANNUAL_WORDS, ["", "绩效"], VALUE_WORDS).filter((w) => w !== "年度指标值"), "年度值", ...combine(ANNUAL_WORDS.filter((w) => w !== "全年"), PLANNED_LEVEL_WORDS), ...periodTargets(ANNUAL_WORDS)] as unknown as WordList, { suffixes: ["及单位", "(含单位)"] }],
  ["periodValue", ["实施周期指标值", ...combine(PERIOD_WORDS, ["", "绩效"], VALUE_WORDS).filter((w) => w !== "实施周期指标值"), ...periodTargets(PERIOD_WORDS)] as unknown as WordList, { suffixes: ["及单位", "(含单位)"] }],
  ["value", ["指标值", "目标值", "指标目标值", "预期目标值", "预期指标值", "绩效指标值", "绩效目标值", "预期目标", "标准值", ...PLANNED_LEVEL_WORDS], { suffixes: ["及单位", "(含单位)"] }],
  ["operator", ["指标性质", "指标方向", "指标方向性", "计算符号", "符号"]],
  ["unit", ["计量单位", "度量单位", "指标单位", "单位"]],
  ["basis", ["指标值确定依据", "指标值设置依据", "指标值设定依据", "指标确定依据", "确定依据", "设置依据", "指标依据", "目标值确定依据"]],
  ["weight", ["分值", "指标分值权重", "分值权重", "权重", "指标权重", "指标分值", "标准分值", "评分权重", "权重分值"]],
  ["lastYear", ["上年完成值", "上年实际完成值", "上年度完成值", "上一年度完成值", "历史值", "上年实际值", "上年指标值", "上年度实际水平", "上年实际水平", "上年度水平", "上年水平", "上年度实际完成"]],
  // A standard the indicator is judged by: some templates write the target there, so it is the target where no column names one.
  ["standard", ["绩效标准", "评价标准"]],
  // How points are given (达到目标值得满分): never the target.
  ["scoring", ["评分标准", "指标赋分规则", "赋分规则", "评分规则", "扣分标准", "评(扣)分标准", "计分方法", "评分方法", "计分规则", "赋分标准", "评分细则"]],
];

const INDICATOR_HEADER_INDEX = wordIndex(INDICATOR_HEADER_WORDS);

/** The canonical header word of an indicator column: 一级指标, 年度指标值, 实施周期指标值 …. */
export function indicatorHeaderWord(column: IndicatorColumn): string {
  return INDICATOR_HEADER_WORDS.find(([c]) => c === column)![1][0];
}

const LEVEL_HEADERS: ReadonlySet<string> = new Set((["level1", "level2", "level3"] as const).map(indicatorHeaderWord));

/** 一级指标, 二级指标 or 三级指标 as the header writes them (not a category such as 产出指标). */
export function isLevelHeaderWord(key: string): boolean {
  return LEVEL_HEADERS.has(key);
}

/** The label of a target table's indicator part, written beside or above it. */
export const INDICATOR_PART_WORDS: WordList = ["绩效指标", "年度绩效指标", "绩效指标及指标值"];
const INDICATOR_PARTS = new Set<string>(INDICATOR_PART_WORDS);

/** Where a reader looks for the indicators: 绩效指标, or a cell opening with a level's header word (一级指标, "一级指标 二级指标 …" on one line). */
export function namesIndicatorPart(key: string): boolean {
  return INDICATOR_PARTS.has(key) || [...LEVEL_HEADERS].some((w) => key.startsWith(w));
}

/** How a title of another part of the form ends, closing the indicator part: 成本测算明细, 项目支出情况, …表. */
export const SECTION_ENDINGS: WordList = ["表", "明细", "清单", "测算", "情况"];
const SECTION_ENDING = new RegExp(`(?:${alternation(SECTION_ENDINGS)})$`, "u");

export function endsAsSection(key: string): boolean {
  return SECTION_ENDING.test(key);
}

/** What every 一级 and 二级 header word holds (一级指标, 二级): a row without it is no indicator header. */
export const LEVEL_MARK = "级";

/** A cheap look before detecting an indicator header: the key may be a 一级 / 二级 header word. */
export function mayBeIndicatorHeaderKey(key: string): boolean {
  return key.includes(LEVEL_MARK);
}

/**
 * The indicators' name column in an outline (序号 | 绩效指标 | 指标值, categories as rows of their own),
 * or in a header with no 三级 word. Elsewhere 绩效指标 labels the whole indicator part (merged down its left).
 */
export const OUTLINE_NAME_WORDS: WordList = ["绩效指标", "指标", "指标项目", "考核指标"];
const OUTLINE_NAMES = new Set<string>(OUTLINE_NAME_WORDS);

export function isOutlineNameHeader(key: string): boolean {
  return OUTLINE_NAMES.has(key);
}

/** Header words that say more than the field's name: a year, or a note in brackets. */
const YEAR_VALUE = /^\d{4}年度?(?:预期)?(?:指标值|目标值|绩效指标值|目标)$/u;
const YEAR_ACTUAL = /^(?:\d{4}年度?|上年度?|上一年度?)(?:实际)?(?:完成值|完成情况|实际值|实现值)$/u;

/**
 * Words under a merged 指标值 cell that split it by period, without repeating 指标值: 年度 · 实施期.
 * They name a column only there (elsewhere 年度 is a year or a label).
 */
export const VALUE_PERIOD_WORDS: readonly (readonly ["annualValue" | "periodValue", WordList])[] = [
  ["annualValue", ANNUAL_WORDS as unknown as WordList],
  ["periodValue", PERIOD_WORDS as unknown as WordList],
];
const VALUE_PERIOD_INDEX = wordIndex(VALUE_PERIOD_WORDS);

export function valuePeriodOf(key: string): "annualValue" | "periodValue" | null {
  return key === "" ? null : VALUE_PERIOD_INDEX(key);
}

/** The number's own column under a merged 指标值 split as 符号 | 数值 | 单位. */
export const VALUE_NUMBER_WORDS: WordList = ["数值", "指标数值", "目标数值", "值", "数量值"];
const VALUE_NUMBERS = new Set<string>(VALUE_NUMBER_WORDS);

export function isValueNumberWord(key: string): boolean {
  return VALUE_NUMBERS.has(key);
}

export function indicatorColumnOf(key: string): IndicatorColumn | null {
  if (key === "") return null;
  const col = INDICATOR_HEADER_INDEX(key);
  if (col !== null) return col;
  if (YEAR_VALUE.test(key)) return "annualValue";
  if (YEAR_ACTUAL.test(key)) return "lastYear";
  // "三级指标（具体指标）", "预期目标值（含单位）", "分值（分）": the bracket only annotates the word before it.
  const bare = key.replace(/\([^()]*\)$/u, "");
  return bare !== key && bare !== "" ? indicatorColumnOf(bare) : null;
}

/** 合计 rows and columns; 总分 closes a weighted indicator table. */
export const TOTAL_WORDS: WordList = ["合计", "总计", "小计", "共计", "总合计", "总分", "收入总计", "支出总计"];
const TOTAL = new Set<string>(TOTAL_WORDS);

/** 合计 / 总计 / 小计 rows and columns, and any short "…合计" (本年收入合计, 项目支出合计). */
export function isTotalLabel(key: string): boolean {
  return TOTAL.has(key) || /^[\u4e00-\u9fa5]{1,6}合计$/u.test(key);
}

/** What follows the period in a money column's header: nothing, or the money the column counts. */
const SIDE_MONEY_WORDS: WordList = ["", "资金", "资金总额", "预算总额", "总额", "预算", "预算数", "金额", "申请金额", "申请资金", "申请数", "预算安排", "安排", "安排数", "实际执行", "执行", "执行数", "决算", "决算数"];

/**
 * Money columns over the budget's lines, or rows beside a header of kinds (合计 | 财政拨款 | 其他资金), by
 * the period they count: 中期 | 年度 (national 申报表), 上年度预算安排 | 上年度实际执行 | 本年度申请金额,
 * 年度资金总额 / 实施期资金总额. The year's holds the budget; past years' are history and never read as it.
 */
export const BUDGET_SIDE_WORDS: readonly (readonly ["period" | "year" | "past", WordList, Affixes])[] = (
  [
    ["period", ["中期", "实施期", "实施周期", "项目周期", "项目期", "总体"]],
    ["year", ["年度", "本年度", "本年", "当年", "本年度申请", "年度申请", "本年申请"]],
    ["past", ["上年度", "上年", "上一年度", "以前年度", "上年度实际", "上年实际"]],
  ] as const
).map(([side, words]) => [side, combine(words, SIDE_MONEY_WORDS) as unknown as WordList, { suffixes: ["(万元)", "(元)"] }] as const);
const BUDGET_SIDE_INDEX = wordIndex(BUDGET_SIDE_WORDS);

/** The period a money column's header names (中期, 本年度申请金额, 上年度实际执行), or null. */
export function budgetSideOf(key: string): "period" | "year" | "past" | null {
  return key === "" ? null : BUDGET_SIDE_INDEX(key);
}

/** A label naming an indicator table's term: 长期绩效指标 / 中期绩效指标 / 实施期绩效指标, or 年度绩效指标. */
export function indicatorTableTermOf(key: string): "long-term" | "year" | null {
  if (/^(?:长期|中长期|中期|实施期|实施周期|项目周期)(?:绩效)?(?:指标|目标)$/u.test(key)) return "long-term";
  if (/^(?:年度|本年度|本年|当年)(?:绩效)?(?:指标|目标)$/u.test(key)) return "year";
  return null;
}

/** Source words of 项目资金申请's "label：amount" pairs beyond the head labels: a total, and a unit's own non-fiscal sources. */
export const FUND_SOURCE_WORDS: readonly (readonly ["total" | "other", WordList])[] = [
  ["total", ["总额", "合计", "总计", "资金总额", "申请总额"]],
  // The rest (其他, 自有资金, 事业收入 …) are head labels of kind "other" above.
  ["other", ["经营性收入", "上年结转", "上年结转资金", "附属单位上缴收入"]],
];

export const fundSourceWordOf = wordIndex(FUND_SOURCE_WORDS);

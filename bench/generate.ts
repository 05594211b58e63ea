/**
 * Benchmark workbooks: a deterministic (seeded) generator of large, realistic 项目支出绩效目标表
 * workbooks mixing every project layout of the seeds:
 *
 * - "tianjin"  block tables like seed 000 (5 columns, legacy framework, 成本 under 产出);
 * - "qingdao"  block tables like seed 002 (项目编码, optional 资金支出计划, 指标值确定依据, 2021 framework);
 * - "korla"    weighted block tables like seed 004 (项目负责人, 指标分值权重 totalling 90, 2021 framework);
 * - "list"     one row per project with an encoded indicator cell like seed 003, with a 合计 row
 *              and one subtotal row per 资金使用单位;
 * - "flat"     one row per indicator, project columns merged down, 指标性质 · 指标值 · 度量单位 split.
 *
 * Every sheet holds several projects of one agency (40 per sheet for large workbooks); layouts
 * rotate over the sheets in a seeded order. The same sheet plans feed both outputs:
 * `generateGrids` (in-memory grids, for timing the core) and `writeWorkbook` (an xlsx written
 * through the examples' SheetWriter, merges included), so both carry exactly the same content.
 *
 * Known errors are injected at a low rate: a project whose 预算数 differs from 财政资金 + 其他资金
 * (everything else in the project, such as the 成本指标 amounts and the 资金支出计划, is consistent
 * with the written 预算数, so each injection raises exactly one funds-budget-sum error; in list
 * sheets the 合计 and subtotal rows, summed from the written rows, also stop adding up across
 * their columns, and those consequential diagnostics are listed too).
 */
import type { CellRange } from "../src/core/grid/address";
import { a1 } from "../src/core/grid/address";
import type { CellValue as GridValue, Grid, WorkbookGrids } from "../src/core/grid/grid";
import { SheetWriter, createWorkbook, type CellSpec, type CellValue, type Look } from "../scripts/examples/sheet-writer";

export const DEFAULT_SEED = 20240101;
/** Projects per sheet in large workbooks. */
export const PROJECTS_PER_SHEET = 40;
/** Share of projects given a wrong 预算数 sum. */
export const DEFAULT_ERROR_RATE = 0.05;

export type Layout = "tianjin" | "qingdao" | "korla" | "list" | "flat";
export const LAYOUTS: readonly Layout[] = ["tianjin", "qingdao", "korla", "list", "flat"];

export type MoneyUnit = "万元" | "元";

export interface GenerateOptions {
  /** Projects per sheet; by default min(40, max(6, ceil(projects / 5))), so even small workbooks mix every layout. */
  readonly projectsPerSheet?: number;
  /** Probability that a project gets a wrong 预算数 sum (default 0.05). */
  readonly errorRate?: number;
}

/** What the generator wrote for one project, with the cells a checker should point at. */
export interface GeneratedProject {
  readonly sheet: string;
  readonly layout: Layout;
  readonly name: string;
  readonly agency: string;
  readonly unit: MoneyUnit;
  /** As written; `other` includes 财政专户拨款 (as the core's table list reports it); blank counts as 0. */
  readonly budget: { readonly total: number; readonly fiscal: number; readonly other: number };
  readonly indicators: number;
  readonly nameCell: string;
  readonly totalCell: string;
}

export interface InjectedError {
  readonly kind: "budget-sum";
  readonly sheet: string;
  /** The 预算数 (总计) cell. */
  readonly cell: string;
  readonly project: string;
  readonly written: number;
  /** 财政资金 + 其他资金, what 预算数 should have been. */
  readonly sum: number;
}

/** A diagnostic a correct checker must raise (error severity). */
export interface ExpectedDiagnostic {
  readonly rule: "funds-budget-sum" | "summary-columns-add-up";
  readonly sheet: string;
  readonly cell: string;
  /** True for a 合计 / subtotal row that no longer adds up because of an injected project error. */
  readonly consequential: boolean;
}

export interface SheetSummary {
  readonly name: string;
  readonly layout: Layout;
  readonly projects: number;
  readonly rows: number;
}

export interface GenerationInfo {
  readonly seed: number;
  readonly projects: readonly GeneratedProject[];
  readonly sheets: readonly SheetSummary[];
  readonly injected: readonly InjectedError[];
  readonly expected: readonly ExpectedDiagnostic[];
  readonly rows: number;
  readonly cells: number;
  readonly merges: number;
}

/** Grids the core can check, with what was generated into them. */
export interface GeneratedGrids extends WorkbookGrids {
  readonly info: GenerationInfo;
}

// ---------------------------------------------------------------------------------------------
// Seeded randomness

/** mulberry32: small, fast and good enough for test data; the same seed gives the same workbook. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// Vocabulary (from the seeds: 信访 offices of Tianjin, Qingdao, Guangzhou and Korla)

interface Region {
  readonly city: string;
  readonly district: string;
  readonly code: string;
}

const REGION_TABLE: readonly (readonly [string, string, readonly string[]])[] = [
  ["天津市", "1201", ["和平区", "河东区", "河西区", "南开区", "河北区", "红桥区", "东丽区", "西青区", "津南区", "北辰区", "武清区", "宝坻区", "滨海新区", "宁河区", "静海区", "蓟州区"]],
  ["青岛市", "3702", ["市南区", "市北区", "黄岛区", "崂山区", "李沧区", "城阳区", "即墨区", "胶州市", "平度市", "莱西市"]],
  ["广州市", "4401", ["荔湾区", "越秀区", "海珠区", "天河区", "白云区", "黄埔区", "番禺区", "花都区", "南沙区", "从化区", "增城区"]],
  ["", "6528", ["库尔勒市", "轮台县", "尉犁县", "若羌县", "且末县", "焉耆县", "和静县", "和硕县", "博湖县"]],
];

const REGIONS: readonly Region[] = REGION_TABLE.flatMap(([city, prefix, districts]) =>
  districts.map((district, i) => ({ city, district, code: `${prefix}${String(i + 1).padStart(2, "0")}` })),
);

const AGENCY_BODIES: readonly string[] = ["信访局", "人民政府信访办公室", "信访局本级"];
const SUB_UNITS: readonly string[] = ["人民来访接待中心", "信访信息中心", "社会矛盾纠纷调处化解中心", "网上信访服务中心"];

/** Project topics: name stem, name suffix, what the money is used for. */
const TOPICS: readonly (readonly [string, string, string])[] = [
  ["信访积案化解", "资金", "化解信访积案"],
  ["信访专项业务", "费", "与信访工作有关的运行费用"],
  ["视频会议系统运行维护", "费", "视频会议系统运行维护"],
  ["履职能力提升", "经费", "信访大楼保障支出"],
  ["信访工作法治化保障", "经费", "信访工作法治化等业务支出"],
  ["信访接待中心工作", "经费", "聘用文职人员的工资福利等支出"],
  ["信访信息系统运维", "费", "智慧信访系统运维等支出"],
  ["门前办工作", "经费", "门前办的房租费、物业费等支出"],
  ["驻京信访工作处工作", "经费", "驻京工作人员的住宿费、办公费等支出"],
  ["专线租赁及安全监测", "经费", "光纤租赁、网络安全监测、视频监控等信息化运维支出"],
  ["信访维稳工作专项", "经费", "重大敏感时期信访维稳及劝返工作"],
  ["信息系统维护及法律顾问", "费", "来访接待大厅视频系统维护和法律顾问服务"],
  ["公务接待", "费", "公务接待"],
  ["特殊疑难信访事项化解专项", "经费", "推动重复信访事项和信访积案化解"],
  ["进京劝返协调工作", "经费", "三道防线驻点保障及应急劝返工作"],
  ["办公室水电及物业管理", "费", "来访接待大厅及办公场所的水电和物业管理"],
  ["信访超市建设", "经费", "群众信访诉求综合服务中心建设"],
  ["编外人员聘用", "经费", "编外人员工资及社会保险"],
  ["办公设备购置", "经费", "办公设备购置"],
  ["信访局大楼运行", "经费", "信访大楼水电暖及日常维修"],
  ["聘请法律顾问", "经费", "聘请法律顾问"],
  ["驻京驻乌劝返工作人员", "补贴", "驻京驻乌人员的食宿、交通补贴"],
  ["信访救助", "资金", "困难信访群众救助"],
  ["网上信访平台运行维护", "费", "网上信访平台运行维护"],
  ["人民建议征集工作", "经费", "人民建议征集及办理"],
  ["领导干部接访下访", "经费", "领导干部接访下访活动保障"],
  ["信访业务培训", "经费", "信访干部业务培训"],
  ["矛盾纠纷多元化解", "经费", "矛盾纠纷多元化解工作"],
  ["信访督查督办", "经费", "信访事项督查督办"],
  ["信访档案数字化", "经费", "信访档案数字化加工"],
];

const GOALS: readonly string[] = [
  "1.保障{topic}工作顺利开展，确保机关各项工作正常运转。",
  "通过实施本项目，切实做好{topic}工作，促进辖区社会和谐稳定。",
  "目标1：按期完成{topic}相关任务。 目标2：通过项目的实施，提升信访服务水平，保障信访工作顺利开展。",
  "6.通过使用该项资金，确保{topic}工作全年正常开展，信访形势总体稳定。",
  "进一步规范{topic}工作，提高信访事项办理质量和效率，提升群众满意度。",
];

const SURNAMES = "张王李赵刘陈杨黄周吴徐孙马朱胡郭何高林罗";
const GIVEN: readonly string[] = ["华庆", "建国", "丽", "伟", "海燕", "志强", "明", "静", "晓东", "玉兰", "文杰", "红梅", "国栋", "秀英"];
const BASES: readonly string[] = ["计划标准", "行业标准", "历史标准", "预算支出标准", "其他标准"];
const SCORE_RULES: readonly string[] = ["按照正常比例赋分", "按评判等级赋分", "直接赋分"];
const EVIDENCE: readonly string[] = ["工作资料", "原始凭证", "正式材料", "工作资料, 原始凭证"];
const YEARS: readonly number[] = [2023, 2024, 2025];

// ---------------------------------------------------------------------------------------------
// Indicators

type Level1 = "产出" | "效益" | "满意度" | "成本";
/** 二级 keys; "成本" is the legacy 二级 under 产出, "经济成本" the 2021 one under 成本. */
type Level2 = "数量" | "质量" | "时效" | "成本" | "经济成本" | "社会效益" | "可持续影响" | "服务对象满意度";

const PARENT: Readonly<Record<Level2, Level1>> = {
  数量: "产出",
  质量: "产出",
  时效: "产出",
  成本: "产出",
  经济成本: "成本",
  社会效益: "效益",
  可持续影响: "效益",
  服务对象满意度: "满意度",
};

/** Codes of the encoded list cells (seed 003). */
const LEVEL1_CODE: Readonly<Record<Level1, string>> = { 产出: "1", 效益: "2", 满意度: "3", 成本: "4" };
const LEVEL2_CODE: Readonly<Record<Level2, string>> = { 数量: "11", 质量: "12", 时效: "13", 成本: "14", 经济成本: "41", 社会效益: "22", 可持续影响: "24", 服务对象满意度: "31" };

interface Target {
  /** "" for qualitative targets, periods and bare numbers. */
  readonly op: "≥" | "≤" | "=" | "";
  /** The number as text, or the qualitative text / period. */
  readonly amount: string;
  readonly unit: string;
  readonly qualitative: boolean;
}

const num = (op: Target["op"], amount: number | string, unit: string): Target => ({ op, amount: String(amount), unit, qualitative: false });
const words = (text: string): Target => ({ op: "", amount: text, unit: "", qualitative: true });

interface Template {
  readonly l2: Level2;
  readonly name: string;
  readonly target: (r: Rng, year: number) => Target;
}

const t = (l2: Level2, name: string, target: (r: Rng, year: number) => Target): Template => ({ l2, name, target });

const TEMPLATES: readonly Template[] = [
  t("数量", "保障人数", (r) => num("≤", r.int(20, 120), "人")),
  t("数量", "文员人数", (r) => num("≤", r.int(3, 20), "人")),
  t("数量", "部门人数", (r) => num("≥", r.int(4, 60), "人")),
  t("数量", "化解上级治理重复信访事项数量", (r) => num("≥", r.int(3, 30), "件次")),
  t("数量", "解决信访积案数量", (r) => num("≥", r.int(10, 80), "件次")),
  t("数量", "受理办理网上信访事项数量", (r) => num("≥", r.int(1, 5), "万件次")),
  t("数量", "登记办理群众来信数量", (r) => num("≥", r.int(500, 9000), "件次")),
  t("数量", "登记接待群众来访数量", (r) => num("≥", r.int(1, 3), "万人次")),
  t("数量", "维护系统数量", (r) => num("", r.int(1, 4), "个")),
  t("数量", "系统维护次数", (r) => num("", r.pick([4, 12, 24]), "次")),
  t("数量", "提供法律咨询服务案件数", (r) => num("≥", r.int(5, 40), "宗")),
  t("数量", "督办上级交办信访事项", (r) => num("≥", r.int(5, 40), "宗")),
  t("数量", "需配备保安人员数量", (r) => num("", r.int(2, 12), "人")),
  t("数量", "维护信访大楼面积", (r) => num("≥", (r.int(8000, 40000) / 10).toFixed(1), "平方米")),
  t("数量", "聘请法律顾问人数", (r) => num("≥", r.int(1, 3), "人")),
  t("数量", "开展信访业务培训次数", (r) => num("≥", r.int(2, 12), "次")),
  t("数量", "培训人数", (r) => num("≥", r.int(50, 600), "人次")),
  t("质量", "资金使用合规率", () => num("", 100, "%")),
  t("质量", "考核合格率", () => num("", 100, "%")),
  t("质量", "信访积案化解率", (r) => num("≥", r.pick([85, 90, 95]), "%")),
  t("质量", "群众来信处理率", () => num("", 100, "%")),
  t("质量", "群众来访接谈率", () => num("", 100, "%")),
  t("质量", "系统稳定运行率", (r) => num("≥", r.pick([98, 99, 99.5]), "%")),
  t("质量", "系统故障率", (r) => num("≤", r.pick([1, 2, 3, 5]), "%")),
  t("质量", "信访事项及时受理率", () => num("", 100, "%")),
  t("质量", "应急处置劝返率", () => num("", 100, "%")),
  t("质量", "督办件报结率", (r) => num("≥", r.pick([90, 95]), "%")),
  t("质量", "安保服务达标率", (r) => num("≥", r.pick([95, 98]), "%")),
  t("质量", "资金发放准确率", () => num("=", 100, "%")),
  t("质量", "信访信息化平台使用率", () => num("", 100, "%")),
  t("时效", "资金使用时间", (_r, y) => words(`${y}年1月至12月`)),
  t("时效", "项目完成时间", (_r, y) => words(`${y}年1月至12月`)),
  t("时效", "资金拨付到位天数", (r) => num("≤", r.pick([10, 15, 20, 30]), "日")),
  t("时效", "信访事项按期办结率", (r) => num("≥", r.pick([95, 98]), "%")),
  t("时效", "系统故障修复处理时间", (r) => num("≤", r.pick([4, 12, 24, 48]), "小时")),
  t("时效", "资金拨付及时率", () => num("=", 100, "%")),
  t("时效", "业务开展及时率", () => num("", 100, "%")),
  t("时效", "接访案件转办及时率", () => num("", 100, "%")),
  t("社会效益", "保障机关正常运转", () => words("基本保障")),
  t("社会效益", "非正常接待场所上访次数", (r) => num("≤", r.int(1, 10), "次")),
  t("社会效益", "区市领导接访公开率", () => num("", 100, "%")),
  t("社会效益", "信访视频会议正常召开率", () => num("", 100, "%")),
  t("社会效益", "社会稳定贡献", () => words("提高辖区和谐稳定程度")),
  t("社会效益", "促进信访工作开展", () => words("有效促进")),
  t("社会效益", "增强信访公信力", () => words("显著增强")),
  t("社会效益", "信访事项办结率", (r) => num("≥", r.pick([90, 95]), "%")),
  t("社会效益", "电子设备正常运行效率", () => num("", 100, "%")),
  t("可持续影响", "信访工作长效机制建设", () => words("持续完善")),
  t("可持续影响", "信访法治化水平", () => words("逐步提升")),
  t("服务对象满意度", "机关人员满意度", (r) => num("≥", r.pick([90, 95]), "%")),
  t("服务对象满意度", "群众满意度", (r) => num("≥", r.pick([80, 85, 90]), "%")),
  t("服务对象满意度", "被救助对象对帮扶救助工作满意率", () => num("", 100, "%")),
  t("服务对象满意度", "信访事项处理群众满意率", (r) => num("≥", r.pick([85, 90]), "%")),
  t("服务对象满意度", "来访群众满意度", (r) => num("≥", r.pick([90, 95]), "%")),
  t("服务对象满意度", "部门满意度", () => num("≥", 95, "%")),
];

const LEGACY_COST_NAMES: readonly string[] = ["控制成本", "人员成本", "运维成本", "工作经费"];
const COST_2021_NAMES: readonly string[] = ["设备购置成本", "运行维护成本", "人员经费成本", "办公费用", "差旅费用"];

interface IndicatorSpec {
  readonly l1: Level1;
  readonly l2: Level2;
  readonly name: string;
  readonly target: Target;
  readonly basis: string;
  readonly lastYear: string | null;
  readonly weight: number;
  readonly rule: string;
  readonly evidence: string;
}

type Framework = "legacy" | "legacy-nocost" | "2021";

const FRAMEWORK_OF: Readonly<Record<Layout, Framework>> = { tianjin: "legacy", list: "legacy-nocost", qingdao: "2021", korla: "2021", flat: "2021" };

/** 一级 order in a table, per layout (the seeds' own orders). */
const LEVEL1_ORDER: Readonly<Record<Layout, readonly Level1[]>> = {
  tianjin: ["产出", "效益", "满意度"],
  list: ["产出", "效益", "满意度"],
  qingdao: ["成本", "产出", "效益", "满意度"],
  korla: ["产出", "成本", "效益", "满意度"],
  flat: ["成本", "产出", "效益", "满意度"],
};
const LEVEL2_ORDER: readonly Level2[] = ["数量", "质量", "时效", "成本", "经济成本", "社会效益", "可持续影响", "服务对象满意度"];

function requiredLevel2(framework: Framework): Level2[] {
  if (framework === "legacy") return ["数量", "质量", "时效", "成本", "社会效益", "服务对象满意度"];
  if (framework === "legacy-nocost") return ["数量", "质量", "时效", "社会效益", "服务对象满意度"];
  return ["经济成本", "数量", "质量", "时效", "社会效益", "服务对象满意度"];
}

const EXTRA_LEVEL2: readonly Level2[] = ["数量", "数量", "质量", "质量", "时效", "社会效益", "社会效益", "可持续影响", "服务对象满意度"];

// ---------------------------------------------------------------------------------------------
// Projects

interface ProjectSpec {
  readonly pid: number;
  readonly name: string;
  readonly code: string;
  readonly agency: string;
  readonly leader: string;
  readonly topicUse: string;
  readonly goal: string;
  readonly unit: MoneyUnit;
  /** Amounts in hundredths of the table's unit; null is a blank cell. */
  readonly total: number;
  readonly fiscal: number;
  readonly special: number | null;
  readonly other: number | null;
  /** Written 预算数 minus the sum of its sources (0 unless an error was injected). */
  readonly delta: number;
  /** Cumulative 资金支出计划 at 3月底 · 6月底 · 10月底 · 12月底 (qingdao only). */
  readonly plan: readonly number[] | null;
  readonly indicators: readonly IndicatorSpec[];
  readonly asciiOperators: boolean;
  readonly describeAsSpending: boolean;
  /** Seed 002 labels its plan "（%）" although it holds amounts; most tables say （万元）. */
  readonly planLabel: string;
}

function moneyText(hundredths: number): string {
  return String(hundredths / 100);
}

/** A plausible 预算数 in hundredths of 万元: mostly round figures between 0.1 and 900 万元. */
function drawBudget(r: Rng): number {
  const wan = Math.exp(Math.log(0.1) + r.next() * (Math.log(900) - Math.log(0.1)));
  const style = r.next();
  const scale = style < 0.5 ? 1 : style < 0.8 ? 10 : 100;
  return Math.max(10, Math.round(wan * scale) * (100 / scale));
}

function drawIndicators(r: Rng, layout: Layout, year: number, unit: MoneyUnit, total: number): IndicatorSpec[] {
  const framework = FRAMEWORK_OF[layout];
  const count = r.int(6, 12);
  const l2s = requiredLevel2(framework);
  while (l2s.length < count) {
    // 2021 tables often list two or three cost items.
    l2s.push(framework === "2021" && r.chance(0.15) ? "经济成本" : r.pick(EXTRA_LEVEL2));
  }
  const used = new Set<string>();
  const chosen: { l2: Level2; name: string; target: Target | null }[] = [];
  for (const l2 of l2s) {
    if (l2 === "成本" || l2 === "经济成本") {
      const pool = (l2 === "成本" ? LEGACY_COST_NAMES : COST_2021_NAMES).filter((n) => !used.has(n));
      if (pool.length === 0 || (l2 === "成本" && chosen.some((c) => c.l2 === "成本"))) continue;
      const name = r.pick(pool);
      used.add(name);
      chosen.push({ l2, name, target: null });
      continue;
    }
    const pool = TEMPLATES.filter((tp) => tp.l2 === l2 && !used.has(tp.name));
    if (pool.length === 0) continue;
    const tp = r.pick(pool);
    used.add(tp.name);
    chosen.push({ l2, name: tp.name, target: tp.target(r, year) });
  }
  // Cost items share the written 预算数: the last one takes the rest, so they add up to it.
  const costs = chosen.filter((c) => c.target === null);
  let left = total;
  costs.forEach((c, i) => {
    const share = i === costs.length - 1 ? left : Math.max(1, Math.round((left * r.int(20, 60)) / 100));
    left -= share;
    c.target = num("≤", moneyText(share), unit);
  });
  const order = LEVEL1_ORDER[layout];
  chosen.sort((x, y) => order.indexOf(PARENT[x.l2]) - order.indexOf(PARENT[y.l2]) || LEVEL2_ORDER.indexOf(x.l2) - LEVEL2_ORDER.indexOf(y.l2));
  // 指标分值权重 (korla): integers totalling 90, the seed's convention.
  const base = Math.floor(90 / chosen.length);
  const extra = 90 - base * chosen.length;
  return chosen.map((c, i) => {
    const target = c.target!;
    const lastYear = r.chance(0.3) ? null : target.qualitative ? "达成目标" : `${target.amount}${target.unit}`;
    return {
      l1: PARENT[c.l2],
      l2: c.l2,
      name: c.name,
      target,
      basis: c.l2 === "成本" || c.l2 === "经济成本" ? "预算支出标准" : r.pick(BASES),
      lastYear,
      weight: base + (i < extra ? 1 : 0),
      rule: PARENT[c.l2] === "满意度" ? "满意度赋分" : r.pick(SCORE_RULES),
      evidence: r.pick(EVIDENCE),
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Sheet plans: rows of cells placed like an HTML table (the SheetWriter's model)

interface TaggedCell extends CellSpec {
  /** Marks a cell whose address the generation info needs ("name:12", "total:12", "sum:3"). */
  readonly tag?: string;
}

type RowOp = { readonly kind: "row"; readonly cells: readonly TaggedCell[] } | { readonly kind: "blank"; readonly count: number };

/** A 合计 or subtotal row of a list sheet and the projects it sums. */
interface SumRow {
  readonly tag: string;
  readonly members: readonly ProjectSpec[];
}

interface SheetPlan {
  readonly name: string;
  readonly layout: Layout;
  readonly widths: readonly number[];
  readonly ops: readonly RowOp[];
  readonly projects: readonly ProjectSpec[];
  readonly sumRows: readonly SumRow[];
}

function c(value: CellValue, look: Look, colSpan = 1, rowSpan = 1, tag?: string): TaggedCell {
  return tag === undefined ? { value, look, colSpan, rowSpan } : { value, look, colSpan, rowSpan, tag };
}

function amountValue(hundredths: number | null): number | null {
  return hundredths === null ? null : hundredths / 100;
}

function level1Label(l1: Level1): string {
  return `${l1}指标`;
}

function level2Label(l2: Level2, layout: Layout): string {
  if (layout === "list") return l2 === "社会效益" || l2 === "可持续影响" || l2 === "服务对象满意度" ? l2 : `${l2}指标`;
  return `${l2}指标`;
}

function combined(target: Target, ascii: boolean): string {
  const op = ascii ? (target.op === "≥" ? ">=" : target.op === "≤" ? "<=" : target.op) : target.op;
  return `${op}${target.amount}${target.unit}`;
}

/** Row spans of a column whose repeated values are merged into the first cell (0 = covered). */
function spans(values: readonly string[]): number[] {
  const out = values.map(() => 0);
  let anchor = -1;
  values.forEach((v, i) => {
    if (anchor >= 0 && values[anchor] === v) out[anchor]! += 1;
    else {
      anchor = i;
      out[i] = 1;
    }
  });
  return out;
}

const TIANJIN_WIDTHS: readonly number[] = [16, 14, 22, 16, 14, 12, 14];
const QINGDAO_WIDTHS: readonly number[] = [18, 14, 24, 22, 12, 14, 14];
const KORLA_WIDTHS: readonly number[] = [12, 14, 22, 16, 14, 13, 10, 16, 14];
const LIST_WIDTHS: readonly number[] = [28, 10, 10, 12, 10, 44, 90];
const FLAT_WIDTHS: readonly number[] = [24, 18, 10, 10, 10, 36, 12, 14, 22, 8, 10, 8];
const FISCAL_LABEL = "其中：财政    资金";

function unitStatement(unit: MoneyUnit): string {
  return `单位：${unit}`;
}

function budgetRow(p: ProjectSpec): TaggedCell[] {
  return [
    c("预算规模及资金用途", "label", 1, 2),
    c("预算数", "label"),
    c(amountValue(p.total), "amount", 1, 1, `total:${p.pid}`),
    c(FISCAL_LABEL, "label"),
    c(amountValue(p.fiscal), "amount"),
    c("其他资金", "label"),
    c(amountValue(p.other), "amount"),
  ];
}

function tianjinBlock(p: ProjectSpec, index: number, codedAgency: string): RowOp[] {
  const ops: RowOp[] = [
    { kind: "row", cells: [c(`${index}.${p.name}绩效目标表`, "title", 7)] },
    { kind: "row", cells: [c(codedAgency, "note", 5), c(unitStatement(p.unit), "noteRight", 2)] },
    { kind: "row", cells: [c("项目名称", "label"), c(p.name, "text", 6, 1, `name:${p.pid}`)] },
    { kind: "row", cells: budgetRow(p) },
    { kind: "row", cells: [c(`主要用于${p.topicUse}。`, "text", 6)] },
    { kind: "row", cells: [c("绩效目标", "label"), c(p.goal, "text", 6)] },
    { kind: "row", cells: [c("一级指标", "header"), c("二级指标", "header"), c("三级指标", "header"), c("绩效指标描述", "header", 2), c("指标值", "header", 2)] },
  ];
  const s1 = spans(p.indicators.map((i) => i.l1));
  p.indicators.forEach((ind, i) => {
    const lead = s1[i]! > 0 ? [c(level1Label(ind.l1), "center", 1, s1[i])] : [];
    const description = p.describeAsSpending ? "项目支出" : `反映${ind.name}情况`;
    ops.push({ kind: "row", cells: [...lead, c(level2Label(ind.l2, "tianjin"), "center"), c(ind.name, "center"), c(description, "text", 2), c(combined(ind.target, false), "center", 2)] });
  });
  return ops;
}

function qingdaoBlock(p: ProjectSpec, index: number, codedAgency: string): RowOp[] {
  const ops: RowOp[] = [
    { kind: "row", cells: [c(`${index}.${p.name}绩效目标表`, "title", 7)] },
    { kind: "row", cells: [c(codedAgency, "note", 5), c(unitStatement(p.unit), "noteRight", 2)] },
    { kind: "row", cells: [c("项目编码", "label"), c(p.code, "text", 2), c("项目名称", "label"), c(p.name, "text", 3, 1, `name:${p.pid}`)] },
    { kind: "row", cells: budgetRow(p) },
    { kind: "row", cells: [c(`用于${p.topicUse}`, "text", 6)] },
  ];
  if (p.plan) {
    const [q1, q2, q3, q4] = p.plan.map(amountValue);
    ops.push({ kind: "row", cells: [c(p.planLabel, "label", 1, 2), c("3月底", "label", 2), c("6月底", "label"), c("10月底", "label"), c("12月底", "label", 2)] });
    ops.push({ kind: "row", cells: [c(q1 ?? null, "amount", 2), c(q2 ?? null, "amount"), c(q3 ?? null, "amount"), c(q4 ?? null, "amount", 2)] });
  }
  ops.push({ kind: "row", cells: [c("绩效目标", "label"), c(p.goal, "text", 6)] });
  ops.push({ kind: "row", cells: [c("一级指标", "header"), c("二级指标", "header"), c("三级指标", "header"), c("绩效指标描述", "header", 2), c("指标值", "header"), c("指标值确定依据", "header")] });
  const s1 = spans(p.indicators.map((i) => i.l1));
  p.indicators.forEach((ind, i) => {
    const lead = s1[i]! > 0 ? [c(level1Label(ind.l1), "center", 1, s1[i])] : [];
    ops.push({
      kind: "row",
      cells: [...lead, c(level2Label(ind.l2, "qingdao"), "center"), c(ind.name, "center"), c(`指全年${ind.name}`, "text", 2), c(combined(ind.target, false), "center"), c(ind.basis, "center")],
    });
  });
  return ops;
}

const KORLA_HEADER: readonly string[] = ["一级指标", "二级指标", "三级指标", "指标值", "指标值设置依据", "上年完成值", "指标分值权重", "指标赋分规则", "佐证资料"];

function korlaBlock(p: ProjectSpec, year: number): RowOp[] {
  const ops: RowOp[] = [
    { kind: "row", cells: [c("项目支出绩效目标表", "title", 9)] },
    { kind: "row", cells: [c(`(${year}年)`, "subtitle", 9)] },
    { kind: "row", cells: [c("预算单位", "label", 2), c(p.agency, "text", 7)] },
    { kind: "row", cells: [c("项目名称", "label", 2), c(p.name, "text", 3, 1, `name:${p.pid}`), c("项目负责人", "label", 2), c(p.leader, "text", 2)] },
    {
      kind: "row",
      cells: [
        c(`项目资金（${p.unit}）`, "label", 2),
        c("年度预算总额：", "label"),
        c(amountValue(p.total), "number", 1, 1, `total:${p.pid}`),
        c("其中：财政拨款", "label"),
        c(amountValue(p.fiscal), "number"),
        c("其他资金：", "label"),
        c(amountValue(p.other ?? 0), "number", 2),
      ],
    },
    { kind: "row", cells: [c("项目总体目标", "label", 2), c(p.goal, "text", 7)] },
    { kind: "row", cells: KORLA_HEADER.map((h) => c(h, "header")) },
  ];
  const s1 = spans(p.indicators.map((i) => i.l1));
  // 二级 cells merge within their 一级 (the seed merges repeated 二级 names).
  const s2 = spans(p.indicators.map((i) => `${i.l1}/${i.l2}`));
  p.indicators.forEach((ind, i) => {
    ops.push({
      kind: "row",
      cells: [
        ...(s1[i]! > 0 ? [c(level1Label(ind.l1), "center", 1, s1[i])] : []),
        ...(s2[i]! > 0 ? [c(level2Label(ind.l2, "korla"), "center", 1, s2[i])] : []),
        c(ind.name, "center"),
        c(combined(ind.target, p.asciiOperators), "center"),
        c(ind.basis, "center"),
        c(ind.lastYear, "center"),
        c(ind.weight, "number"),
        c(ind.rule, "center"),
        c(ind.evidence, "center"),
      ],
    });
  });
  return ops;
}

/** The encoded indicator cell of seed 003: "1、1-产出指标；12-质量指标；名称；实施周期指标值:…；年度指标值:…。2、…". */
function encodeIndicators(indicators: readonly IndicatorSpec[]): string {
  return indicators
    .map((ind, i) => {
      const value = combined(ind.target, false);
      return `${i + 1}、${LEVEL1_CODE[ind.l1]}-${level1Label(ind.l1)}；${LEVEL2_CODE[ind.l2]}-${level2Label(ind.l2, "list")}；${ind.name}；实施周期指标值:${value}；年度指标值:${value}。`;
    })
    .join("");
}

function flatRows(p: ProjectSpec): RowOp[] {
  const k = p.indicators.length;
  const s1 = spans(p.indicators.map((i) => i.l1));
  return p.indicators.map((ind, i): RowOp => {
    const project =
      i === 0
        ? [
            c(p.name, "text", 1, k, `name:${p.pid}`),
            c(p.agency, "text", 1, k),
            c(amountValue(p.total), "amount", 1, k, `total:${p.pid}`),
            c(amountValue(p.fiscal), "amount", 1, k),
            c(amountValue(p.other), "amount", 1, k),
            c(p.goal, "text", 1, k),
          ]
        : [];
    const tg = ind.target;
    const op = tg.qualitative ? "定性" : tg.op === "" ? "=" : tg.op;
    return {
      kind: "row",
      cells: [
        ...project,
        ...(s1[i]! > 0 ? [c(level1Label(ind.l1), "center", 1, s1[i])] : []),
        c(level2Label(ind.l2, "flat"), "center"),
        c(ind.name, "center"),
        c(op, "center"),
        c(tg.amount, "center"),
        c(tg.unit === "" ? null : tg.unit, "center"),
      ],
    };
  });
}

// ---------------------------------------------------------------------------------------------
// The generator proper

interface Agency {
  readonly region: Region;
  readonly name: string;
  readonly coded: string;
}

function drawAgency(r: Rng): Agency {
  const region = r.pick(REGIONS);
  const body = r.pick(AGENCY_BODIES);
  const name = `${region.city}${region.district}${body}`;
  return { region, name, coded: `${region.code}${String(r.int(1, 99)).padStart(2, "0")}${name}` };
}

const CHINESE_PHASES = "二三四五六七八九十";

class ProjectFactory {
  private readonly r: Rng;
  private readonly names = new Set<string>();
  private pid = 0;
  constructor(
    readonly seed: number,
    private readonly errorRate: number,
  ) {
    this.r = new Rng(seed);
  }

  private uniqueName(base: string): string {
    let name = base;
    for (let k = 0; this.names.has(name); k++) {
      name = k < CHINESE_PHASES.length ? `${base}（${CHINESE_PHASES[k]}期）` : `${base}（${k + 2}）`;
    }
    this.names.add(name);
    return name;
  }

  private project(layout: Layout, agency: Agency, unit: MoneyUnit, year: number): ProjectSpec {
    const r = this.r;
    const [stem, suffix, use] = r.pick(TOPICS);
    const district = agency.region.district;
    const base =
      layout === "korla"
        ? `部门专项-${district}${stem}${suffix}`
        : layout === "qingdao"
          ? `${year}年${district}${stem}${suffix}`
          : `${district}${stem}${suffix}`;
    const name = this.uniqueName(base);
    const factor = unit === "元" ? 10_000 : 1;
    const budget = drawBudget(r) * factor;
    let other: number | null = null;
    let special: number | null = null;
    if (r.chance(0.25)) other = Math.round((budget * r.int(5, 40)) / 100);
    else if (layout === "flat" || layout === "korla" || r.chance(0.3)) other = 0;
    if (layout === "list" && r.chance(0.1)) special = Math.round(((budget - (other ?? 0)) * r.int(10, 50)) / 100);
    const fiscal = budget - (other ?? 0) - (special ?? 0);
    let delta = 0;
    if (r.chance(this.errorRate)) {
      delta = r.pick([10, 100, 1000, -10, -100, 50]) * factor;
      if (budget + delta <= 0) delta = -delta;
    }
    const total = budget + delta;
    let plan: number[] | null = null;
    if (layout === "qingdao" && r.chance(0.8)) {
      const q1 = Math.round((total * r.int(0, 30)) / 100);
      const q2 = Math.max(q1, Math.round((total * r.int(30, 60)) / 100));
      const q3 = Math.max(q2, Math.round((total * r.int(60, 90)) / 100));
      plan = [q1, q2, q3, total];
    }
    return {
      pid: this.pid++,
      name,
      code: `${agency.region.code}${String(year).slice(2)}P${String(r.int(0, 99_999_999_999)).padStart(11, "0")}${r.pick(["N", "4", "9", "X"])}`,
      agency: agency.name,
      leader: `${r.pick([...SURNAMES])}${r.pick(GIVEN)}`,
      topicUse: use,
      goal: r.pick(GOALS).replace("{topic}", stem),
      unit,
      total,
      fiscal,
      special,
      other,
      delta,
      plan,
      indicators: drawIndicators(r, layout, year, unit, total),
      asciiOperators: r.chance(0.5),
      describeAsSpending: r.chance(0.3),
      planLabel: r.chance(0.3) ? "资金支出计划（%）" : `资金支出计划（${unit}）`,
    };
  }

  sheet(index: number, layout: Layout, count: number): SheetPlan {
    const r = this.r;
    const agency = drawAgency(r);
    const year = r.pick(YEARS);
    const unit: MoneyUnit = layout === "tianjin" && r.chance(0.2) ? "元" : "万元";
    const word = layout === "list" ? "绩效目标汇总" : layout === "flat" ? "绩效指标明细" : "绩效目标表";
    const name = `${String(index + 1).padStart(3, "0")}${agency.region.district}${word}`;
    const projects: ProjectSpec[] = [];
    for (let i = 0; i < count; i++) projects.push(this.project(layout, agency, unit, year));
    const ops: RowOp[] = [];
    const sumRows: SumRow[] = [];
    /** Projects in the order they are written (list sheets group them by unit). */
    let written: ProjectSpec[] = projects;
    const blockGap = (i: number): void => {
      if (i > 0) ops.push({ kind: "blank", count: 2 });
    };
    let widths: readonly number[];
    switch (layout) {
      case "tianjin":
        widths = TIANJIN_WIDTHS;
        projects.forEach((p, i) => {
          blockGap(i);
          ops.push(...tianjinBlock(p, i + 1, agency.coded));
        });
        break;
      case "qingdao":
        widths = QINGDAO_WIDTHS;
        projects.forEach((p, i) => {
          blockGap(i);
          ops.push(...qingdaoBlock(p, i + 1, agency.coded));
        });
        break;
      case "korla":
        widths = KORLA_WIDTHS;
        projects.forEach((p, i) => {
          blockGap(i);
          ops.push(...korlaBlock(p, year));
        });
        break;
      case "list": {
        widths = LIST_WIDTHS;
        ops.push({ kind: "row", cells: [c("项目支出绩效目标表（含转移支付项目）", "title", 7)] });
        ops.push({ kind: "row", cells: [c(`部门名称：${agency.name}`, "note", 6), c(unitStatement(unit), "noteRight")] });
        ops.push({ kind: "row", cells: ["项目名称（资金使用单位）", "总计", "财政拨款", "财政专户拨款", "其他资金", "绩效目标", "绩效指标"].map((h) => c(h, "header")) });
        // Projects fall into the agency itself and one to three of its subordinate units.
        const units = [agency.name, ...r.shuffle(SUB_UNITS).slice(0, r.int(1, 3)).map((u) => `${agency.region.district}${u}`)];
        const groups: ProjectSpec[][] = units.map(() => []);
        projects.forEach((p, i) => groups[i < units.length ? i : r.int(0, units.length - 1)]!.push(p));
        const sumCells = (tag: string, label: string, members: readonly ProjectSpec[]): RowOp => {
          const col = (f: (p: ProjectSpec) => number | null): number | null =>
            members.some((m) => f(m) !== null) ? members.reduce((s, m) => s + (f(m) ?? 0), 0) : null;
          return {
            kind: "row",
            cells: [
              c(label, "text"),
              c(amountValue(col((m) => m.total)), "amount", 1, 1, tag),
              c(amountValue(col((m) => m.fiscal)), "amount"),
              c(amountValue(col((m) => m.special)), "amount"),
              c(amountValue(col((m) => m.other)), "amount"),
              c(null, "text"),
              c(null, "text"),
            ],
          };
        };
        written = groups.flat();
        ops.push(sumCells(`sum:${index}:total`, "合计", projects));
        sumRows.push({ tag: `sum:${index}:total`, members: projects });
        groups.forEach((members, g) => {
          if (members.length === 0) return;
          const tag = `sum:${index}:${g}`;
          ops.push(sumCells(tag, units[g]!, members));
          sumRows.push({ tag, members });
          for (const p of members) {
            ops.push({
              kind: "row",
              cells: [
                c(p.name, "text", 1, 1, `name:${p.pid}`),
                c(amountValue(p.total), "amount", 1, 1, `total:${p.pid}`),
                c(amountValue(p.fiscal), "amount"),
                c(amountValue(p.special), "amount"),
                c(amountValue(p.other), "amount"),
                c(p.goal, "text"),
                c(encodeIndicators(p.indicators), "text"),
              ],
            });
          }
        });
        break;
      }
      case "flat": {
        widths = FLAT_WIDTHS;
        ops.push({ kind: "row", cells: [c(`${agency.name}${year}年项目支出绩效目标表`, "title", 12)] });
        ops.push({ kind: "row", cells: [c(`填报单位：${agency.name}`, "note", 10), c(unitStatement(unit), "noteRight", 2)] });
        const header = ["项目名称", "预算单位", "预算数", "财政资金", "其他资金", "年度绩效目标", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"];
        ops.push({ kind: "row", cells: header.map((h) => c(h, "header")) });
        for (const p of projects) ops.push(...flatRows(p));
        break;
      }
    }
    return { name, layout, widths, ops, projects: written, sumRows };
  }
}

function perSheet(projects: number, options?: GenerateOptions): number {
  return options?.projectsPerSheet ?? Math.min(PROJECTS_PER_SHEET, Math.max(6, Math.ceil(projects / LAYOUTS.length)));
}

/** Sheet plans in order; layouts rotate over the sheets in a seeded order, each round using all five. */
function* sheetPlans(projects: number, seed: number, options?: GenerateOptions): Generator<SheetPlan> {
  const gen = new ProjectFactory(seed, options?.errorRate ?? DEFAULT_ERROR_RATE);
  const size = perSheet(projects, options);
  const order = new Rng(seed ^ 0x5bd1e995);
  let round: Layout[] = [];
  let left = projects;
  for (let i = 0; left > 0; i++) {
    if (round.length === 0) round = order.shuffle(LAYOUTS);
    const layout = round.shift()!;
    const count = Math.min(size, left);
    left -= count;
    yield gen.sheet(i, layout, count);
  }
}

// ---------------------------------------------------------------------------------------------
// Placement: the same cell placement as SheetWriter.addRow, producing a core grid

interface Placed {
  readonly grid: Grid;
  readonly tags: ReadonlyMap<string, string>;
  readonly rows: number;
  readonly cells: number;
}

const STRIDE = 64;

function place(plan: SheetPlan): Placed {
  const cells: GridValue[][] = [];
  const merges: CellRange[] = [];
  const covered = new Set<number>();
  const tags = new Map<string, string>();
  let filled = 0;
  let r = 0;
  for (const op of plan.ops) {
    if (op.kind === "blank") {
      r += op.count;
      continue;
    }
    let col = 0;
    for (const spec of op.cells) {
      while (covered.has(r * STRIDE + col)) col++;
      const colSpan = spec.colSpan ?? 1;
      const rowSpan = spec.rowSpan ?? 1;
      if (col + colSpan > plan.widths.length) throw new Error(`${plan.name} row ${r + 1}: cells run past column ${plan.widths.length}`);
      if (spec.value !== null) {
        while (cells.length <= r) cells.push([]);
        const row = cells[r]!;
        while (row.length < col) row.push(null);
        row[col] = spec.value;
        filled++;
      }
      for (let rr = r; rr < r + rowSpan; rr++) for (let cc = col; cc < col + colSpan; cc++) covered.add(rr * STRIDE + cc);
      if (colSpan > 1 || rowSpan > 1) merges.push({ top: r, left: col, bottom: r + rowSpan - 1, right: col + colSpan - 1 });
      if (spec.tag !== undefined) tags.set(spec.tag, a1(r, col));
      col += colSpan;
    }
    r++;
  }
  return { grid: { sheet: plan.name, cells, merges }, tags, rows: r, cells: filled };
}

/** Accumulates the generation info from placed sheets. */
class InfoCollector {
  private readonly projects: GeneratedProject[] = [];
  private readonly sheets: SheetSummary[] = [];
  private readonly injected: InjectedError[] = [];
  private readonly expected: ExpectedDiagnostic[] = [];
  private rows = 0;
  private cells = 0;
  private merges = 0;

  constructor(private readonly seed: number) {}

  add(plan: SheetPlan, placed: Placed): void {
    const at = (tag: string): string => {
      const cell = placed.tags.get(tag);
      if (cell === undefined) throw new Error(`${plan.name}: no cell tagged ${tag}`);
      return cell;
    };
    this.sheets.push({ name: plan.name, layout: plan.layout, projects: plan.projects.length, rows: placed.rows });
    this.rows += placed.rows;
    this.cells += placed.cells;
    this.merges += placed.grid.merges.length;
    for (const p of plan.projects) {
      const totalCell = at(`total:${p.pid}`);
      const other = (p.other ?? 0) + (p.special ?? 0);
      this.projects.push({
        sheet: plan.name,
        layout: plan.layout,
        name: p.name,
        agency: p.agency,
        unit: p.unit,
        budget: { total: p.total / 100, fiscal: p.fiscal / 100, other: other / 100 },
        indicators: p.indicators.length,
        nameCell: at(`name:${p.pid}`),
        totalCell,
      });
      if (p.delta !== 0) {
        this.injected.push({ kind: "budget-sum", sheet: plan.name, cell: totalCell, project: p.name, written: p.total / 100, sum: (p.total - p.delta) / 100 });
        this.expected.push({ rule: "funds-budget-sum", sheet: plan.name, cell: totalCell, consequential: false });
      }
    }
    for (const s of plan.sumRows) {
      if (s.members.reduce((sum, m) => sum + m.delta, 0) !== 0) {
        this.expected.push({ rule: "summary-columns-add-up", sheet: plan.name, cell: at(s.tag), consequential: true });
      }
    }
  }

  info(): GenerationInfo {
    return {
      seed: this.seed,
      projects: this.projects,
      sheets: this.sheets,
      injected: this.injected,
      expected: this.expected,
      rows: this.rows,
      cells: this.cells,
      merges: this.merges,
    };
  }
}

/** In-memory grids of a generated workbook, as the xlsx host would read them back. */
export function generateGrids(projects: number, seed: number = DEFAULT_SEED, options?: GenerateOptions): GeneratedGrids {
  const sheets: Grid[] = [];
  const collector = new InfoCollector(seed);
  for (const plan of sheetPlans(projects, seed, options)) {
    const placed = place(plan);
    collector.add(plan, placed);
    sheets.push(placed.grid);
  }
  return { sheets, info: collector.info() };
}

/** Writes the same workbook as generateGrids(projects, seed, options) to an xlsx file (styles and merges included). */
export async function writeWorkbook(projects: number, path: string, seed: number = DEFAULT_SEED, options?: GenerateOptions): Promise<GenerationInfo> {
  const workbook = createWorkbook();
  const collector = new InfoCollector(seed);
  for (const plan of sheetPlans(projects, seed, options)) {
    collector.add(plan, place(plan));
    const writer = SheetWriter.add(workbook, plan.name, plan.widths);
    for (const op of plan.ops) {
      if (op.kind === "blank") writer.blank(op.count);
      else writer.addRow(op.cells);
    }
  }
  await workbook.xlsx.writeFile(path);
  return collector.info();
}

/**
 * Seed 004: 库尔勒市信访局, 2023 weighted target tables, 3 projects in 万元.
 * One sheet, one block per project. Transcribed verbatim, including the half-width labels of
 * the second block ("项目资金(万元)", "年度预算总额:") and the 二级 "满意度指标".
 */
import ExcelJS from "exceljs";
import {
  BlockInfo,
  SheetWriter,
  center,
  fmt,
  header,
  label,
  number,
  spansDown,
  subtitle,
  text,
  title,
} from "./sheet-writer";

export const TITLE = "项目支出绩效目标表";
export const YEAR = "(2023年)";
export const AGENCY = "库尔勒市信访局";
export const HEADER: readonly string[] = [
  "一级指标",
  "二级指标",
  "三级指标",
  "指标值",
  "指标值设置依据",
  "上年完成值",
  "指标分值权重",
  "指标赋分规则",
  "佐证资料",
];

/**
 * 一级 · 二级 (both null on continuation rows, merged with the cell above) · 三级 · 指标值 ·
 * 指标值设置依据 · 上年完成值 (null when blank) · 指标分值权重 · 指标赋分规则 · 佐证资料.
 */
export type Seed004Indicator = readonly [
  string | null,
  string | null,
  string,
  string,
  string,
  string | null,
  number,
  string,
  string,
];

export interface Seed004Project {
  readonly name: string;
  readonly leader: string;
  readonly fundsLabel: string;
  readonly totalLabel: string;
  readonly total: number;
  readonly fiscalLabel: string;
  readonly fiscal: number;
  readonly otherLabel: string;
  readonly other: number;
  readonly goal: string;
  readonly indicators: readonly Seed004Indicator[];
}

export const PROJECTS: readonly Seed004Project[] = [
  {
    name: "部门专项-信访局大楼运行经费",
    leader: "张华庆",
    fundsLabel: "项目资金（万元）",
    totalLabel: "年度预算总额：",
    total: 15,
    fiscalLabel: "其中：财政拨款",
    fiscal: 15,
    otherLabel: "其他资金：",
    other: 0,
    goal: "目标1：满足信访局办公场所日常水电暖正常运转，维护信访大楼面积2380.4平方米。 目标2：通过项目的实施，提升信访干部和上访群众信访服务环境，保障我市信访工作顺利开展。",
    indicators: [
      ["产出指标", "数量指标", "维护信访大楼面积", "≥2380.4平方米", "历史标准", "2380.4平方米", 20, "按照正常比例赋分", "工作资料"],
      [null, "质量指标", "信访大楼水、暖", "=100%", "历史标准", "100%", 10, "按照正常比例赋分", "工作资料"],
      [null, "时效指标", "资金拨付及时率", "=100%", "历史标准", "100%", 10, "按照正常比例赋分", "原始凭证"],
      ["成本指标", "经济成本指标", "大楼水电暖维修费", "≤3万元", "预算支出标准", "0万元", 7, "按照正常比例赋分", "工作资料, 原始凭证"],
      [null, null, "大楼日常物业水电", "≤6万元", "预算支出标准", "0万元", 7, "按照正常比例赋分", "原始凭证"],
      [null, null, "其他办公费用", "≤6万元", "预算支出标准", "0万元", 6, "按照正常比例赋分", "原始凭证"],
      ["效益指标", "社会效益指标", "促进我市信访工作", "有效促进", "历史标准", "无", 10, "按评判等级赋分", "工作资料"],
      [null, null, "提升信访干部和上访群众", "有效提升", "历史标准", "达成目标", 10, "按评判等级赋分", "工作资料"],
      ["满意度指标", "满意度指标", "来访群众满意度", "≥95%", "历史标准", "95%", 10, "满意度赋分", "工作资料"],
    ],
  },
  {
    name: "部门专项-聘请法律顾问经费",
    leader: "张华庆",
    fundsLabel: "项目资金(万元)",
    totalLabel: "年度预算总额:",
    total: 1,
    fiscalLabel: "其中:财政拨款",
    fiscal: 1,
    otherLabel: "其他资金:",
    other: 0,
    goal: "目标1: 聘请一名法律顾问, 每年支付1万元。负责日常解答法律咨询, 对突发或日常咨询事项及时提出法律处置方案与建议, 审查修改重要法律文书, 参与重大合同、项目的谈判及重大事项决策评价, 完备重大决策及签订合同的法定内容与手续。 目标2: 增强信访公信力, 提高我局职工法律知识水平, 防止行政、民事纠纷, 避免招致刑事责任。对",
    indicators: [
      ["产出指标", "数量指标", "聘请法律顾问人数", ">=1人", "计划标准", null, 10, "按照正常比例赋分", "工作资料"],
      [null, "质量指标", "聘请法律顾问合格", "=100%", "行业或国家标准", null, 10, "直接赋分", "正式材料"],
      [null, "时效指标", "业务开展及时率", "=100%", "历史标准", null, 20, "按照正常比例赋分", "工作资料"],
      ["成本指标", "经济成本指标", "聘请法律顾问经费", "<=1万元/人/年", "预算支出标准", null, 20, "按照正常比例赋分", "原始凭证"],
      ["效益指标", "社会效益指标", "增强信访公信力", "显著增强", "其他标准", null, 10, "按评判等级赋分", "工作资料"],
      [null, null, "提高我局职工法律", "有效提高", "其他标准", null, 10, "按评判等级赋分", "工作资料"],
      ["满意度指标", "满意度指标", "信访群众满意度", ">=95%", "其他标准", null, 10, "满意度赋分", "工作资料"],
    ],
  },
  {
    name: "部门专项-长期驻京驻乌劝返工作人员补贴",
    leader: "张华庆",
    fundsLabel: "项目资金（万元）",
    totalLabel: "年度预算总额：",
    total: 2,
    fiscalLabel: "其中：财政拨款",
    fiscal: 2,
    otherLabel: "其他资金：",
    other: 0,
    goal: "目标1：解决无休驻京驻乌人员的食宿、交通问题。 目标2：驻京驻乌人员随时负责我市赴京赴乌上访人员的劝返和稳控工作，并及时向库尔勒市反馈汇报相关进度情况，提出相关建议，更好的开展信访工作，规范群众上访程序。",
    indicators: [
      ["产出指标", "数量指标", "长期驻京驻乌人数", ">=2人", "历史标准", "2人", 20, "按照正常比例赋分", "原始凭证"],
      [null, "质量指标", "资金发放准确率", "=100%", "历史标准", "100%", 10, "按照正常比例赋分", "原始凭证"],
      [null, "时效指标", "应急劝返及时率", ">=90%", "历史标准", "100%", 10, "按照正常比例赋分", "工作资料"],
      ["成本指标", "经济成本指标", "长期驻京人员差旅", "<=1万元", "预算支出标准", "0万元", 10, "按照正常比例赋分", "原始凭证"],
      [null, null, "驻乌人员差旅费", "<=1万元", "预算支出标准", "0万元", 10, "按照正常比例赋分", "原始凭证"],
      ["效益指标", "社会效益指标", "促进我市赴京上访", "有效促进", "历史标准", "达成目标", 10, "按评判等级赋分", "工作资料"],
      [null, null, "规范群众上访程序", "有效规范", "历史标准", "达成目标", 10, "按评判等级赋分", "工作资料"],
      ["满意度指标", "满意度指标", "来访群众满意度", ">=95%", "历史标准", "95%", 10, "满意度赋分", "工作资料"],
    ],
  },
];

const WIDTHS: readonly number[] = [12, 14, 22, 16, 14, 13, 10, 16, 14];

/** 二级 spans must stay inside their 一级 span. */
function checkSpans(level1: readonly number[], level2: readonly number[]): void {
  level1.forEach((s1, i) => {
    if (s1 > 0 && level2[i] === 0) throw new Error("seed 004: a new 一级 without its own 二级");
  });
}

function writeBlock(w: SheetWriter, p: Seed004Project): number {
  const first = w.addRow([title(TITLE, 9)]);
  w.addRow([subtitle(YEAR, 9)]);
  w.addRow([label("预算单位", 2), text(AGENCY, 7)]);
  w.addRow([label("项目名称", 2), text(p.name, 3), label("项目负责人", 2), text(p.leader, 2)]);
  w.addRow([
    label(p.fundsLabel, 2),
    label(p.totalLabel),
    number(p.total),
    label(p.fiscalLabel),
    number(p.fiscal),
    label(p.otherLabel),
    number(p.other, 2),
  ]);
  w.addRow([label("项目总体目标", 2), text(p.goal, 7)]);
  w.addRow(HEADER.map((h) => header(h)));
  const spans1 = spansDown(p.indicators.map((r) => r[0]));
  const spans2 = spansDown(p.indicators.map((r) => r[1]));
  checkSpans(spans1, spans2);
  p.indicators.forEach(([level1, level2, level3, value, basis, lastYear, weight, rule, evidence], i) => {
    w.addRow([
      ...(spans1[i] > 0 ? [center(level1, 1, spans1[i])] : []),
      ...(spans2[i] > 0 ? [center(level2, 1, spans2[i])] : []),
      center(level3),
      center(value),
      center(basis),
      center(lastYear),
      number(weight),
      center(rule),
      center(evidence),
    ]);
  });
  return first;
}

export function buildSeed004(workbook: ExcelJS.Workbook): BlockInfo[] {
  const w = SheetWriter.add(workbook, "绩效目标表", WIDTHS);
  return PROJECTS.map((p, i) => {
    if (i > 0) w.blank(2);
    const firstRow = writeBlock(w, p);
    const weights = p.indicators.reduce((sum, r) => sum + r[6], 0);
    return {
      sheet: w.name,
      firstRow,
      label: p.name,
      amounts: `年度预算总额 ${fmt(p.total)} = 财政拨款 ${fmt(p.fiscal)} + 其他资金 ${fmt(p.other)}; 权重合计 ${weights}`,
    };
  });
}

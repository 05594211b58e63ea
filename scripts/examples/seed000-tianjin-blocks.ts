/**
 * Seed 000: 天津市人民政府信访办公室, 项目支出绩效目标表（2024年）, 7 projects in 万元.
 * One sheet, one block per project, stacked with two blank rows between blocks.
 * Transcribed verbatim from the seed text, including its oddities ("其中：财政    资金").
 */
import ExcelJS from "exceljs";
import { BlockInfo, SheetWriter, amount, center, fmt, header, label, note, noteRight, spansDown, text, title } from "./sheet-writer";

/** 一级 (null on continuation rows, merged with the cell above) · 二级 · 三级 · 绩效指标描述 · 指标值. */
export type FiveColumnIndicator = readonly [string | null, string, string, string, string];

/** One target table in the Tianjin block layout (seed 000, and the project tables of seed 001). */
export interface TianjinBlock {
  readonly title: string;
  readonly agency: string;
  readonly unit: string;
  readonly name: string;
  readonly budget: number | null;
  readonly fiscalLabel: string;
  readonly fiscal: number | null;
  readonly other: number | null;
  readonly use: string;
  readonly goal: string;
  readonly indicators: readonly FiveColumnIndicator[];
}

/** Seven grid columns: 一级 · 二级 · 三级 · 绩效指标描述 (2 columns) · 指标值 (2 columns). */
export const TIANJIN_WIDTHS: readonly number[] = [16, 14, 22, 16, 14, 12, 14];

/** Writes one block; returns its first row. */
export function writeTianjinBlock(w: SheetWriter, b: TianjinBlock): number {
  const first = w.addRow([title(b.title, 7)]);
  w.addRow([note(b.agency, 5), noteRight(b.unit, 2)]);
  w.addRow([label("项目名称"), text(b.name, 6)]);
  w.addRow([
    label("预算规模及资金用途", 1, 2),
    label("预算数"),
    amount(b.budget),
    label(b.fiscalLabel),
    amount(b.fiscal),
    label("其他资金"),
    amount(b.other),
  ]);
  w.addRow([text(b.use, 6)]);
  w.addRow([label("绩效目标"), text(b.goal, 6)]);
  w.addRow([header("一级指标"), header("二级指标"), header("三级指标"), header("绩效指标描述", 2), header("指标值", 2)]);
  const spans = spansDown(b.indicators.map((r) => r[0]));
  b.indicators.forEach(([level1, level2, level3, description, value], i) => {
    const lead = spans[i] > 0 ? [center(level1, 1, spans[i])] : [];
    w.addRow([...lead, center(level2), center(level3), text(description, 2), center(value, 2)]);
  });
  return first;
}

export const AGENCY = "340102天津市人民政府信访办公室";
export const UNIT = "单位：万元";
export const FISCAL_LABEL = "其中：财政    资金";

export interface Seed000Project {
  readonly title: string;
  readonly name: string;
  readonly budget: number;
  readonly fiscal: number;
  /** The seed's 其他资金 cell holds only a space: written as an empty cell. */
  readonly other: number | null;
  readonly use: string;
  readonly goal: string;
  readonly indicators: readonly FiveColumnIndicator[];
}

export const PROJECTS: readonly Seed000Project[] = [
  {
    title: "1.市信访办履职能力提升经费绩效目标表",
    name: "市信访办履职能力提升经费",
    budget: 81.00,
    fiscal: 81.00,
    other: null,
    use: "主要用于信访大楼保障支出。",
    goal: "1.市信访办履职能力提升，保证机关各项工作正常运转。",
    indicators: [
      ["产出指标", "数量指标", "保障人数", "项目支出", "≤91人"],
      [null, "质量指标", "资金使用合规率", "项目支出", "100%"],
      [null, "时效指标", "资金使用时间", "项目支出", "2024年1月至12月"],
      [null, "成本指标", "控制成本", "项目支出", "≤81万元"],
      ["效益指标", "社会效益指标", "保障机关正常运转", "项目支出", "基本保障"],
      ["满意度指标", "服务对象满意度指标", "机关人员满意度", "项目支出", "≥95%"],
    ],
  },
  {
    title: "2.信访工作法治化保障经费绩效目标表",
    name: "信访工作法治化保障经费",
    budget: 12.00,
    fiscal: 12.00,
    other: null,
    use: "主要用于信访工作法治化等业务支出。",
    goal: "1.保障信访工作法治化开展，重要节点信访情况稳定。",
    indicators: [
      ["产出指标", "数量指标", "部门人数", "项目支出", "≤91人"],
      [null, "质量指标", "资金使用合规率", "项目支出", "100%"],
      [null, "时效指标", "资金使用时间", "项目支出", "2024年1月至12月"],
      [null, "成本指标", "控制成本", "项目支出", "≤12万元"],
      ["效益指标", "社会效益指标", "保障机关正常运转", "项目支出", "基本保障"],
      ["满意度指标", "服务对象满意度指标", "满意度", "项目支出", "≥95%"],
    ],
  },
  {
    title: "3.信访接待中心工作经费绩效目标表",
    name: "信访接待中心工作经费",
    budget: 76.00,
    fiscal: 76.00,
    other: null,
    use: "主要用于聘用文职人员的工资福利等支出。",
    goal: "1.聘用文员，按要求完成任务，保障信访业务正常开展",
    indicators: [
      ["产出指标", "数量指标", "文员人数", "项目支出", "≤10人"],
      [null, "质量指标", "考核合格率", "项目支出", "100%"],
      [null, "时效指标", "资金使用时间", "项目支出", "2024年1月至12月"],
      [null, "成本指标", "人员成本", "项目支出", "≤76万元"],
      ["效益指标", "社会效益指标", "保障机关正常运转", "项目支出", "保障信访业务正常开展"],
      ["满意度指标", "服务对象满意度指标", "部门满意度", "项目支出", "≥95%"],
    ],
  },
  {
    title: "4.信访信息系统运维费绩效目标表",
    name: "信访信息系统运维费",
    budget: 72.90,
    fiscal: 72.90,
    other: null,
    use: "主要用于智慧信访系统运维等支出。",
    goal: "1.保障信访信息系统运维",
    indicators: [
      ["产出指标", "数量指标", "部门人数", "项目支出", "≥8人"],
      [null, "质量指标", "资金使用合规率", "项目支出", "100%"],
      [null, "时效指标", "项目完成时间", "项目支出", "2024年1月至12月"],
      [null, "成本指标", "运维成本", "项目支出", "≤72.9万元"],
      ["效益指标", "社会效益指标", "保障机关正常运转", "项目支出", "基本保障"],
      ["满意度指标", "服务对象满意度指标", "部门满意度", "项目支出", "≥95%"],
    ],
  },
  {
    title: "5.政府门前办工作经费绩效目标表",
    name: "政府门前办工作经费",
    budget: 142.00,
    fiscal: 142.00,
    other: null,
    use: "主要用于市委、市政府门前办的房租费、物业费等支出。",
    goal: "1.保障政府门前物业、房租和经费开支。",
    indicators: [
      ["产出指标", "数量指标", "部门人数", "项目支出", "≥7人"],
      [null, "质量指标", "资金使用合规率", "项目支出", "100%"],
      [null, "时效指标", "资金使用时间", "项目支出", "2024年1月至12月"],
      [null, "成本指标", "控制成本", "项目支出", "≤142万元"],
      ["效益指标", "社会效益指标", "保障机关正常运转", "项目支出", "基本保障"],
      ["满意度指标", "服务对象满意度指标", "部门满意度", "项目支出", "≥95%"],
    ],
  },
  {
    title: "6.驻京信访工作处工作经费绩效目标表",
    name: "驻京信访工作处工作经费",
    budget: 100.00,
    fiscal: 100.00,
    other: null,
    use: "主要用于驻京工作人员常驻北京期间产生的住宿费、办公费等支出。",
    goal: "1.保障驻京工作处房租和差旅补贴",
    indicators: [
      ["产出指标", "数量指标", "部门人数", "项目支出", "≥4人"],
      [null, "质量指标", "资金使用合规率", "项目支出", "100%"],
      [null, "时效指标", "资金使用及时率", "项目支出", "100%"],
      [null, "成本指标", "工作经费", "项目支出", "≤100万元"],
      ["效益指标", "社会效益指标", "保障机关正常运转", "项目支出", "基本保障"],
      ["满意度指标", "服务对象满意度指标", "工作人员满意度", "项目支出", "≥95%"],
    ],
  },
  {
    title: "7.专线租赁、安全监测、视频监控等经费绩效目标表",
    name: "专线租赁、安全监测、视频监控等经费",
    budget: 87.30,
    fiscal: 87.30,
    other: null,
    use: "主要用于光纤租赁、网络安全监测、视频监控、视频会议系统等信息化运维支出。",
    goal: "1.专线租赁、等保测评正常运转，确保视频会议系统、视频监控等信息平台正常运转和网络数据安全。",
    indicators: [
      ["产出指标", "数量指标", "部门人数", "项目支出", "≥8人"],
      [null, "质量指标", "资金使用合规率", "项目支出", "100%"],
      [null, "时效指标", "资金使用时间", "项目支出", "2024年1月至12月"],
      [null, "成本指标", "控制成本", "项目支出", "≤87.3万元"],
      ["效益指标", "社会效益指标", "保障机关正常运转", "项目支出", "基本保障"],
      ["满意度指标", "服务对象满意度指标", "满意度", "项目支出", "≥95%"],
    ],
  },
];

export function buildSeed000(workbook: ExcelJS.Workbook): BlockInfo[] {
  const w = SheetWriter.add(workbook, "绩效目标表", TIANJIN_WIDTHS);
  return PROJECTS.map((p, i) => {
    if (i > 0) w.blank(2);
    const firstRow = writeTianjinBlock(w, { ...p, agency: AGENCY, unit: UNIT, fiscalLabel: FISCAL_LABEL });
    return {
      sheet: w.name,
      firstRow,
      label: p.name,
      amounts: `预算数 ${fmt(p.budget)} = 财政资金 ${fmt(p.fiscal)} + 其他资金 ${fmt(p.other)}`,
    };
  });
}

/**
 * Seed 002: 青岛市信访局, 2023 target tables with 项目编码 and 资金支出计划, 3 projects in 万元.
 * One sheet, one block per project. Transcribed verbatim, including the "6." numbering of the
 * 绩效目标 text and the spending plan of project 3 with only 6月底 filled.
 */
import ExcelJS from "exceljs";
import {
  BlockInfo,
  SheetWriter,
  amount,
  center,
  fmt,
  header,
  label,
  note,
  noteRight,
  spansDown,
  text,
  title,
} from "./sheet-writer";

export const AGENCY = "129001青岛市信访局本级";
export const UNIT = "单位：万元";
export const FISCAL_LABEL = "其中：财政    资金";

/** 一级 (null on continuation rows) · 二级 · 三级 · 绩效指标描述 · 指标值 · 指标值确定依据. */
export type Seed002Indicator = readonly [string | null, string, string, string, string, string];

export interface Seed002Project {
  readonly title: string;
  readonly code: string;
  readonly name: string;
  readonly budget: number;
  readonly fiscal: number;
  /** The seed's 其他资金 cell holds only a space: written as an empty cell. */
  readonly other: number | null;
  readonly use: string;
  /** 资金支出计划 at 3月底 · 6月底 · 10月底 · 12月底 (cumulative amounts; blank cells stay empty). */
  readonly plan: readonly [number | null, number | null, number | null, number | null];
  readonly goal: string;
  readonly indicators: readonly Seed002Indicator[];
}

export const PROJECTS: readonly Seed002Project[] = [
  {
    title: "1.2023年市级信访积案化解资金绩效目标表",
    code: "37020023P88002811184N",
    name: "2023年市级信访积案化解资金",
    budget: 720.00,
    fiscal: 720.00,
    other: null,
    use: "用于化解我市信访积案",
    plan: [180.00, 360.00, 540.00, 720.00],
    goal: "6.通过使用该项资金，进一步减少我市疑难复杂信访积案“存量”，确保全市信访形势稳定。",
    indicators: [
      ["成本指标", "经济成本指标", "市级信访积案化解资金成本", "指全年市级信访积案化解资金成本", "≤720万元", "历史标准"],
      ["产出指标", "数量指标", "化解上级治理重复信访事项数量", "指用信访救助资金化解上级交办重复信访事项数量", "≥5件次", "历史标准"],
      [null, "数量指标", "解决市信访积案数量", "指用信访救助资金化解信访积案数量", "≥25件次", "历史标准"],
      [null, "质量指标", "上级治理重复信访事项化解率", "指使用资金化解上级纳入治理重复信访事项的化解率", "100%", "历史标准"],
      [null, "质量指标", "信访积案化解率", "指使用资金化解信访积案化解率", "100%", "历史标准"],
      [null, "时效指标", "资金拨付到位天数", "指从市级信访部门资金申请到拨付到积案化解资金申请单位的时间天数", "≤20日", "历史标准"],
      ["效益指标", "社会效益指标", "非正常接待场所上访次数", "指使用信访积案化解资金后的社会效果，一般不再发生非正常上访。", "≤5次", "历史标准"],
      ["满意度指标", "服务对象满意度指标", "被救助对象对帮扶救助工作满意率", "指信访救助资金使用后信访人的满意率。", "100%", "历史标准"],
    ],
  },
  {
    title: "2.2023年信访专项业务费绩效目标表",
    code: "37020023P880028111789",
    name: "2023年信访专项业务费",
    budget: 889.00,
    fiscal: 889.00,
    other: null,
    use: "用于与信访工作有关的运行费用",
    plan: [200.00, 400.00, 600.00, 889.00],
    goal: "6.通过使用该项费用，确保局机关信访业务顺利开展。",
    indicators: [
      ["成本指标", "经济成本指标", "信访专项业务经费成本", "指全年信访专项业务经费成本", "≤889万元", "历史标准"],
      ["产出指标", "数量指标", "受理办理网上信访事项数量", "指全年受理办理网上信访事项数量", "≥3万件次", "历史标准"],
      [null, "数量指标", "登记办理群众来信数量", "指全年登记办理群众来信数量", "≥1万件次", "历史标准"],
      [null, "数量指标", "登记接待群众来访数量", "指全年登记接待群众来访数量", "≥1万人次", "历史标准"],
      [null, "质量指标", "群众来信处理率", "指全年群众来信处理率", "100%", "历史标准"],
      [null, "质量指标", "群众来访接谈率", "指全年群众来访接谈率", "100%", "历史标准"],
      [null, "时效指标", "信访事项及时受理率", "指全年信访事项及时受理率", "≥98%", "历史标准"],
      [null, "时效指标", "信访事项按期办结率", "指全年信访事项按期办结率", "≥98%", "历史标准"],
      ["效益指标", "社会效益指标", "区市领导接访公开率", "指全年区市领导接访公开率", "100%", "历史标准"],
      ["满意度指标", "服务对象满意度指标", "信访事项处理群众满意率", "指全年信访群众对信访部门的满意率", "≥70%", "历史标准"],
    ],
  },
  {
    title: "3.2023年金宏视频会议系统运行维护费绩效目标表",
    code: "37020023P130004102147",
    name: "2023年金宏视频会议系统运行维护费",
    budget: 9.00,
    fiscal: 9.00,
    other: null,
    use: "用于金宏视频会议系统运行维护",
    plan: [null, 9.00, null, null],
    goal: "6.确保金宏视频会议系统全年运转正常；\n7.保障各类信访视频会议正常召开。",
    indicators: [
      ["成本指标", "经济成本指标", "金宏视频会议系统运行维护经费成本", "指全年金宏视频会议系统运行维护经费成本", "≤9万元", "历史标准"],
      ["产出指标", "数量指标", "维护系统数量", "指全年维护系统的数量", "1个", "历史标准"],
      [null, "数量指标", "系统维护次数", "指全年系统维护次数", "12次", "历史标准"],
      [null, "质量指标", "系统稳定运行率", "指该系统全年运行状态", "100%", "历史标准"],
      [null, "质量指标", "系统故障率", "指全年金宏视频会议系统故障率", "≤3%", "历史标准"],
      [null, "时效指标", "系统故障修复处理时间", "指金宏视频会议系统故障修复处理时间", "≤24小时", "历史标准"],
      ["效益指标", "社会效益指标", "信访视频会议正常召开率", "指全年金宏视频会议系统保障各类信访视频会议正常召开的比率", "100%", "历史标准"],
      ["满意度指标", "服务对象满意度指标", "信访部门使用满意率", "指信访部门对提供该系统运行维护公司的满意率", "100%", "历史标准"],
    ],
  },
];

/** Seven grid columns: 一级 · 二级 · 三级 · 绩效指标描述 (2 columns) · 指标值 · 指标值确定依据. */
const WIDTHS: readonly number[] = [18, 14, 24, 22, 12, 14, 14];

function writeBlock(w: SheetWriter, p: Seed002Project): number {
  const first = w.addRow([title(p.title, 7)]);
  w.addRow([note(AGENCY, 5), noteRight(UNIT, 2)]);
  w.addRow([label("项目编码"), text(p.code, 2), label("项目名称"), text(p.name, 3)]);
  w.addRow([
    label("预算规模及资金用途", 1, 2),
    label("预算数"),
    amount(p.budget),
    label(FISCAL_LABEL),
    amount(p.fiscal),
    label("其他资金"),
    amount(p.other),
  ]);
  w.addRow([text(p.use, 6)]);
  w.addRow([label("资金支出计划（%）", 1, 2), label("3月底", 2), label("6月底"), label("10月底"), label("12月底", 2)]);
  w.addRow([amount(p.plan[0], 2), amount(p.plan[1]), amount(p.plan[2]), amount(p.plan[3], 2)]);
  w.addRow([label("绩效目标"), text(p.goal, 6)]);
  w.addRow([
    header("一级指标"),
    header("二级指标"),
    header("三级指标"),
    header("绩效指标描述", 2),
    header("指标值"),
    header("指标值确定依据"),
  ]);
  const spans = spansDown(p.indicators.map((r) => r[0]));
  p.indicators.forEach(([level1, level2, level3, description, value, basis], i) => {
    const lead = spans[i] > 0 ? [center(level1, 1, spans[i])] : [];
    w.addRow([...lead, center(level2), center(level3), text(description, 2), center(value), center(basis)]);
  });
  return first;
}

export function buildSeed002(workbook: ExcelJS.Workbook): BlockInfo[] {
  const w = SheetWriter.add(workbook, "绩效目标表", WIDTHS);
  return PROJECTS.map((p, i) => {
    if (i > 0) w.blank(2);
    const firstRow = writeBlock(w, p);
    return {
      sheet: w.name,
      firstRow,
      label: `${p.code} ${p.name}`,
      amounts:
        `预算数 ${fmt(p.budget)} = 财政资金 ${fmt(p.fiscal)} + 其他资金 ${fmt(p.other)}; ` +
        `计划 ${p.plan.map(fmt).join(" / ")}`,
    };
  });
}

import type { CellValue } from "../../../src/core/grid/grid";
import type { TestGrid } from "./rule-tester";

type Row = readonly CellValue[];

/** A block table: head rows, then the indicator header and the given indicator rows. */
export function block(options: {
  name?: string;
  unit?: "元" | "万元";
  budget?: [CellValue, CellValue, CellValue];
  extra?: Row[];
  header?: Row;
  indicators: Row[];
  merges?: string[];
}): TestGrid {
  const [total, fiscal, other] = options.budget ?? [100, 100, null];
  return {
    rows: [
      [`${options.name ?? "示例项目"}绩效目标表`],
      ["001001示例单位", null, null, `单位：${options.unit ?? "万元"}`],
      ["项目名称", options.name ?? "示例项目"],
      ["预算数", total, "其中：财政资金", fiscal, "其他资金", other],
      ...(options.extra ?? []),
      options.header ?? ["一级指标", "二级指标", "三级指标", "指标值"],
      ...options.indicators,
    ],
    merges: options.merges ?? [],
  };
}

/** A complete legacy indicator set (rows 6–10 of a block()). */
export const LEGACY_ROWS: Row[] = [
  ["产出指标", "数量指标", "培训人数", "≥100人"],
  [null, "质量指标", "培训合格率", "≥95%"],
  [null, "时效指标", "完成时间", "2024年1月至12月"],
  ["效益指标", "社会效益指标", "业务水平", "有效提升"],
  ["满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"],
];

/** A complete 2021 indicator set. */
export const ROWS_2021: Row[] = [
  ["成本指标", "经济成本指标", "培训成本", "≤100万元"],
  ["产出指标", "数量指标", "培训人数", "≥100人"],
  [null, "质量指标", "培训合格率", "≥95%"],
  [null, "时效指标", "完成时间", "2024年1月至12月"],
  ["效益指标", "社会效益指标", "业务水平", "有效提升"],
  ["满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"],
];

/** Seed 003's list with its 合计 and agency rows and one project whose 绩效指标 cell is `encoded`. */
export function encodedListWithTotals(encoded: string): TestGrid {
  return {
    rows: [
      ["项目支出绩效目标表"],
      ["部门名称：广州市荔湾区信访局", null, null, null, null, null, "单位：万元"],
      ["项目名称（资金使用单位）", "总计", "财政拨款", "财政专户拨款", "其他资金", "绩效目标", "绩效指标"],
      ["合计", 100, 100],
      ["广州市荔湾区信访局", 100, 100],
      ["信访维稳工作专项经费", 100, 100, null, null, "促进我区社会和谐稳定。", encoded],
    ],
  };
}

/** A block with only a name and the indicator header: the given rows are its indicators. */
export function indicatorRows(...indicators: (readonly CellValue[])[]): TestGrid {
  return { rows: [["项目名称", "示例项目"], ["一级指标", "二级指标", "三级指标", "指标值"], ...indicators] };
}

/** A one-project list (seed 003 layout) whose 绩效指标 cell is `encoded`. */
export function encodedProject(encoded: string): TestGrid {
  return {
    rows: [
      ["项目支出绩效目标表"],
      ["部门名称：示例单位", null, null, null, null, null, "单位：万元"],
      ["项目名称（资金使用单位）", "总计", "财政拨款", "财政专户拨款", "其他资金", "绩效目标", "绩效指标"],
      ["示例项目", 10, 10, null, null, "做好示例工作", encoded],
    ],
  };
}


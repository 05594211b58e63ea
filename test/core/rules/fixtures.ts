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

/**
 * Generators of cell values and grids for the property tests. Values lean on the words the parser
 * looks for (so random grids do turn into tables now and then) and on the hostile values real
 * workbooks carry: error values, very long strings, blanks, booleans, stray numbers.
 */
import fc from "fast-check";
import type { CellRange } from "../../src/core/grid/address";
import type { CellValue, Grid, WorkbookGrids } from "../../src/core/grid/grid";
import { HEAD_LABEL_WORDS } from "../../src/core/vocabulary/labels";
import type { CheckConfig } from "../../src/core/types";

/** The head-label words of the vocabulary (项目名称, 预算数, 财政拨款, …). */
const HEAD_WORDS: readonly string[] = [...new Set(HEAD_LABEL_WORDS.flatMap(([, words]) => words))];

/** Indicator headers, as labels.ts spells them and with the annotations it strips. */
export const INDICATOR_HEADER_WORDS: readonly string[] = [
  "一级指标", "二级指标", "三级指标", "指标名称", "具体指标", "三级指标（具体指标）", "绩效指标描述", "指标解释",
  "指标值", "目标值", "预期目标值（含单位）", "年度指标值", "实施周期指标值", "2024年指标值", "2023年实际完成值",
  "指标性质", "计算符号", "度量单位", "计量单位", "指标值确定依据", "指标值设置依据", "指标分值权重", "分值（分）",
  "权重", "上年完成值", "评分标准", "指标赋分规则",
];

export const LEVEL1_WORDS: readonly string[] = ["产出指标", "效益指标", "满意度指标", "成本指标", "产出", "效益", "满意度"];

export const LEVEL2_WORDS: readonly string[] = [
  "数量指标", "质量指标", "时效指标", "成本指标", "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标",
  "服务对象满意度指标", "经济成本指标", "社会成本指标", "生态环境成本指标", "满意度指标",
];

export const VALUE_WORDS: readonly string[] = [
  "≥95%", "≤3万元", "=100%", "≥2380.4平方米", "有效促进", "100%", "12个月", "≤0万元", ">=90", "≥1次", "≤10天",
  "2024年12月31日前", "95", "好", "达标", "年底前完成", "＞80%", "中等", "提高", "≥15件", "≤15万元", "≥120%",
  "=0", "≥ 90 %", "不低于90%", "≤ 5个工作日", "优良中低差", "逐步提升", "1-12月", "%", "万元", "个", "次",
  "正向指标", "反向指标", "定性", "≥", "≤", "=", "＜",
];

export const BASIS_WORDS: readonly string[] = ["历史标准", "行业标准", "计划标准", "预算支出标准", "其他", "历史标准 ", "计划标准、行业标准"];

const SUMMARY_WORDS: readonly string[] = [
  "合计", "总计", "小计", "共计", "本年收入合计", "本年支出合计", "科目编码", "科目名称", "功能分类科目", "经济分类科目",
  "基本支出", "项目支出", "收入", "支出", "部门（单位）编码", "部门（单位）名称", "项目支出表", "一般公共预算", "政府性基金",
  "国有资本经营预算", "财政专户管理资金", "上年结转", "类", "款", "项", "201", "20103", "2010301", "389101", "30201",
  "一、一般公共预算拨款收入", "一、一般公共服务支出", "收入总计", "支出总计",
];

const TITLE_WORDS: readonly string[] = [
  "项目支出绩效目标表", "1.市信访办履职能力提升经费绩效目标表", "部门预算公开表", "项目支出绩效目标表（含转移支付项目）",
  "绩效目标申报表", "(2023年)", "单位：万元", "单位：元", "金额单位：元", "填报单位：某局  金额单位：万元", "部门名称：天津市某某局",
];

const PLAN_WORDS: readonly string[] = ["资金支出计划", "资金支出计划(%)", "资金支出计划（万元）", "1月", "3月底", "6月底", "9月底", "12月底", "一季度", "全年"];

export const ENCODED_WORDS: readonly string[] = [
  "1、1-产出指标；11-数量指标；信访事项数；实施周期指标值:≥15件；年度指标值:≥15件",
  "1、1-产出指标；12-质量指标；督办件报结率；实施周期指标值:≥95%；年度指标值:≥95%\n2、2-效益指标；22-社会效益指标；群众满意；实施周期指标值:有效提升",
  "3、3-满意度指标；31-服务对象满意度指标；来访群众满意度；年度指标值:≥90%",
];

const AMOUNT_WORDS: readonly string[] = ["15.00", "1,234.5", "１５", "15万", "15万元", "壹拾伍万元", "-3", "0.00", " 12 ", "1e3", "１２．５"];

export const ERROR_VALUES: readonly string[] = ["#REF!", "#N/A", "#DIV/0!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA"];

export const LABEL_WORDS: readonly string[] = [
  ...HEAD_WORDS, ...INDICATOR_HEADER_WORDS, ...LEVEL1_WORDS, ...LEVEL2_WORDS, ...SUMMARY_WORDS, ...TITLE_WORDS, ...PLAN_WORDS,
];

/** A label word as tables write it: with a colon, a unit, stray spaces or a number in front. */
const decoratedLabel: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...LABEL_WORDS), fc.constantFrom("", "：", ":", "(万元)", "（元）", " ", "\u3000", "\n"), fc.constantFrom("", "", "其中：", "1、", " ", "一、"))
  .map(([w, suffix, prefix]) => `${prefix}${w}${suffix}`);

export const textValue: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...LABEL_WORDS), weight: 6 },
  { arbitrary: decoratedLabel, weight: 3 },
  { arbitrary: fc.constantFrom(...VALUE_WORDS, ...BASIS_WORDS, ...AMOUNT_WORDS), weight: 4 },
  { arbitrary: fc.constantFrom(...ENCODED_WORDS), weight: 1 },
  { arbitrary: fc.string({ maxLength: 12 }), weight: 1 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }), weight: 1 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 6 }), weight: 1 },
);

/** Strings of 10,000 characters: a word repeated, or a label followed by a sea of spaces (the worst case for lazy patterns). */
export const longString: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.oneof(textValue, fc.constantFrom("a", "产出指标", "≥95%", " ", "：")), fc.constantFrom(10_000, 4_000)).map(([w, n]) => (w === "" ? "x" : w).repeat(Math.ceil(n / Math.max(1, w.length))).slice(0, n)),
  fc.constantFrom("项目名称：", "单位：", "≥", "1、1-产出指标；").map((w) => `${w}${" ".repeat(9_990)}x`),
  fc.constantFrom("(", "（", "1、").map((w) => w.repeat(5_000)),
);

export const numberValue: fc.Arbitrary<number> = fc.oneof(
  { arbitrary: fc.integer({ min: -1_000, max: 100_000 }), weight: 4 },
  { arbitrary: fc.integer({ min: 0, max: 100_000 }).map((n) => n / 100), weight: 3 },
  { arbitrary: fc.constantFrom(0, -0, 100, 90, 95, 1e15, -1e15, 1e308, 5e-324, 0.1 + 0.2, 2024, 2_147_483_648), weight: 1 },
  { arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }), weight: 1 },
);

/** Any value a host may hand the core for one cell. */
export const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  { arbitrary: fc.constant(null), weight: 10 },
  { arbitrary: textValue, weight: 10 },
  { arbitrary: numberValue, weight: 4 },
  { arbitrary: fc.constantFrom(...ERROR_VALUES), weight: 1 },
  { arbitrary: fc.constantFrom("", " ", "\u3000", "\n", "　　"), weight: 1 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: longString, weight: 1 },
);

/** The same mix without the costly long strings, for cells generated by the hundred. */
export const plainCellValue: fc.Arbitrary<CellValue> = fc.oneof(
  { arbitrary: fc.constant(null), weight: 12 },
  { arbitrary: textValue, weight: 10 },
  { arbitrary: numberValue, weight: 4 },
  { arbitrary: fc.constantFrom(...ERROR_VALUES), weight: 1 },
  { arbitrary: fc.constantFrom("", " ", "\u3000"), weight: 1 },
  { arbitrary: fc.boolean(), weight: 1 },
);

export const SHEET_NAMES: readonly string[] = ["Sheet1", "表1", "绩效目标表", "项目支出表", "表10", "a'b", "x!y", "汇总 2", "绩效目标1", "校验报告"];

/** Rectangles inside rows × cols, overlapping each other or not; some span a whole row or column. */
export function mergesArb(rows: number, cols: number, max: number): fc.Arbitrary<CellRange[]> {
  if (rows === 0 || cols === 0) return fc.constant([]);
  const area = fc
    .tuple(fc.nat({ max: rows - 1 }), fc.nat({ max: cols - 1 }), fc.nat({ max: rows - 1 }), fc.nat({ max: cols - 1 }), fc.nat({ max: 9 }))
    .map(([r, c, h, w, shape]): CellRange => {
      // Mostly short runs (as in real tables), sometimes anything up to the sheet's edge.
      const height = shape < 4 ? 0 : shape < 7 ? Math.min(h, 3) : h;
      const width = shape < 4 ? Math.min(w, 4) : shape < 7 ? 0 : w;
      return { top: r, left: c, bottom: Math.min(rows - 1, r + height), right: Math.min(cols - 1, c + width) };
    });
  return fc.array(area, { maxLength: max });
}

/** A merged area keeps its value in its top-left cell; with `blankCovered` the other cells are emptied, as hosts deliver them. */
function applyMergeShape(cells: CellValue[][], merges: readonly CellRange[], blankCovered: boolean): void {
  if (!blankCovered) return;
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) if ((r !== m.top || c !== m.left) && cells[r] && c < cells[r]!.length) cells[r]![c] = null;
    }
  }
}

/** A grid of up to maxRows × maxCols random cells with random merged areas. */
export function randomGrid(name: string, maxRows: number, maxCols: number): fc.Arbitrary<Grid> {
  return fc
    .tuple(fc.integer({ min: 0, max: maxRows }), fc.integer({ min: 0, max: maxCols }))
    .chain(([rows, cols]) =>
      fc.record({
        flat: fc.array(plainCellValue, { minLength: rows * cols, maxLength: rows * cols }),
        rare: fc.array(fc.tuple(fc.nat(), fc.oneof(longString, fc.constantFrom(...ERROR_VALUES))), { maxLength: 2 }),
        merges: mergesArb(rows, cols, 12),
        blankCovered: fc.boolean(),
        ragged: fc.boolean(),
      }).map(({ flat, rare, merges, blankCovered, ragged }): Grid => {
        const cells: CellValue[][] = [];
        for (let r = 0; r < rows; r++) cells.push(flat.slice(r * cols, (r + 1) * cols));
        if (rows * cols > 0) for (const [at, v] of rare) cells[Math.floor(at / cols) % rows]![at % cols] = v;
        applyMergeShape(cells, merges, blankCovered);
        // Hosts drop trailing blanks: rows come in every length up to the widest.
        if (ragged) for (const row of cells) while (row.length > 0 && row[row.length - 1] === null) row.pop();
        return { sheet: name, cells, merges };
      }),
    );
}

/** One to three sheets of random grids. */
export const randomWorkbook: fc.Arbitrary<WorkbookGrids> = fc
  .uniqueArray(fc.constantFrom(...SHEET_NAMES), { minLength: 1, maxLength: 3 })
  .chain((names) => fc.tuple(...names.map((n) => randomGrid(n, 60, 12))))
  .map((sheets) => ({ sheets }));

export const configArb: fc.Arbitrary<Partial<CheckConfig>> = fc.record(
  {
    profile: fc.constantFrom("auto", "2021", "legacy"),
    satisfactionFloor: fc.constantFrom(0, 80, 90, 100, 150),
    weightTotals: fc.constantFrom([90, 100], [100], []),
  },
  { requiredKeys: [] },
);

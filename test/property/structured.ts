/**
 * Grids shaped like real target tables (a head of label/value pairs, an indicator header, indicator
 * rows with merged level-1 cells; a project list with amounts), filled with random content and then
 * spoiled at random cells. Pure noise seldom becomes a table; these do, so the rules get to run.
 */
import fc from "fast-check";
import type { CellRange } from "../../src/core/grid/address";
import type { CellValue, Grid, WorkbookGrids } from "../../src/core/grid/grid";
import {
  BASIS_WORDS,
  cellValue,
  LEVEL1_WORDS,
  LEVEL2_WORDS,
  numberValue,
  plainCellValue,
  textValue,
  VALUE_WORDS,
} from "./arbitraries";

const NAMES = ["信访维稳工作专项经费", "信息系统维护及法律顾问费", "公务接待费", "办公室水电及物业管理费等", "编外人员聘用经费", "购置经费", "部门专项-信访局大楼运行经费"];
const AGENCIES = ["广州市荔湾区信访局", "库尔勒市信访局", "天津市人民政府信访办公室", "340102天津市人民政府信访办公室"];
const LEVEL3 = ["信访事项及时受理率", "来访群众满意度", "维护信访大楼面积", "资金拨付及时率", "大楼水电暖维修费", "促进我市信访工作", "提供法律咨询服务案件数"];

/** A cell that is usually what the layout expects there, sometimes anything else (long strings come with the spoils). */
function usually<T extends CellValue>(expected: fc.Arbitrary<T>): fc.Arbitrary<CellValue> {
  return fc.oneof({ arbitrary: expected, weight: 8 }, { arbitrary: plainCellValue, weight: 1 });
}

const money: fc.Arbitrary<CellValue> = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 50_000 }).map((n) => n / 100), weight: 6 },
  { arbitrary: numberValue, weight: 1 },
  { arbitrary: fc.constantFrom("15.00", "1,234.5", "12万元", "", null), weight: 1 },
);

interface IndicatorRow {
  level1: CellValue;
  level2: CellValue;
  level3: CellValue;
  value: CellValue;
  basis: CellValue;
  weight: CellValue;
  lastYear: CellValue;
}

const indicatorRow: fc.Arbitrary<IndicatorRow> = fc.record({
  level1: usually(fc.constantFrom(...LEVEL1_WORDS)),
  level2: usually(fc.constantFrom(...LEVEL2_WORDS)),
  level3: usually(fc.constantFrom(...LEVEL3)),
  value: usually(fc.oneof(fc.constantFrom(...VALUE_WORDS), textValue)),
  basis: usually(fc.constantFrom(...BASIS_WORDS)),
  weight: usually(fc.oneof(fc.integer({ min: 0, max: 30 }), fc.constantFrom(10, 20, 5))),
  lastYear: usually(fc.constantFrom(...VALUE_WORDS)),
});

const HEADER_COLUMNS = ["level1", "level2", "level3", "value", "basis", "weight", "lastYear"] as const;
type HeaderColumn = (typeof HEADER_COLUMNS)[number];
const HEADER_WORD: Record<HeaderColumn, readonly string[]> = {
  level1: ["一级指标"],
  level2: ["二级指标"],
  level3: ["三级指标", "指标名称", "三级指标（具体指标）"],
  value: ["指标值", "年度指标值", "预期目标值（含单位）", "2024年指标值"],
  basis: ["指标值确定依据", "指标值设置依据"],
  weight: ["指标分值权重", "分值", "权重"],
  lastYear: ["上年完成值", "2023年实际完成值"],
};

/** One project block: rows and merges relative to its first row, `width` columns. */
interface Block {
  readonly rows: CellValue[][];
  readonly merges: CellRange[];
}

const block: fc.Arbitrary<Block> = fc
  .record({
    title: usually(fc.constantFrom("项目支出绩效目标表", "1.市信访办履职能力提升经费绩效目标表", "绩效目标申报表")),
    unit: usually(fc.constantFrom("单位：万元", "单位：元", "金额单位：元")),
    name: usually(fc.constantFrom(...NAMES)),
    agency: usually(fc.constantFrom(...AGENCIES)),
    totalLabel: fc.constantFrom("年度预算总额", "预算数", "资金总额", "年度资金总额："),
    total: money,
    fiscal: money,
    other: money,
    plan: fc.boolean(),
    planAmounts: fc.array(money, { minLength: 4, maxLength: 4 }),
    goal: usually(textValue),
    // Which columns the indicator header has, in which order, and how each is spelled.
    columns: fc.shuffledSubarray([...HEADER_COLUMNS], { minLength: 2 }),
    spelling: fc.nat(),
    mergeLevel1: fc.boolean(),
    indicators: fc.array(indicatorRow, { minLength: 0, maxLength: 14 }),
  })
  .map((b): Block => {
    const columns: HeaderColumn[] = b.columns.includes("level1") ? b.columns : ["level1", ...b.columns];
    const width = Math.max(columns.length, 8);
    const rows: CellValue[][] = [];
    const merges: CellRange[] = [];
    rows.push([b.title]);
    merges.push({ top: 0, left: 0, bottom: 0, right: width - 1 });
    rows.push([null, null, null, null, null, null, b.unit]);
    rows.push(["项目名称", null, b.name, null, "预算单位", null, b.agency]);
    merges.push({ top: 2, left: 0, bottom: 2, right: 1 });
    rows.push(["项目资金（万元）", null, b.totalLabel, b.total, "其中：财政拨款", b.fiscal, "其他资金", b.other]);
    if (b.plan) rows.push(["资金支出计划", null, "3月底", b.planAmounts[0]!, "6月底", b.planAmounts[1]!, "12月底", b.planAmounts[3]!]);
    rows.push(["项目总体目标", null, b.goal]);
    merges.push({ top: rows.length - 1, left: 2, bottom: rows.length - 1, right: width - 1 });
    rows.push(columns.map((c, i) => HEADER_WORD[c][(b.spelling + i) % HEADER_WORD[c].length]!));
    const first = rows.length;
    let runStart = first;
    b.indicators.forEach((ind, i) => {
      const r = first + i;
      const continues = b.mergeLevel1 && i > 0 && i % 3 !== 0;
      rows.push(columns.map((c) => (c === "level1" && continues ? null : ind[c])));
      if (!continues) {
        if (b.mergeLevel1 && r - 1 > runStart) merges.push({ top: runStart, left: columns.indexOf("level1"), bottom: r - 1, right: columns.indexOf("level1") });
        runStart = r;
      }
    });
    const end = first + b.indicators.length - 1;
    if (b.mergeLevel1 && end > runStart) merges.push({ top: runStart, left: columns.indexOf("level1"), bottom: end, right: columns.indexOf("level1") });
    return { rows, merges };
  });

/** 项目支出表: one row per project with its amounts, a 合计 row first. */
const projectList: fc.Arbitrary<Block> = fc
  .record({
    title: usually(fc.constantFrom("项目支出表", "预算公开表10")),
    projects: fc.array(fc.tuple(usually(fc.constantFrom(...NAMES)), money, money), { minLength: 1, maxLength: 8 }),
    total: money,
  })
  .map((l): Block => ({
    rows: [
      [l.title],
      [null, null, null, "单位：万元"],
      ["项目名称", "合计", "一般公共预算", "政府性基金"],
      ["合计", l.total, l.total, null],
      ...l.projects.map(([name, a, b]): CellValue[] => [name, a, b, null]),
    ],
    merges: [{ top: 0, left: 0, bottom: 0, right: 3 }],
  }));

/** Stacks blocks down a sheet with blank rows between them. */
function stack(name: string, blocks: readonly Block[], gap: number): Grid {
  const cells: CellValue[][] = [];
  const merges: CellRange[] = [];
  for (const b of blocks) {
    const top = cells.length;
    for (const row of b.rows) cells.push([...row]);
    for (const m of b.merges) merges.push({ top: m.top + top, left: m.left, bottom: m.bottom + top, right: m.right });
    for (let i = 0; i < gap; i++) cells.push([]);
  }
  return { sheet: name, cells, merges };
}

/** A random cell overwritten with a random value, anywhere in the sheet. */
const spoil = fc.tuple(fc.nat(), fc.nat(), cellValue);

function spoiled(grid: Grid, spoils: readonly (readonly [number, number, CellValue])[]): Grid {
  if (grid.cells.length === 0) return grid;
  const cells = grid.cells.map((r) => [...r]);
  for (const [r, c, v] of spoils) {
    const row = cells[r % cells.length]!;
    const col = c % 9;
    while (row.length <= col) row.push(null);
    row[col] = v;
  }
  return { ...grid, cells };
}

/** One or two sheets of project blocks, maybe a project list sheet, with a few spoiled cells. */
export const structuredWorkbook: fc.Arbitrary<WorkbookGrids> = fc
  .record({
    sheets: fc.array(fc.tuple(fc.array(block, { minLength: 1, maxLength: 3 }), fc.nat({ max: 2 }), fc.array(spoil, { maxLength: 6 })), { minLength: 1, maxLength: 2 }),
    list: fc.option(projectList, { nil: undefined }),
  })
  .map(({ sheets, list }): WorkbookGrids => {
    const grids = sheets.map(([blocks, gap, spoils], i) => spoiled(stack(i === 0 ? "绩效目标表" : `绩效目标${i + 1}`, blocks, gap), spoils));
    if (list) grids.push(stack("表10", [list], 0));
    return { sheets: grids };
  });

/**
 * The indicator header's columns by their words, in any order: a word that names the target is the
 * value column; scoring rules, explanations, weights, sources and notes are never it, and an
 * explanation (指标解释) is never the indicator's name.
 */
import { checkWorkbook } from "../../../src/core/check/check";
import type { CellValue } from "../../../src/core/grid/grid";
import { indicatorColumnOf } from "../../../src/core/vocabulary/labels";
import { renderMessage } from "../../../src/core/messages/render";
import { labelKey } from "../../../src/core/text/normalize";
import { projectsOf } from "./grids";

type Field = "l1" | "l2" | "l3" | "value" | "weight" | "other";
const INDICATORS: readonly Record<Field, CellValue>[] = [
  { l1: "产出指标", l2: "数量指标", l3: "全年接待读者人次", value: "≥12万人次", weight: 40, other: "达到目标值得满分" },
  { l1: "效益指标", l2: "社会效益指标", l3: "阅读推广覆盖率", value: "≥85%", weight: 30, other: "达到目标值得满分，未达到按比例扣分" },
  { l1: "满意度指标", l2: "服务对象满意度指标", l3: "读者满意度", value: "≥90%", weight: 30, other: "达到目标值得满分，每低1%扣1分" },
];

/** A block whose indicator header is `header`, each column holding the field it is listed with. */
function checkHeader(header: readonly (readonly [Field, string])[]) {
  const cells: CellValue[][] = [
    ["项目绩效目标表"],
    ["项目名称", "图书馆免费开放运行保障"],
    ["预算数", 78, "财政资金", 70, "其他资金", 8],
    header.map(([, word]) => word),
    ...INDICATORS.map((ind) => header.map(([field]) => ind[field])),
  ];
  const { parsed, report } = checkWorkbook({ sheets: [{ sheet: "绩效目标", cells, merges: [] }] });
  return {
    indicators: projectsOf(parsed).flatMap((p) => p.indicators.map((i) => [i.level1?.value, i.level2?.value, i.level3?.value, i.value?.value ?? null, i.value?.cell ?? null])),
    diagnostics: report.diagnostics.map((d) => `${d.rule}@${d.cell}`),
    sheets: parsed.sheets.map((s) => [s.status, s.missing, s.cell]),
    messages: report.diagnostics.map((d) => renderMessage(d)),
  };
}

const READ = INDICATORS.map((ind, k) => [ind.l1, ind.l2, ind.l3, ind.value, `D${k + 5}`]);

describe("indicatorColumnOf: the target by its period, scoring rules apart from a standard that may hold it", () => {
  it.each([
    ["全年目标", "annualValue"],
    ["年度目标", "annualValue"],
    ["本年度目标", "annualValue"],
    ["年度预期目标", "annualValue"],
    ["全年目标（含单位）", "annualValue"],
    ["2025年目标", "annualValue"],
    ["实施期目标", "periodValue"],
    ["实施周期预期目标", "periodValue"],
    ["评分标准", "scoring"],
    ["评（扣）分标准", "scoring"],
    ["赋分规则", "scoring"],
    ["计分方法", "scoring"],
    ["绩效标准", "standard"],
    ["绩效指标名称", "level3"],
    ["指标内容", "content"],
    ["指标解释", "description"],
    ["指标说明", "description"],
  ])("%s → %s", (text, column) => {
    expect(indicatorColumnOf(labelKey(text))).toBe(column);
  });
});

describe("a value column headed by its period (全年目标) beside a scoring column", () => {
  it.each(["全年目标", "年度目标", "本年目标", "年度预期目标", "全年目标值", "年度指标值", "预期目标", "目标值"])("%s is the value column, not 评分标准", (word) => {
    expect(checkHeader([["l1", "一级指标"], ["l2", "二级指标"], ["l3", "三级指标"], ["value", word], ["weight", "分值"], ["other", "评分标准"]])).toMatchObject({ indicators: READ, diagnostics: [] });
  });

  it.each(["评分标准", "评分规则", "赋分规则", "计分方法", "指标解释", "数据来源", "备注"])("全年目标 is the value column beside %s", (word) => {
    expect(checkHeader([["l1", "一级指标"], ["l2", "二级指标"], ["l3", "三级指标"], ["value", "全年目标"], ["weight", "权重"], ["other", word]])).toMatchObject({ indicators: READ, diagnostics: [] });
  });

  it.each(["评分标准", "评分规则", "赋分规则", "计分方法", "扣分标准"])("with no target column, %s is not read as the target: the values are reported as not read", (word) => {
    const read = checkHeader([["l1", "一级指标"], ["l2", "二级指标"], ["l3", "三级指标"], ["weight", "分值"], ["other", word]]);
    expect(read.indicators.map((i) => i[3])).toEqual([null, null, null]);
    expect(read.diagnostics).toEqual(["table-unreadable@C4"]);
  });
});

describe("the 三级 column found by its words wherever it stands", () => {
  const rowsOf = (read: ReturnType<typeof checkHeader>) => read.indicators.map((i) => i.slice(0, 4));
  const NAMED = INDICATORS.map((ind) => [ind.l1, ind.l2, ind.l3, ind.value]);

  it.each([
    [[["l1", "一级指标"], ["l2", "二级指标"], ["value", "目标值"], ["l3", "绩效指标名称"], ["other", "指标解释"], ["weight", "分值"]]],
    [[["other", "指标说明"], ["l1", "一级指标"], ["l2", "二级指标"], ["l3", "指标名称"], ["value", "指标值"]]],
    [[["l1", "一级指标"], ["l2", "二级指标"], ["value", "年度目标"], ["other", "指标解释"], ["l3", "三级指标"]]],
  ] as [(readonly [Field, string])[]][])("%j", (header) => {
    const read = checkHeader(header);
    expect(rowsOf(read)).toEqual(NAMED);
    expect(read.diagnostics).toEqual([]);
  });

  it("an explanation column is the indicators' description", () => {
    const cells: CellValue[][] = [
      ["项目名称", "档案数字化"],
      ["预算数", 95, "财政资金", 95, "其他资金", 0],
      ["一级指标", "二级指标", "目标值", "绩效指标名称", "指标解释", "评分标准"],
      ["产出指标", "数量指标", "≥30万页", "档案数字化加工页数", "全年完成扫描著录的页数", "完成得满分"],
      ["效益指标", "社会效益指标", "≥20%", "查档效率提升", "查档平均用时的下降幅度", "完成得满分"],
      ["满意度指标", "服务对象满意度指标", "≥90%", "查档群众满意度", "抽样调查的满意比例", "完成得满分"],
    ];
    const { parsed, report } = checkWorkbook({ sheets: [{ sheet: "绩效目标", cells, merges: [] }] });
    const [p] = projectsOf(parsed);
    expect(p!.indicators.map((i) => [i.level3?.cell, i.level3?.value, i.description?.cell, i.value?.cell])).toEqual([
      ["D4", "档案数字化加工页数", "E4", "C4"],
      ["D5", "查档效率提升", "E5", "C5"],
      ["D6", "查档群众满意度", "E6", "C6"],
    ]);
    expect(p!.columns).toMatchObject({ level1: 0, level2: 1, value: 2, level3: 3, description: 4 });
    expect(report.diagnostics).toEqual([]);
  });

  it.each(["绩效指标", "考核指标", "指标"])("a general name word, %s, heading a column of its own names the indicators where no 三级 word is written", (word) => {
    const read = checkHeader([["l1", "一级指标"], ["l2", "二级指标"], ["l3", word], ["value", "指标值"]]);
    expect(rowsOf(read)).toEqual(NAMED);
    expect(read.diagnostics).toEqual([]);
  });

  it("指标内容 still names the indicators where no 三级 column is written", () => {
    expect(rowsOf(checkHeader([["l1", "一级指标"], ["l2", "二级指标"], ["l3", "指标内容"], ["value", "指标值"], ["other", "备注"]]))).toEqual(NAMED);
  });

  it("an explanation is never taken for the name: with no name column the names are reported as not read, at the header", () => {
    const read = checkHeader([["l1", "一级指标"], ["l2", "二级指标"], ["other", "指标解释"], ["value", "指标值"]]);
    expect(read.indicators.map((i) => [i[2], i[3]])).toEqual(INDICATORS.map((ind) => [undefined, ind.value]));
    expect(read.diagnostics).toEqual(["table-unreadable@C4"]);
    expect(read.sheets).toEqual([["partial", ["indicator-names"], "C4"]]);
    expect(read.messages).toEqual(["未能读取本表的三级指标，依赖这些内容的校验未执行；请检查此处的填写或表格格式"]);
  });
});

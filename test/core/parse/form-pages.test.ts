/**
 * How printed 申报表 run over pages and sections: a 续表 page repeats the indicator header and goes
 * on with the same project; the review boxes (审核意见) and the 填报人 line close the indicators; a
 * category may carry a gloss (产出（工作量）指标); the money's group label may stand left of the total's
 * own (项目预算 | 资金总额 | 67.5); a line of a kind may be followed by its 其中 parts.
 */
import { checkWorkbook } from "../../../src/core/check/check";
import { budgetOf, gridOf, parseGrids, projectsOf, type Row } from "./grids";

const HEADER: Row = ["本年度绩效指标", "一级指标", "二级指标", "指标内容", "指标值", "备注"];
const HEAD: Row[] = [
  ["项目支出绩效目标申报表"],
  ["项目名称", "馆藏档案数字化加工项目"],
  ["项目预算（万元）", "资金总额", 67.5, "其中：市财政资金", 60],
  [null, null, null, "其他资金", 7.5],
];
const PAGE1: Row[] = [HEADER, [null, "产出（工作量）指标", "数量指标", "档案扫描页数", "≥150万页"], [null, null, null, "档案著录条目", "≥8.2万条"]];
const PAGE2: Row[] = [
  ["项目支出绩效目标申报表（续表）"],
  HEADER,
  [null, "产出（工作量）指标", "质量指标", "成果验收合格率", "≥98%"],
  [null, "效益指标", "社会效益指标", "档案利用服务效率", "显著提升"],
  [null, "满意度指标", "服务对象满意度指标", "档案查阅者满意度", "≥90%"],
];
const FOOT: Row[] = [
  ["审核意见", "主管部门审核意见", "同意。审核人：张军"],
  [null, "市财政局审核意见", "业务科室审核人：    日期："],
  ["填报人及联系电话：吴敏 0716-8213367", null, null, "填报日期：2024年11月20日"],
];

const indicators = (value: string): Row[] => [
  ["一级指标", "二级指标", "三级指标", value],
  ["产出指标", "数量指标", "清运量", "≥5.6万吨"],
  ["效益指标", "社会效益指标", "城区环境", "明显改善"],
  ["满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"],
];

function read(rows: Row[], merges: string[] = []) {
  const grid = gridOf("项目申报表", rows, merges);
  return { projects: projectsOf(parseGrids(grid)), diagnostics: checkWorkbook({ sheets: [grid] }).report.diagnostics.map((d) => [d.rule, d.cell, d.severity]) };
}

describe("a 申报表 printed over two pages", () => {
  const { projects, diagnostics } = read([...HEAD, ...PAGE1, ...PAGE2, ...FOOT], ["A3:A4", "A5:A7", "A9:A12"]);

  it("is one project: the 续表 page's indicators are the first page's project's, and the review boxes are none", () => {
    expect(projects.map((p) => [p.name.value, p.indicators.map((i) => i.level3?.value)])).toEqual([
      ["馆藏档案数字化加工项目", ["档案扫描页数", "档案著录条目", "成果验收合格率", "档案利用服务效率", "档案查阅者满意度"]],
    ]);
  });

  it("reads the total the group label points at, and 产出（工作量）指标 as 产出指标", () => {
    expect(budgetOf(projects[0]!)).toEqual({ unit: "万元", total: 67.5, fiscal: 60, other: 7.5 });
    expect(diagnostics.filter((d) => d[2] !== "info")).toEqual([]);
  });
});

describe("a line of a kind followed by its 其中 parts", () => {
  it("counts the line once, not with its parts", () => {
    const { projects, diagnostics } = read([
      ["项目名称", "智慧环卫收运体系建设项目"],
      ["项目资金（万元）", "资金来源", "实施期", "本年度"],
      [null, "资金总额", 1080, 360],
      [null, "  财政拨款", 990, 330],
      [null, "    其中：一般公共预算", 900, 300],
      [null, "          政府性基金预算", 90, 30],
      [null, "  其他资金", 90, 30],
      ...indicators("年度指标值"),
    ], ["A2:A7"]);
    expect(budgetOf(projects[0]!)).toEqual({ unit: "万元", total: 360, fiscal: 330, other: 30 });
    expect(diagnostics.filter((d) => d[2] !== "info")).toEqual([]);
  });

  it("sums lines of one kind that are no one's parts, each written as label： with its amount", () => {
    const { projects, diagnostics } = read([
      ["项目名称", "城区生活垃圾分类收运经费"],
      ["项目资金申请（万元）", "资金总额：", 268],
      [null, "一般公共预算拨款：", 200],
      [null, "政府性基金预算拨款：", 30],
      [null, "国有资本经营预算拨款：", 0],
      [null, "纳入财政专户管理的收入：", 20],
      [null, "未纳入财政专户管理的收入：", 0],
      [null, "上年结余收入：", 15],
      ...indicators("指标值"),
    ], ["A2:A8"]);
    expect(budgetOf(projects[0]!)).toEqual({ unit: "万元", total: 268, fiscal: 230, other: 15 });
    expect(projects[0]!.budget?.specialAccount?.value).toBe(20);
    expect(diagnostics).toEqual([["funds-budget-sum", "C2", "error"]]);
  });
});

describe("an outline typed as in a word processor: categories as rows, numbered indicators under them", () => {
  const outline = (value: string): Row[] => [
    ["一、农村公路养护经费绩效目标"],
    ["项目名称", "农村公路养护经费"],
    ["项目资金（万元）", 154, "其中：财政资金140.00万元，其他资金14.00万元"],
    ["年度目标", "养护农村公路128公里。"],
    ["序号", "绩效指标", "指标值", "备注"],
    ["一", "产出指标"],
    ["（一）", "数量指标"],
    [1, "农村公路养护里程", "≥128公里"],
    ["（二）", "质量指标"],
    [2, "养护路段优良路率", value],
    ["二", "效益指标"],
    ["（一）", "社会效益指标"],
    [3, "群众出行条件改善", "明显改善"],
    ["三", "满意度指标"],
    ["（一）", "服务对象满意度指标"],
    [4, "沿线群众满意度", "≥90%"],
  ];

  it("reads each indicator under its 一级 and 二级, and the group label's amount as the total with the sources in words", () => {
    const { projects, diagnostics } = read(outline("≥85%"));
    expect(projects.map((p) => [p.name.value, budgetOf(p)])).toEqual([["农村公路养护经费", { unit: "万元", total: 154, fiscal: 140, other: 14 }]]);
    expect(projects[0]!.indicators.map((i) => [i.level1?.value, i.level2?.value, i.level3?.value, i.value?.value])).toEqual([
      ["产出指标", "数量指标", "农村公路养护里程", "≥128公里"],
      ["产出指标", "质量指标", "养护路段优良路率", "≥85%"],
      ["效益指标", "社会效益指标", "群众出行条件改善", "明显改善"],
      ["满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"],
    ]);
    expect(diagnostics.filter((d) => d[2] !== "info")).toEqual([]);
  });

  it("checks its targets", () => {
    expect(read(outline("≥105%")).diagnostics).toEqual([["rate-above-100", "C10", "error"]]);
  });
});

/**
 * Spellings of the head and header labels seen across provinces' templates, one changed at a time
 * in an otherwise ordinary block: each must read the same name, money and indicators and raise
 * nothing; the few the reader cannot place must say so where it looked.
 */
import { checkWorkbook } from "../../../src/core/check/check";
import type { CellValue } from "../../../src/core/grid/grid";
import { gridOf } from "./grids";

type Slot = "name" | "total" | "fiscal" | "other" | "l1" | "l2" | "l3" | "val";
const USUAL: Record<Slot, string> = { name: "项目名称", total: "预算数", fiscal: "财政资金", other: "其他资金", l1: "一级指标", l2: "二级指标", l3: "三级指标", val: "指标值" };

const READ: readonly [Slot, string][] = [
  ...["项目全称", "项目（全称）", "项目名称（盖章）", "项目支出名称", "项 目 名 称", "项目名称：", "支出项目名称", "二级项目名称", "项目"].map((w) => ["name", w] as [Slot, string]),
  ...["年度预算数", "资金总额", "申请金额", "本年申请预算", "年度申请金额", "项目预算资金", "预算资金", "总预算", "年度预算", "预算安排", "本年度预算数（万元）", "项目资金总额", "年度资金总额", "资金合计", "预算合计", "项目总投资", "本年度申请资金", "年度申报资金", "合计", "申请数", "申请数（万元）", "申报数", "年度申请数", "本年申请数", "申请额", "申请资金", "预算数（千元）", "资金总额（百万元）"].map((w) => ["total", w] as [Slot, string]),
  ...["财政拨款", "一般公共预算财政拨款", "财政拨款（一般公共预算）", "政府性基金预算财政拨款", "本级财政", "市级财政资金", "财政资金（万元）", "一般公共预算", "财政补助", "财政性资金", "本级财力", "其中：本级财力", "财政资金（千元）", "地方财力", "县级财力", "市本级财力", "本级财政资金", "债券资金", "专项债券资金", "政府债券资金", "一般债券", "一般债券资金", "地方政府专项债券", "专项债", "新增债券资金"].map((w) => ["fiscal", w] as [Slot, string]),
  ...["其他", "单位自筹", "自有资金", "事业收入", "社会投入", "银行贷款", "其他来源资金", "非财政资金", "其他收入", "单位自有资金"].map((w) => ["other", w] as [Slot, string]),
  ...["一级", "指标类别", "一级指标名称"].map((w) => ["l1", w] as [Slot, string]),
  // A 二级 header the vocabulary does not know is placed by what stands under it (数量指标 beside 产出指标).
  ...["二级", "二级指标名称", "指标类型", "指标子类"].map((w) => ["l2", w] as [Slot, string]),
  ...["三级", "指标名称", "具体指标", "绩效指标", "三级指标名称", "指标内容", "三级指标（具体指标）"].map((w) => ["l3", w] as [Slot, string]),
  ...["目标值", "指标值（含单位）", "预期目标", "绩效目标值", "年度目标值", "指标目标值", "标准值", "目标值（含单位）", "年度指标值", "预期指标值", "绩效标准", "指标值及单位"].map((w) => ["val", w] as [Slot, string]),
];

function check(slot: Slot, word: string) {
  const l = { ...USUAL, [slot]: word };
  const cells: CellValue[][] = [
    ["项目支出绩效目标表"],
    ["单位：万元"],
    [l.name, "示范项目"],
    [l.total, 100, l.fiscal, 90, l.other, 10],
    ["绩效目标", "完成任务"],
    [l.l1, l.l2, l.l3, l.val],
    ["产出指标", "数量指标", "培训人数", "≥100人"],
    ["产出指标", "质量指标", "合格率", "≥95%"],
    ["效益指标", "社会效益指标", "能力提升", "≥10%"],
    ["满意度指标", "服务对象满意度指标", "满意度", "≥90%"],
  ];
  return checkWorkbook({ sheets: [{ sheet: "绩效目标表", cells, merges: [] }] });
}

describe.each(READ)("%s = %s", (slot, word) => {
  it("reads the block as with the usual words, and raises nothing", () => {
    const { parsed, report } = check(slot, word);
    const projects = parsed.tables.filter((t) => t.kind === "project");
    expect(projects.map((t) => (t.kind === "project" ? [t.name.value, t.budget?.total?.value, t.budget?.fiscal?.value, t.budget?.other?.value, t.indicators.length] : null))).toEqual([["示范项目", 100, 90, 10, 4]]);
    expect(projects.flatMap((t) => (t.kind === "project" ? t.indicators.map((i) => i.value?.value) : []))).toEqual(["≥100人", "≥95%", "≥10%", "≥90%"]);
    expect(report.diagnostics.map((d) => `${d.rule}@${d.cell}`)).toEqual([]);
  });
});

describe("spellings the reader does not place say so where it looked", () => {
  it.each([
    // No 指标值 column the vocabulary knows: the values are reported as not read, at the header.
    ["val", "备注", "table-unreadable@C6"],
    ["val", "完成标准", "table-unreadable@C6"],
    // A company's bonds are no government money: a source the reader does not name, reported where it stands.
    ["fiscal", "企业债券", "table-unreadable@C4"],
  ] as [Slot, string, string][])("%s = %s → %s", (slot, word, diagnostic) => {
    expect(check(slot, word).report.diagnostics.map((d) => `${d.rule}@${d.cell}`)).toEqual([diagnostic]);
  });
});

describe("a name read from the title alone", () => {
  it.each([
    ["2025年度乡镇综合文化站免费开放项目绩效目标表", "乡镇综合文化站免费开放"],
    ["2025年春节慰问困难群众项目绩效目标表", "2025年春节慰问困难群众"],
    ["1.市信访办履职能力提升经费绩效目标表", "市信访办履职能力提升经费"],
  ])("%s → %s", (title, name) => {
    const cells: CellValue[][] = [
      [title],
      ["预算数", 100, "财政资金", 90, "其他资金", 10],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "培训人数", "≥100人"],
      ["效益指标", "社会效益指标", "能力提升", "≥10%"],
      ["满意度指标", "服务对象满意度指标", "满意度", "≥90%"],
    ];
    const { parsed } = checkWorkbook({ sheets: [{ sheet: "表", cells, merges: [] }] });
    expect(parsed.tables.map((t) => (t.kind === "project" ? t.name.value : t.kind))).toEqual([name]);
  });
});

describe("a header with no 指标值 column", () => {
  it("leaves the sheet partly read, with the values named as not read at the header", () => {
    const { parsed } = check("val", "备注");
    expect(parsed.sheets.map((s) => [s.status, s.missing, s.cell])).toEqual([["partial", ["indicator-values"], "C6"]]);
  });
});

describe("level columns whose header words the vocabulary does not know are placed by their contents", () => {
  const head: CellValue[][] = [["项目支出绩效目标表"], ["项目名称", "示范项目"], ["预算数", 100, "财政资金", 100, "其他资金", 0]];
  const rows: CellValue[][] = [
    ["产出指标", "数量指标", "培训人数", "≥100人"],
    ["效益指标", "社会效益指标", "能力提升", "明显提升"],
    ["满意度指标", "服务对象满意度指标", "满意度", "≥90%"],
  ];
  const read = (header: CellValue[], body: CellValue[][] = rows) => {
    const { parsed, report } = checkWorkbook({ sheets: [{ sheet: "绩效目标表", cells: [...head, header, ...body], merges: [] }] });
    const projects = parsed.tables.flatMap((t) => (t.kind === "project" ? [t] : []));
    return {
      indicators: projects.flatMap((t) => t.indicators.map((i) => [i.level1?.value, i.level2?.value, i.level3?.value, i.value?.value])),
      diagnostics: report.diagnostics.map((d) => `${d.rule}@${d.cell}`),
    };
  };

  it.each([
    [["指标类别", "指标子类", "指标名称", "指标值"]],
    [["考核维度", "考核要素", "具体指标", "目标值"]],
    [["指标层级一", "指标层级二", "考核内容", "预期目标"]],
  ])("%j", (header) => {
    expect(read(header)).toEqual({ indicators: rows, diagnostics: [] });
  });

  it("a level-3 header it does not know either is the column after the 二级", () => {
    expect(read(["类别", "子类", "考核点", "指标值"]).indicators).toEqual(rows);
  });

  it("without a value column it knows, the values are reported as not read rather than guessed", () => {
    expect(read(["指标类别", "指标子类", "指标名称", "备注"]).diagnostics).toEqual(["table-unreadable@C4"]);
  });

  it("a data row is not taken for a header", () => {
    // Two projects' rows one under the other with no header at all: nothing is read as indicators.
    const r = read(["产出指标", "数量指标", "培训人数", "≥100人"]);
    expect(r.indicators).toEqual([]);
  });
});

describe("a header cell merged down over a two-row header names its column", () => {
  it("指标值 merged over both rows beside 绩效指标 over 一级 | 二级 | 三级 is the value column", () => {
    const cells: CellValue[][] = [
      ["项目支出绩效目标表"],
      ["项目名称", "示范项目"],
      ["预算数", 100, "财政资金", 100, "其他资金", 0],
      ["绩效指标", null, null, "指标值", "指标值确定依据", "备注"],
      ["一级指标", "二级指标", "三级指标", null, null, null],
      ["产出指标", "数量指标", "培训人数", "≥100人", "计划标准", null],
      [null, "质量指标", "培训合格率", "高质量", "计划标准", null],
      ["效益指标", "社会效益指标", "能力提升", "明显提升", "计划标准", null],
      ["满意度指标", "服务对象满意度指标", "满意度", "≥90%", "计划标准", null],
    ];
    const { parsed, report } = checkWorkbook({ sheets: [gridOf("绩效目标表", cells, ["A4:C4", "D4:D5", "E4:E5", "F4:F5", "A6:A7"])] });
    const projects = parsed.tables.flatMap((t) => (t.kind === "project" ? [t] : []));
    expect(projects.flatMap((t) => t.indicators.map((i) => [i.level3?.value, i.value?.value, i.basis?.value]))).toEqual([
      ["培训人数", "≥100人", "计划标准"],
      ["培训合格率", "高质量", "计划标准"],
      ["能力提升", "明显提升", "计划标准"],
      ["满意度", "≥90%", "计划标准"],
    ]);
    expect(report.diagnostics.map((d) => `${d.rule}@${d.cell}`)).toEqual(["value-unquantified@D7"]);
  });
});

describe("a total label in a vertical list of the head (申请数（万元） over 其中：财政资金 and 其他资金)", () => {
  it.each(["申请数（万元）", "申报数", "申请金额", "申请资金"])("%s", (word) => {
    const cells: CellValue[][] = [
      ["项目支出绩效目标表（2025年）"],
      ["项目名称", "走访慰问"],
      [word, 45],
      ["其中：财政资金", 40],
      ["其他资金", 5],
      ["总体目标", "完成走访慰问"],
      ["一级指标", "二级指标", "三级指标", "预期目标"],
      ["产出指标", "数量指标", "走访人数", "≥1500人"],
      ["效益指标", "社会效益指标", "政策知晓率", "≥90%"],
      ["满意度指标", "服务对象满意度指标", "满意度", "≥90%"],
    ];
    const { report } = checkWorkbook({ sheets: [{ sheet: "绩效目标表", cells, merges: [] }] });
    expect([report.tables.map((t) => t.budget), report.diagnostics.map((d) => `${d.rule}@${d.cell}`)]).toEqual([[{ total: 45, fiscal: 40, other: 5 }], []]);
  });
});

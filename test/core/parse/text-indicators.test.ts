/**
 * Blocks whose indicators are written as text, with no indicator header: an ordinary head (项目名称,
 * 预算数 …) over the indicators in one (merged) cell, an outline "一、产出指标\n（一）数量指标：…", or one a
 * line down a column, "一级指标：产出指标；二级指标：数量指标；三级指标：…；指标值：…". They are read by the
 * grammar of a list's text cells; what does not read is reported at its cell, and a sheet whose lines
 * have no head of their own stays unread (warned), never guessed into a project.
 */
import { checkWorkbook } from "../../../src/core/check/check";
import { gridOf, projectsOf, type Row } from "./grids";

function check(rows: Row[], merges: string[] = [], sheet = "附表3") {
  const { parsed, report } = checkWorkbook({ sheets: [gridOf(sheet, rows, merges)] });
  const projects = projectsOf(parsed);
  return {
    sheets: parsed.sheets.map((s) => [s.status, s.tables, s.cell]),
    projects: projects.map((p) => [p.name.value, p.layout, p.budget?.total?.value ?? null, p.indicators.length]),
    indicators: projects.map((p) => p.indicators.map((i) => [i.level1?.value ?? null, i.level2?.value ?? null, i.level3?.value ?? null, i.value?.value ?? null, i.value?.cell ?? i.level3?.cell ?? null])),
    diagnostics: report.diagnostics.map((d) => [d.rule, d.cell, d.messageId, d.severity, ...(d.related && d.related.length > 0 ? [d.related] : [])]),
  };
}

const OUTLINE =
  "一、产出指标\n（一）数量指标：培训残疾人≥200人次\n（二）质量指标：培训合格率≥85%\n（三）时效指标：2025年11月底前完成\n（四）成本指标：人均培训成本≤1500元\n" +
  "二、效益指标\n（一）社会效益指标：残疾人就业能力明显提升\n三、满意度指标\n（一）服务对象满意度指标：参训残疾人满意度≥90%";

const line = (l1: string, l2: string, l3: string, value: string): string => `一级指标：${l1}；二级指标：${l2}；三级指标：${l3}；指标值：${value}`;

describe("a block whose indicators are written as text", () => {
  it("reads an outline in one merged cell beside 绩效指标, under a head whose title is merged wider than its cells", () => {
    const { sheets, projects, indicators, diagnostics } = check(
      [["项目绩效目标表"], ["项目名称", "残疾人职业技能培训"], ["预算资金（万元）", 30], ["绩效指标", OUTLINE]],
      ["A1:F1", "B2:F2", "B3:F3", "A4:A10", "B4:F10"],
    );
    expect(sheets).toEqual([["read", 1, "A1"]]);
    expect(projects).toEqual([["残疾人职业技能培训", "block", 30, 6]]);
    // A 二级's item runs its name into its target; a target written alone is the 二级's own.
    expect(indicators[0]).toEqual([
      ["产出指标", "数量指标", "培训残疾人", "≥200人次", "B4"],
      ["产出指标", "质量指标", "培训合格率", "≥85%", "B4"],
      ["产出指标", "时效指标", "时效指标", "2025年11月底前完成", "B4"],
      ["产出指标", "成本指标", "人均培训成本", "≤1500元", "B4"],
      ["效益指标", "社会效益指标", "社会效益指标", "残疾人就业能力明显提升", "B4"],
      ["满意度指标", "服务对象满意度指标", "参训残疾人满意度", "≥90%", "B4"],
    ]);
    expect(diagnostics).toEqual([]);
  });

  it("reads key：value lines down one column: the head's label：value cells, then one indicator a line as labelled fields", () => {
    const { sheets, projects, indicators, diagnostics } = check(
      [
        ["项目支出绩效目标表"],
        ["项目名称：乡村道路亮化工程"],
        ["预算金额：45万元（其中财政资金45万元）"],
        ["绩效目标：完成12个行政村主干道路灯安装。"],
        [line("产出指标", "数量指标", "安装太阳能路灯数量", "≥300盏")],
        [line("产出指标", "时效指标", "安装完成时间", "2025年9月底前")],
        [line("效益指标", "社会效益指标", "村民夜间出行条件", "明显改善")],
        [line("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%")],
      ],
      [],
      "绩效目标（文本）",
    );
    expect(sheets).toEqual([["read", 1, "A1"]]);
    expect(projects).toEqual([["乡村道路亮化工程", "block", 45, 4]]);
    expect(indicators[0]).toEqual([
      ["产出指标", "数量指标", "安装太阳能路灯数量", "≥300盏", "A5"],
      ["产出指标", "时效指标", "安装完成时间", "2025年9月底前", "A6"],
      ["效益指标", "社会效益指标", "村民夜间出行条件", "明显改善", "A7"],
      ["满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "A8"],
    ]);
    expect(diagnostics).toEqual([]);
  });

  it("reports a line that does not read, and a line without its target, at their cells; the rules check the lines read", () => {
    const { sheets, projects, indicators, diagnostics } = check(
      [
        ["项目名称：乡村道路亮化工程"],
        ["预算数：45万元"],
        [line("产出指标", "数量指标", "安装太阳能路灯数量", "≥300盏")],
        ["路灯全部按期安装到位"],
        ["一级指标：产出指标；二级指标：质量指标；三级指标：路灯验收合格率；指标值："],
        [line("满意度指标", "服务对象满意度指标", "村民满意度", "≥190%")],
      ],
      [],
      "绩效目标（文本）",
    );
    expect(sheets).toEqual([["partial", 1, "A4"]]);
    expect(projects).toEqual([["乡村道路亮化工程", "block", 45, 3]]);
    expect(indicators[0]!.map((i) => [i[2], i[3]])).toEqual([
      ["安装太阳能路灯数量", "≥300盏"],
      ["路灯验收合格率", null],
      ["村民满意度", "≥190%"],
    ]);
    // No 效益 line read, but a line that did not read may be it: the categories are not judged until it reads.
    expect(diagnostics).toEqual([
      ["table-unreadable", "A4", "missing", "warning", ["A5"]],
      ["rate-above-100", "A6", "above", "error"],
    ]);
  });

  it("reads projects stacked down one column, each head over its own lines", () => {
    const { sheets, projects, indicators } = check(
      [
        ["项目名称：乡村道路亮化工程"],
        ["预算数：45万元"],
        [line("产出指标", "数量指标", "安装太阳能路灯数量", "≥300盏")],
        [line("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%")],
        [null],
        ["项目名称：农村饮水安全巩固"],
        ["预算数：80万元"],
        [line("产出指标", "数量指标", "新建供水站", "≥4座")],
        [line("效益指标", "社会效益指标", "受益人口", "≥5000人")],
      ],
      [],
      "绩效目标（文本）",
    );
    expect(sheets).toEqual([["read", 2, "A1"]]);
    expect(projects).toEqual([
      ["乡村道路亮化工程", "block", 45, 2],
      ["农村饮水安全巩固", "block", 80, 2],
    ]);
    expect(indicators.map((inds) => inds.map((i) => i[4]))).toEqual([
      ["A3", "A4"],
      ["A8", "A9"],
    ]);
  });

  it("offers no edit of a target that shares its cell with the rest of its line", () => {
    const rows: Row[] = [
      ["项目名称：乡村道路亮化工程"],
      ["预算数：45万元"],
      [line("产出指标", "成本指标", "单盏路灯安装成本", "≥1500元")],
      [line("效益指标", "社会效益指标", "村民夜间出行条件", "明显改善")],
      [line("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%")],
    ];
    const { report } = checkWorkbook({ sheets: [gridOf("绩效目标（文本）", rows)] });
    expect(report.diagnostics.map((d) => [d.rule, d.cell, d.messageId, d.fix ?? null, d.suggestions ?? []])).toEqual([["operator-direction", "A3", "costLowerBound", null, []]]);
  });

  it("leaves lines under no head of their own unread and warned, and notes that quote indicator lines are no project", () => {
    const lines = check(
      [["项目支出绩效目标表"], [line("产出指标", "数量指标", "培训人数", "≥200人")], [line("效益指标", "社会效益指标", "就业能力", "明显提升")], [line("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%")]],
      [],
      "绩效目标表",
    );
    expect(lines.projects).toEqual([]);
    // Warned at the first line, where the indicators were looked for.
    expect(lines.sheets).toEqual([["unread", 0, "A2"]]);
    expect(lines.diagnostics.map((d) => d[0])).toEqual(["sheet-unread"]);
    const notes = check([["填表说明"], ["项目名称：填写项目全称"], ["预算数：填写金额"], [line("产出指标", "数量指标", "培训人数", "≥200人")]], [], "填表说明");
    expect(notes.projects).toEqual([]);
    expect(notes.diagnostics).toEqual([]);
  });
});

describe("text indicators the reader reads only in part", () => {
  // 一级 as column headings, items under each: the reader finds the text lines of one column only.
  const rows: Row[] = [
    ["农村适龄妇女两癌筛查项目绩效目标"],
    ["项目名称：农村适龄妇女两癌筛查", "预算：45万元"],
    ["产出指标", "效益指标", "满意度指标"],
    ["数量：完成宫颈癌筛查人数≥3000人", "社会效益：妇女两癌早诊早治率明显提高", "服务对象满意度：受检妇女满意度≥90%"],
    ["数量：完成乳腺癌筛查人数≥3000人", "可持续影响：筛查长效机制持续运行"],
    ["质量：筛查结果随访率≥95%"],
    ["填表人：张三"],
  ];

  it("reports every text cell beside or under the lines it read that it did not read, and does not judge the categories of a part-read table", () => {
    const { parsed, report } = checkWorkbook({ sheets: [gridOf("绩效指标（横排）", rows)] });
    const [p] = projectsOf(parsed);
    // The reader finds the lines of column B only (B4); every other text cell of rows 4–6 is reported, the 填表人 footer is not.
    expect(p!.indicators.map((i) => i.value?.cell)).toEqual(["B4"]);
    expect(p!.missing).toEqual(["A4", "C4", "A5", "B5", "A6"].map((cell) => ({ field: "indicators", cell })));
    expect(report.diagnostics.map((d) => [d.rule, d.cell, d.related, d.data.missing])).toEqual([["table-unreadable", "A4", ["C4", "A5", "B5", "A6"], ["indicators"]]]);
  });
});

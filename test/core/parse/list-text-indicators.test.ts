/**
 * Lists (one row per project) whose 绩效指标 cell holds the indicators as plain text, not in the budget
 * systems' code grammar: a sequence of items split on ；/ line breaks / numbering, each naming its
 * categories joined by a separator and its target after a colon (or 为 / 达到). The categories are known
 * by the vocabulary, so an item may give only its 二级 or only its 三级 under a heading in the cell. The
 * funds and the 合计 row are read and checked whatever the cells hold; what cannot be read is reported
 * at its cell.
 */
import { checkWorkbook } from "../../../src/core/check/check";
import type { CellValue } from "../../../src/core/grid/grid";
import { gridOf, projectsOf, summariesOf, type Row } from "./grids";

const HEADER: Row = ["序号", "项目名称", "资金总额", "一般公共预算", "政府性基金", "其他资金", "年度绩效目标", "绩效指标"];

function check(rows: Row[], header: Row = HEADER) {
  const cells = [["2025年部门项目支出绩效目标表"], ["单位：万元"], header, ...rows] as CellValue[][];
  const { parsed, report } = checkWorkbook({ sheets: [gridOf("项目绩效目标表", cells)] });
  const projects = projectsOf(parsed);
  return {
    sheets: parsed.sheets.map((s) => [s.status, s.tables]),
    projects: projects.map((p) => [p.name.value, p.layout, p.budget?.total?.value ?? null, p.budget?.fiscal?.value ?? null, p.budget?.other?.value ?? null, p.indicators.length]),
    indicators: projects.map((p) => p.indicators.map((i) => [i.level1?.value ?? null, i.level2?.value ?? null, i.level3?.value ?? null, i.value?.value ?? null, i.value?.cell ?? i.level3?.cell ?? null])),
    summaries: summariesOf(parsed).map((s) => s.rows.map((r) => r.kind)),
    diagnostics: report.diagnostics.map((d) => [d.rule, d.cell, d.messageId, d.severity]),
  };
}

describe("a list whose indicator cells hold text items", () => {
  it("reads 一级-二级-三级：指标值 items, sums 一般公共预算 and 政府性基金 as the fiscal money, and checks the rows and the 合计", () => {
    const { sheets, projects, indicators, summaries, diagnostics } = check([
      [1, "居家养老服务补贴", 320, 300, 0, 20, "完成年度任务。", "1、产出指标-数量指标-服务人数：≥50人；2、产出指标-质量指标-服务达标率：≥95%；3、效益指标-社会效益指标-生活质量改善：有效改善；4、满意度指标-服务对象满意度指标-服务对象满意度：≥90%"],
      [2, "污水管网改造工程", 860, 200, 600, 50, "完成改造。", "1、产出指标-数量指标-管网铺设长度：≥50公里；2、产出指标-时效指标-竣工时间：2025年12月底前；3、效益指标-可持续影响指标-设施长效运行：长期；4、满意度指标-服务对象满意度指标-居民满意度：≥90%"],
      ["合计", null, 1190, 500, 600, 70],
    ]);
    expect(sheets).toEqual([["read", 3]]);
    expect(projects).toEqual([
      ["居家养老服务补贴", "list", 320, 300, 20, 4],
      ["污水管网改造工程", "list", 860, 800, 50, 4],
    ]);
    expect(indicators[0]).toEqual([
      ["产出指标", "数量指标", "服务人数", "≥50人", "H4"],
      ["产出指标", "质量指标", "服务达标率", "≥95%", "H4"],
      ["效益指标", "社会效益指标", "生活质量改善", "有效改善", "H4"],
      ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "H4"],
    ]);
    expect(indicators[1]!.map((i) => i.slice(0, 3))).toEqual([
      ["产出指标", "数量指标", "管网铺设长度"],
      ["产出指标", "时效指标", "竣工时间"],
      ["效益指标", "可持续影响指标", "设施长效运行"],
      ["满意度指标", "服务对象满意度指标", "居民满意度"],
    ]);
    expect(summaries).toEqual([["item", "item", "total"]]);
    // 860 ≠ 200 + 600 + 50; the 合计 1190 ≠ 320 + 860 and ≠ 500 + 600 + 70 across.
    expect(diagnostics).toEqual([
      ["funds-budget-sum", "C5", "mismatch", "error"],
      ["summary-rows-add-up", "C6", "totalSum", "error"],
      ["summary-columns-add-up", "C6", "columnSum", "error"],
    ]);
  });

  it("takes the 一级 from a 二级 given alone, whatever the separator (- / ｜ > —)", () => {
    const { projects, indicators, diagnostics } = check([
      [1, "法律顾问服务", 18, 18, 0, 0, "完成年度任务。", "1.数量指标-法律咨询次数：≥50次\n2.质量指标/意见采纳率：≥95%\n3.社会效益指标｜依法行政水平：明显提升\n4.服务对象满意度指标>机关满意度：≥90%\n5.成本指标——服务费：≤18万元"],
    ]);
    expect(projects).toEqual([["法律顾问服务", "list", 18, 18, 0, 5]]);
    expect(indicators[0]!.map((i) => i.slice(0, 4))).toEqual([
      ["产出指标", "数量指标", "法律咨询次数", "≥50次"],
      ["产出指标", "质量指标", "意见采纳率", "≥95%"],
      ["效益指标", "社会效益指标", "依法行政水平", "明显提升"],
      ["满意度指标", "服务对象满意度指标", "机关满意度", "≥90%"],
      ["成本指标", null, "服务费", "≤18万元"],
    ]);
    expect(diagnostics).toEqual([]);
  });

  it("reads 三级 items under category headings earlier in the cell, numbered (1) ① or 一、, with targets after 达到 or 为", () => {
    const { projects, indicators, diagnostics } = check([
      [1, "社区培训", 10, 10, 0, 0, "完成培训。", "产出指标：数量指标：(1)培训人数：≥100人；(2)培训场次达到5场；质量指标：①培训合格率为95%；效益指标：一、业务水平提升率：≥10%；满意度指标：学员满意度：≥90%"],
    ]);
    expect(projects).toEqual([["社区培训", "list", 10, 10, 0, 5]]);
    expect(indicators[0]!.map((i) => i.slice(0, 4))).toEqual([
      ["产出指标", "数量指标", "培训人数", "≥100人"],
      ["产出指标", "数量指标", "培训场次", "达到5场"],
      ["产出指标", "质量指标", "培训合格率", "95%"],
      ["效益指标", null, "业务水平提升率", "≥10%"],
      ["满意度指标", null, "学员满意度", "≥90%"],
    ]);
    expect(diagnostics).toEqual([]);
  });

  it("reads items written as labelled fields, after their 二级's colon, or with the target run into the name", () => {
    const { projects, indicators, diagnostics } = check([
      [1, "居家养老服务补贴", 320, 300, 0, 20, "完成年度任务。", "1、一级指标：产出指标；二级指标：数量指标；三级指标：服务人数；指标值：≥50人\n2、质量指标：服务达标率≥95%\n3、效益指标-社会效益指标-受益老人≥50人\n4、满意度指标-服务对象满意度指标-服务对象满意度：≥90%"],
    ]);
    expect(projects).toEqual([["居家养老服务补贴", "list", 320, 300, 20, 4]]);
    expect(indicators[0]).toEqual([
      ["产出指标", "数量指标", "服务人数", "≥50人", "H4"],
      ["产出指标", "质量指标", "服务达标率", "≥95%", "H4"],
      ["效益指标", "社会效益指标", "受益老人", "≥50人", "H4"],
      ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "H4"],
    ]);
    expect(diagnostics).toEqual([]);
  });

  it("reports items that cannot be split at the cell, keeping the ones it read", () => {
    const { projects, indicators, diagnostics } = check([
      [1, "居家养老服务补贴", 320, 300, 0, 20, "完成年度任务。", "1、产出指标-数量指标-服务人数：≥50人；2、服务质量较好；3、效益指标-社会效益指标-生活质量改善：有效改善；4、满意度指标-服务对象满意度指标-服务对象满意度：≥90%"],
    ]);
    expect(projects).toEqual([["居家养老服务补贴", "list", 320, 300, 20, 3]]);
    expect(indicators[0]!.map((i) => i[2])).toEqual(["服务人数", "生活质量改善", "服务对象满意度"]);
    expect(diagnostics).toEqual([["table-unreadable", "H4", "missing", "warning"]]);
  });

  it("reports an item without its target at the cell", () => {
    const { projects, indicators, diagnostics } = check([
      [1, "居家养老服务补贴", 320, 300, 0, 20, "完成年度任务。", "1、产出指标-数量指标-服务人数：；2、效益指标-社会效益指标-生活质量改善：有效改善；3、满意度指标-服务对象满意度指标-服务对象满意度：≥90%"],
    ]);
    expect(projects).toEqual([["居家养老服务补贴", "list", 320, 300, 20, 3]]);
    expect(indicators[0]![0]).toEqual(["产出指标", "数量指标", "服务人数", null, "H4"]);
    expect(diagnostics).toEqual([["table-unreadable", "H4", "missing", "warning"]]);
  });

  it("still reads and checks the funds and the 合计 when no indicator cell can be read, and says so at each cell", () => {
    const { sheets, projects, diagnostics } = check(
      [
        [1, "办公设备购置", 30, 20, 0, 5, "保障办公。", "完成全年采购任务，群众满意"],
        [2, "档案数字化", 12, 12, 0, 0, "完成数字化。", null],
        ["合计", null, 50, 32, 0, 5],
      ],
      ["序号", "项目名称", "资金总额", "一般公共预算", "政府性基金", "其他资金", "年度绩效目标", "绩效目标及指标"],
    );
    expect(sheets).toEqual([["partial", 3]]);
    expect(projects).toEqual([
      ["办公设备购置", "list", 30, 20, 5, 0],
      ["档案数字化", "list", 12, 12, 0, 0],
    ]);
    expect(diagnostics).toEqual([
      ["funds-budget-sum", "C4", "mismatch", "error"],
      ["table-unreadable", "H4", "missing", "warning"],
      ["table-unreadable", "H5", "missing", "warning"],
      ["summary-rows-add-up", "C6", "totalSum", "error"],
      ["summary-columns-add-up", "C6", "columnSum", "error"],
    ]);
  });
});

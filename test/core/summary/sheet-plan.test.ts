import { buildSummary, planSummarySheets, totalsBy, totalsBySource, type ConsolidatedSummary, type PlanCell, type PlannedTable, type ProjectLine } from "../../../src/core/summary";

function project(name: string, agency: string, type: string, total: number, fiscal: number, other = total - fiscal): ProjectLine {
  return {
    file: "a.xlsx",
    sheet: "表",
    name,
    code: null,
    agency,
    agencyCode: null,
    type,
    typeSource: "column",
    total,
    fiscal,
    other,
    specialAccount: 0,
    sourceUnit: "万元",
    indicators: { 产出: 2, 效益: 1, 满意度: 1, 成本: 0, 其他: 0 },
    indicatorCount: 4,
    errors: 0,
    warnings: 1,
    cell: "A1",
    origin: "target-table",
    listed: null,
  };
}

/** A summary over hand-made project lines, with buildSummary's own category totals. */
function summaryOf(projects: ProjectLine[]): ConsolidatedSummary {
  const base = buildSummary([]);
  const [totals] = totalsBy(projects, () => "合计");
  return {
    ...base,
    files: ["a.xlsx"],
    projects,
    byCategory: { ...base.byCategory, agency: totalsBy(projects, (p) => p.agency), type: totalsBy(projects, (p) => p.type), source: totalsBySource(projects) },
    totals: totals!,
    notes: [],
  };
}

const formulaOf = (cell: PlanCell | undefined): string => (cell?.kind === "formula" ? cell.formula : `<${cell?.kind}>`);

function table(plan: ReturnType<typeof planSummarySheets>, role: PlannedTable["role"]): PlannedTable {
  const found = plan.sheets.flatMap((s) => s.tables).find((t) => t.role === role);
  if (!found) throw new Error(`no ${role} table`);
  return found;
}

describe("planSummarySheets", () => {
  const summary = summaryOf([project("甲", "单位A", "运转类", 10, 8), project("乙", "单位B", "特定目标类", 5, 5), project("丙", "单位A", "特定目标类", 2.5, 0)]);
  const plan = planSummarySheets(summary, { projectSheet: "汇总-项目", categorySheet: "汇总-分类", links: true });

  it("category rows are SUMIFS / COUNTIFS over the project table's columns, with their expected results", () => {
    const projects = table(plan, "projects");
    const agency = table(plan, "agency");
    const first = projects.headerRow + 2;
    const last = projects.headerRow + 4;
    expect(projects.columns.map((c) => c.header).slice(0, 8)).toEqual(["工作表", "项目名称", "预算单位", "项目类型", "合计（万元）", "财政资金（万元）", "其他资金（万元）", "其中：财政专户（万元）"]);
    const keyRow = agency.headerRow + 2;
    expect(agency.rows[0]!.map(formulaOf)).toEqual([
      "<text>",
      `SUMIFS('汇总-项目'!$E$${first}:$E$${last},'汇总-项目'!$C$${first}:$C$${last},$A${keyRow})`,
      `SUMIFS('汇总-项目'!$F$${first}:$F$${last},'汇总-项目'!$C$${first}:$C$${last},$A${keyRow})`,
      `SUMIFS('汇总-项目'!$G$${first}:$G$${last},'汇总-项目'!$C$${first}:$C$${last},$A${keyRow})`,
      `COUNTIFS('汇总-项目'!$C$${first}:$C$${last},$A${keyRow})`,
    ]);
    expect(agency.rows[0]!.map((c) => (c.kind === "formula" ? c.result : c.kind === "text" ? c.text : null))).toEqual(["单位A", 12.5, 8, 4.5, 2]);
    expect(agency.totals.map(formulaOf)[1]).toBe(`SUBTOTAL(109,B${keyRow}:B${keyRow + 1})`);
  });

  it("the project table totals every amount and count, and links each project to its cell", () => {
    const projects = table(plan, "projects");
    expect(projects.totals[0]).toEqual({ kind: "text", text: "合计" });
    expect(projects.totals[4]).toMatchObject({ kind: "formula", result: 17.5 });
    expect(projects.rows[0]!.at(-1)).toEqual({ kind: "link", text: "表!A1", sheet: "表", cell: "A1" });
    const unlinked = planSummarySheets(summary, { projectSheet: "P", categorySheet: "C", links: false });
    expect(table(unlinked, "projects").rows[0]!.at(-1)).toEqual({ kind: "text", text: "表!A1" });
  });

  it("keys a criterion would misread (=x, 1*2, 389) are matched exactly with SUMPRODUCT", () => {
    const odd = summaryOf([project("甲", "=单位", "1*2", 1, 1), project("乙", "389", "运转类", 2, 2)]);
    const oddPlan = planSummarySheets(odd, { projectSheet: "P", categorySheet: "C", links: false });
    for (const row of [...table(oddPlan, "agency").rows, table(oddPlan, "type").rows[0]!]) {
      expect(formulaOf(row[1])).toMatch(/^SUMPRODUCT\(--\('P'!\$[CD]\$\d+:\$[CD]\$\d+=\$A\d+\),'P'!\$E\$\d+:\$E\$\d+\)$/u);
      expect(formulaOf(row[4])).toMatch(/^SUMPRODUCT\(--\(/u);
    }
    expect(formulaOf(table(oddPlan, "type").rows[1]![1])).toMatch(/^SUMIFS\(/u);
  });

  it("the source rows add up to the grand total", () => {
    const source = table(plan, "source");
    expect(source.rows.map((r) => [r[0]!.kind === "text" ? r[0]!.text : "", r[1]!.kind === "formula" ? r[1]!.result : null])).toEqual([
      ["财政资金", 13],
      ["财政专户", 0],
      ["其他资金", 4.5],
      ["未列明来源", 0],
    ]);
    expect(source.totals[1]).toMatchObject({ kind: "formula", result: 17.5 });
  });

  it("table names stay unique in the workbook", () => {
    const named = planSummarySheets(summary, { projectSheet: "P", categorySheet: "C", links: false, takenTableNames: ["汇总_项目", "汇总_单位", "汇总_单位_2"] });
    expect(table(named, "projects").name).toBe("汇总_项目_2");
    expect(table(named, "agency").name).toBe("汇总_单位_3");
  });

  it("the chart plots the category with more than one key", () => {
    expect(table(plan, "agency").chart).toMatchObject({ columns: 4 });
    const oneAgency = summaryOf([project("甲", "单位A", "运转类", 1, 1), project("乙", "单位A", "特定目标类", 1, 1)]);
    const oneAgencyPlan = planSummarySheets(oneAgency, { projectSheet: "P", categorySheet: "C", links: false });
    expect(table(oneAgencyPlan, "agency").chart).toBeNull();
    expect(table(oneAgencyPlan, "type").chart).toMatchObject({ title: "按项目类型汇总（万元）" });
  });

  it("an empty summary plans no tables but says so", () => {
    const empty = planSummarySheets(buildSummary([]), { projectSheet: "P", categorySheet: "C", links: false });
    expect(empty.sheets[0].tables).toEqual([]);
    expect(empty.sheets[0].lines.map((l) => l.text)).toContain("（无项目）");
    expect(empty.sheets[1].tables).toEqual([]);
  });
});

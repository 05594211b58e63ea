/** The layouts registry: every project layout once, with what fill, the CLI and the pane derive from it. */
import { isProjectLayout, LAYOUTS, PROJECT_LAYOUT_IDS, PROJECT_LAYOUTS, projectLayout } from "../../../src/core/layouts";
import { parseWorkbook } from "../../../src/core/parse/parse-workbook";
import type { ProjectTable } from "../../../src/core/model/model";
import { resolveConfig, runRules } from "../../../src/core/check/check";
import { gridOf } from "../parse/grids";
import { sidewaysLayout } from "./sideways-layout";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { readWorkbookFile } from "../../../src/host/xlsx";

const EXAMPLES = join(__dirname, "../../../examples");
const CORPUS = join(__dirname, "../../corpus/files");
/** Tables in the five examples and the corpus files, read with the registry in its order. */
const TABLES = 57;
import { parseNewOptions } from "../../../src/cli/fill-command";
import { parseArgs } from "../../../src/cli/args";

describe("project layouts registry", () => {
  it("lists block, list and flat once each, with names in both languages", () => {
    expect(PROJECT_LAYOUT_IDS).toEqual(["block", "list", "flat"]);
    expect(PROJECT_LAYOUTS.map((l) => [l.id, l.name.zh, l.name.en])).toEqual([
      ["block", "分块", "Block"],
      ["list", "列表", "List"],
      ["flat", "逐行", "Flat"],
    ]);
  });

  it("gives each skeleton its widths and indicator columns inside them", () => {
    for (const l of PROJECT_LAYOUTS) {
      const cols = Object.values(l.skeleton.columns ?? {});
      expect(cols.every((c) => c >= 0 && c < l.skeleton.widths.length)).toBe(true);
    }
    expect(projectLayout("block").skeleton.columns).toEqual({ level1: 0, level2: 1, level3: 2, description: 3, value: 5, basis: 6 });
    expect(projectLayout("list").skeleton.columns).toBeNull();
  });

  it("is what `jixiao new --layout` accepts", () => {
    expect([isProjectLayout("flat"), isProjectLayout("grid"), isProjectLayout(undefined)]).toEqual([true, false, false]);
    const args = parseArgs(["new", "--layout", "grid", "--name", "甲", "--budget", "1", "--out", "x.xlsx"], new Set(["layout", "name", "budget", "out"]), new Set<string>());
    expect(parseNewOptions(args, {}, "zh-CN")).toBe("new 需要 --layout block|list|flat / new needs --layout block|list|flat");
  });
});

describe("layouts as data: parse is a loop over the registry", () => {
  const sideways = gridOf("横排", [
    ["市信访局项目支出绩效目标表"],
    ["项目名称", "信访信息系统运维"],
    ["预算数", 12.5],
    ["一级指标", "产出指标", null, "效益指标"],
    ["二级指标", "数量指标", "质量指标", "社会效益指标"],
    ["三级指标", "运维系统数", "系统正常运行率", "群众满意度"],
    ["指标值", "≥3个", "≥99%", "≥95%"],
  ], ["B4:C4"]);

  it("registers every layout once: three sheet layouts, four header layouts, three of them fillable", () => {
    expect(LAYOUTS.map((l) => [l.id, l.scope, "skeleton" in l])).toEqual([
      ["self-evaluation", "sheet", false],
      ["department", "sheet", false],
      ["text-block", "sheet", false],
      ["block", "header", true],
      ["list", "header", true],
      ["flat", "header", true],
      ["summary", "header", false],
    ]);
  });

  it("reads the examples and the corpus the same whatever the registry's order (each detect excludes the others)", async () => {
    const reversed = [...LAYOUTS].reverse();
    const files = [
      ...readdirSync(EXAMPLES).filter((f) => f.endsWith(".xlsx")).map((f) => join(EXAMPLES, f)),
      ...readdirSync(CORPUS).filter((f) => f.endsWith(".xlsx")).map((f) => join(CORPUS, f)),
    ];
    expect(files.length).toBe(20);
    let tables = 0;
    for (const file of files) {
      const read = await readWorkbookFile(file);
      if (!read.ok) throw new Error(`${file}: ${read.error.code}`);
      const parsed = parseWorkbook(read.grids);
      tables += parsed.tables.length;
      expect(parseWorkbook(read.grids, reversed)).toEqual(parsed);
    }
    expect(tables).toBe(TABLES);
  });

  it("picks up a layout added as one module: a sheet no layout reads becomes a read project, checked by the rules", () => {
    const without = parseWorkbook({ sheets: [sideways] });
    expect(without.tables).toEqual([]);
    expect(without.sheets).toEqual([{ sheet: "横排", status: "unread", tables: 0, missing: ["indicator-header"], reason: "no-indicator-header", cell: "A4" }]);

    const parsed = parseWorkbook({ sheets: [sideways] }, [...LAYOUTS, sidewaysLayout]);
    expect(parsed.sheets).toEqual([{ sheet: "横排", status: "read", tables: 1, missing: [], reason: null, cell: "B2" }]);
    const [project] = parsed.tables as ProjectTable[];
    expect(project!.name).toEqual({ value: "信访信息系统运维", cell: "B2" });
    expect(project!.budget?.total).toEqual({ value: 12.5, unit: "万元", cell: "B3", decimals: 1 });
    expect(project!.indicators.map((i) => [i.level1?.value, i.level2?.value, i.level3?.value, i.value?.value, i.value?.cell])).toEqual([
      ["产出指标", "数量指标", "运维系统数", "≥3个", "B7"],
      ["产出指标", "质量指标", "系统正常运行率", "≥99%", "C7"],
      ["效益指标", "社会效益指标", "群众满意度", "≥95%", "D7"],
    ]);
    // The rules run on it as on any project: 满意度 is missing (群众满意度 filed under 效益).
    const diagnostics = runRules(parsed, resolveConfig());
    expect(diagnostics.map((d) => [d.rule, d.cell, d.severity])).toEqual([["missing-category", "B2", "error"]]);
  });
});

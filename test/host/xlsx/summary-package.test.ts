import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { checkWorkbook } from "../../../src/core/check/check";
import { buildSummary, type ConsolidatedSummary } from "../../../src/core/summary";
import { readGridsFast } from "../../../src/host/xlsx/fast-read";
import { summaryCopy, writeSummaryWorkbook } from "../../../src/host/xlsx/write-summary";
import { compareParts, dropElements, parts, text } from "./package-diff";

/*
 * summarize --out on the writer fixtures: the summary sheets are added to the input's own package;
 * every other part comes out byte for byte, and the touched ones differ only by what the sheets add.
 */

const FIXTURES = join(__dirname, "../../fixtures/writer");
const EXAMPLE = join(__dirname, "../../../examples/seed004-korla-weighted.xlsx");
const TOUCHED = ["[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/workbook.xml"];

function summaryOf(bytes: Buffer, file: string): ConsolidatedSummary {
  const read = readGridsFast(bytes);
  if (!read.ok) throw new Error(`${file}: ${read.error.code}`);
  const { parsed, report } = checkWorkbook(read.grids);
  return buildSummary([{ file, parsed, diagnostics: report.diagnostics }]);
}

describe.each(["libreoffice.xlsx", "handmade.xlsm", "exceljs.xlsx", EXAMPLE])("summarize into %s", (file) => {
  const input = readFileSync(file.startsWith("/") ? file : join(FIXTURES, file));
  const summary = summaryOf(input, file);
  const { bytes, written } = summaryCopy(input, summary, {});
  const comparison = compareParts(input, bytes);

  it("copies every part but the workbook's lists and styles byte for byte", () => {
    expect(written.regenerated).toEqual([]);
    expect(comparison.removed).toEqual([]);
    expect([...comparison.changed].sort()).toEqual([...TOUCHED].sort());
    expect(comparison.identical).toHaveLength(parts(input).size - TOUCHED.length);
    for (const name of comparison.added) expect(name).toMatch(/^xl\/(worksheets\/sheet\d+\.xml|worksheets\/_rels\/sheet\d+\.xml\.rels|tables\/table\d+\.xml)$/);
    expect(comparison.added.filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))).toHaveLength(2);
  });

  it("changes workbook.xml only by the two <sheet> entries, the markers and fullCalcOnLoad", () => {
    const stripped = dropElements(dropElements(text(bytes, "xl/workbook.xml"), /^<sheet name="汇总-(项目|分类)"/), /^<definedName name="_jixiao_summary_/)
      .replace(/ fullCalcOnLoad="1"/, "")
      .replace(/<calcPr\/>/, "")
      .replace(/<definedNames><\/definedNames>/, "");
    expect(stripped).toBe(text(input, "xl/workbook.xml"));
  });

  it("writes no dxfId on a tableColumn", () => {
    const tables = comparison.added.filter((n) => n.startsWith("xl/tables/"));
    if (file === EXAMPLE) expect(tables).toHaveLength(5);
    for (const name of tables) expect(text(bytes, name)).not.toMatch(/<tableColumn\b[^>]*dxfId/);
  });

  it("regenerates its own sheets in place on a second run, still leaving the input's parts alone", () => {
    const again = summaryCopy(bytes, summaryOf(bytes, file), {});
    expect(again.written.regenerated).toEqual(["projects", "categories"]);
    const second = compareParts(input, again.bytes);
    expect(second.removed).toEqual([]);
    expect([...second.changed].sort()).toEqual([...TOUCHED].sort());
    expect(second.added.filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))).toHaveLength(2);
    const sheets = [...text(again.bytes, "xl/workbook.xml").matchAll(/<sheet name="([^"]+)"/g)].map((m) => m[1]);
    expect(sheets.slice(-2)).toEqual(["汇总-项目", "汇总-分类"]);
  });
});

it("a summary written from nothing (several inputs, exceljs) carries no dxfId on a tableColumn either", async () => {
  const out = join(mkdtempSync(join(tmpdir(), "jixiao-summary-")), "all.xlsx");
  await writeSummaryWorkbook(summaryOf(readFileSync(EXAMPLE), EXAMPLE), out, { inputs: [EXAMPLE] });
  const bytes = readFileSync(out);
  const tables = [...parts(bytes).keys()].filter((n) => n.startsWith("xl/tables/"));
  expect(tables.length).toBeGreaterThan(1);
  for (const name of tables) expect(text(bytes, name)).not.toMatch(/<tableColumn\b[^>]*dxfId/);
  rmSync(dirname(out), { recursive: true, force: true });
});

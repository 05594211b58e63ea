import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { FillPlan } from "../../../src/core/fill";
import { applyPlanToPackage, writePatchedCopy } from "../../../src/host/xlsx/apply-plan";
import { UnsupportedInsertion } from "../../../src/host/xlsx/package/insert-rows";
import { rewriteZip } from "../../../src/host/xlsx/zip";
import { useTempDir } from "./fixtures";
import { recalculatedCsv, SOFFICE_TIMEOUT_MS, sofficeAvailable } from "./libreoffice";
import { compareParts, text } from "./package-diff";

/*
 * fill with row insertion, in the package: rows are inserted as Excel inserts them. Every part
 * the insertion does not reach is byte for byte the input's; validations, conditional formats,
 * names, notes, links and anchors move with their cells; and LibreOffice recalculates every formula
 * of the copy to the input's values, with the new rows in between.
 */

const tempDir = useTempDir();
const FIXTURES = join(__dirname, "../../fixtures/writer");

interface Case {
  readonly file: string;
  readonly sheet: string;
  /** Zero-based row the new rows go above, and how many. */
  readonly before: number;
  readonly count: number;
  readonly changed: readonly string[];
  /** Zero-based input row where a pivot table's output starts: LibreOffice rebuilds it from its source, which the new rows joined. */
  readonly pivotFrom?: number;
}

const CASES: readonly Case[] = [
  {
    file: "libreoffice.xlsx",
    sheet: "项目表",
    before: 2,
    count: 2,
    changed: ["xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/comments1.xml", "xl/drawings/drawing1.xml", "xl/drawings/vmlDrawing1.vml"],
  },
  {
    file: "handmade.xlsm",
    sheet: "项目表",
    before: 1,
    count: 1,
    changed: ["xl/workbook.xml", "xl/worksheets/project-table.xml", "xl/drawings/drawing1.xml", "xl/charts/chart1.xml", "xl/pivotCache/pivotCacheDefinition1.xml"],
  },
  { file: "exceljs.xlsx", sheet: "绩效目标表", before: 2, count: 2, changed: ["xl/worksheets/sheet1.xml", "xl/workbook.xml", "xl/comments1.xml", "xl/drawings/vmlDrawing1.vml", "xl/drawings/drawing1.xml"] },
  // Row 5 goes inside the table, through two shared formulas and above a pivot table on the same sheet.
  {
    file: "structured.xlsx",
    sheet: "项目表",
    before: 4,
    count: 1,
    changed: ["xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/tables/table1.xml", "xl/pivotTables/pivotTable1.xml", "xl/pivotCache/pivotCacheDefinition1.xml"],
    pivotFrom: 11,
  },
];

function planFor(c: Case): FillPlan {
  return {
    newSheets: [],
    insertions: [{ sheet: c.sheet, before: c.before, count: c.count }],
    styles: [{ sheet: c.sheet, source: `A${c.before + c.count + 1}:C${c.before + c.count + 1}`, target: `A${c.before + 1}:C${c.before + c.count}` }],
    looks: [],
    merges: [],
    writes: [{ kind: "fill", sheet: c.sheet, cell: `A${c.before + 1}`, from: null, to: "新行", source: "test" }],
  };
}

const outputs = new Map<string, Buffer>();
for (const c of CASES) outputs.set(c.file, applyPlanToPackage(readFileSync(join(FIXTURES, c.file)), planFor(c)).bytes!);

describe.each(CASES)("insert rows into $file", (c) => {
  const input = readFileSync(join(FIXTURES, c.file));
  const output = outputs.get(c.file)!;

  it("rewrites only the parts that hold something the rows move", () => {
    const comparison = compareParts(input, output);
    expect([...comparison.changed].sort()).toEqual([...c.changed].sort());
    expect(comparison.added).toEqual([]);
    expect(comparison.removed).toEqual([]);
  });
});

describe("what moves with the cells", () => {
  it("LibreOffice's workbook: names, validation, conditional format, notes and links", () => {
    const out = outputs.get("libreoffice.xlsx")!;
    const sheet = text(out, "xl/worksheets/sheet1.xml");
    expect(text(out, "xl/workbook.xml")).toContain('name="_xlnm.Print_Area" vbProcedure="false">项目表!$A$1:$E$10<');
    expect(text(out, "xl/workbook.xml")).toContain('name="_xlnm.Print_Titles" vbProcedure="false">项目表!$2:$2<');
    expect(text(out, "xl/workbook.xml")).toContain('localSheetId="0" name="本表预算" vbProcedure="false">项目表!$B$5<');
    expect(text(out, "xl/workbook.xml")).toContain('localSheetId="1" name="本表预算" vbProcedure="false">数据!$B$3<');
    expect(sheet).toContain('sqref="D5" type="list"');
    expect(sheet).toContain('<conditionalFormatting sqref="B5:B9">');
    expect(sheet).toContain("<f aca=\"false\">SUM(B5:B6)</f>");
    expect(sheet).toMatch(/<hyperlink ref="A10" r:id="rId2"[^>]*\/><hyperlink ref="B10" location="数据!A1"/);
    expect(sheet).toContain('<mergeCell ref="A1:D1"/>');
    expect(text(out, "xl/comments1.xml")).toMatch(/<comment ref="B6"[\s\S]*<comment ref="D6"/);
    expect(text(out, "xl/drawings/vmlDrawing1.vml").match(/<x:Row>(\d+)<\/x:Row>/g)).toEqual(["<x:Row>5</x:Row>", "<x:Row>5</x:Row>"]);
    expect(sheet).toMatch(/<row r="8"[^>]*outlineLevel="1"/);
  });

  it("the hand-made workbook: shared formula, sparklines, chart, pivot source, anchors and frozen pane", () => {
    const out = outputs.get("handmade.xlsm")!;
    const sheet = text(out, "xl/worksheets/project-table.xml");
    expect(sheet).toContain('<f t="shared" ref="C4:C6" si="0">B4*1</f>');
    expect(sheet).toContain('<f t="array" ref="C7">SUM(C4:C6*1)</f>');
    expect(sheet).toContain("<xm:f>项目表!B4:C4</xm:f><xm:sqref>E4</xm:sqref>");
    expect(sheet).toContain('<c r="D4" s="3" t="d"><v>2024-03-31T00:00:00</v></c>');
    expect(sheet).toContain('topLeftCell="B4"');
    expect(text(out, "xl/charts/chart1.xml")).toContain("<c:f>项目表!$B$4:$B$6</c:f>");
    expect(text(out, "xl/pivotCache/pivotCacheDefinition1.xml")).toContain('<worksheetSource ref="A3:B5" sheet="项目表"/>');
    expect(text(out, "xl/workbook.xml")).toContain('<definedName name="_xlnm.Print_Titles" localSheetId="0">项目表!$3:$3</definedName>');
    expect(text(out, "xl/workbook.xml")).toContain('<definedName name="全局预算">项目表!$B$7</definedName>');
    expect(text(out, "xl/drawings/drawing1.xml")).toContain("<xdr:row>9</xdr:row>");
  });

  it("the structured workbook: the table grows, the pivot table moves, shared formulas become one formula per cell", () => {
    const out = outputs.get("structured.xlsx")!;
    const sheet = text(out, "xl/worksheets/sheet1.xml");
    const table = text(out, "xl/tables/table1.xml");
    expect(table).toContain('ref="A2:D7" totalsRowShown="0"><autoFilter ref="A2:D7"/><sortState ref="A3:D7"><sortCondition ref="B3:B7"/>');
    expect(table).toContain("<calculatedColumnFormula>项目清单[[#This Row],[预算数]]*2</calculatedColumnFormula>");
    expect(text(out, "xl/pivotTables/pivotTable1.xml")).toContain('<location ref="A13:B18" firstHeaderRow="1"');
    expect(text(out, "xl/pivotCache/pivotCacheDefinition1.xml")).toContain('<worksheetSource ref="A2:B7" sheet="项目表"/>');
    expect(text(out, "xl/workbook.xml")).toContain('hidden="1">项目表!$A$2:$D$7<');
    // Split groups: every cell its own formula, as the master's text reads there after the move.
    const formulas = [...sheet.matchAll(/<c r="([A-Z]+\d+)"[^>]*><f([^>]*)>([^<]*)<\/f>/g)].map((m) => `${m[1]}${m[2]}=${m[3]}`);
    expect(formulas).toEqual(["D3=B3*2", "F3=SUM($B$3:B3)", "D4=B4*2", "F4=SUM($B$3:B4)", "D6=B6*2", "F6=SUM($B$3:B6)", "D7=B7*2", "F7=SUM($B$3:B7)", "B8=SUM(B3:B7)", "C8=SUM(C3:C7)", "G10=B4+0", "G11=B6+0"]);
    expect(sheet).not.toContain('t="shared"');
  });

  it("a shared formula the rows do not split stays shared; one they split is written out cell by cell", () => {
    const input = readFileSync(join(FIXTURES, "handmade.xlsm"));
    const split = applyPlanToPackage(input, { ...planFor(CASES[1]!), insertions: [{ sheet: "项目表", before: 3, count: 1 }], styles: [], writes: [] }).bytes!;
    const sheet = text(split, "xl/worksheets/project-table.xml");
    expect(sheet).toContain('<c r="C3" s="2"><f>B3*1</f><v>120</v></c>');
    expect(sheet).toContain('<c r="C5" s="2"><f>B5*1</f><v>80</v></c>');
    expect(sheet).toContain('<c r="C6" s="2"><f>B6*1</f><v>40</v></c>');
    expect(sheet).toContain('<f t="array" ref="C7">SUM(C3:C6*1)</f>');
    expect(text(outputs.get("handmade.xlsm")!, "xl/worksheets/project-table.xml")).toContain('<f t="shared" si="0"/>');
  });

  it("refuses rows through a pivot table, as Excel does; the file writer writes nothing and says why", async () => {
    const input = readFileSync(join(FIXTURES, "structured.xlsx"));
    const through: FillPlan = { ...planFor(CASES[3]!), insertions: [{ sheet: "项目表", before: 13, count: 1 }], styles: [], writes: [] };
    expect(() => applyPlanToPackage(input, through)).toThrow(UnsupportedInsertion);
    const out = join(tempDir(), "through-pivot.xlsx");
    const outcome = await writePatchedCopy(join(FIXTURES, "structured.xlsx"), out, through);
    expect(outcome).toEqual({ unpatchable: "项目表: rows inserted inside the pivot table at A12:B17" });
    expect(existsSync(out)).toBe(false);
  });
});

const maybe = sofficeAvailable() ? it : it.skip;

maybe(
  "LibreOffice recalculates every formula of the copies to the input's values, the new rows in between",
  () => {
    const files: string[] = [];
    for (const c of CASES) {
      const stem = c.file.replace(/\.\w+$/, "");
      const inPath = join(tempDir(), `${stem}-in.${c.file.split(".").pop()!}`);
      const outPath = join(tempDir(), `${stem}-out.${c.file.split(".").pop()!}`);
      writeFileSync(inPath, readFileSync(join(FIXTURES, c.file)));
      // Cached results zeroed: only a recalculation can give the values back.
      const zeroed = rewriteZip(outputs.get(c.file)!, (name, read) =>
        name.startsWith("xl/worksheets/") && name.endsWith(".xml") ? Buffer.from(read().toString("utf8").replace(/(<f\b[^>]*(?:\/>|>[^<]*<\/f>))<v>[^<]*<\/v>/g, "$1<v>0</v>"), "utf8") : undefined,
      );
      expect(zeroed.equals(outputs.get(c.file)!)).toBe(false);
      writeFileSync(outPath, zeroed);
      files.push(inPath, outPath);
    }
    const csv = recalculatedCsv(files, tempDir());
    for (const c of CASES) {
      const stem = c.file.replace(/\.\w+$/, "");
      const before = csv.get(`${stem}-in/${c.sheet}`)!;
      const after = csv.get(`${stem}-out/${c.sheet}`)!;
      expect(before).toBeDefined();
      const width = before[0]!.length;
      const blank = (first: string): string[] => [first, ...Array.from({ length: width - 1 }, () => "")];
      const kept = before.slice(0, c.pivotFrom ?? before.length);
      const expected = [...kept.slice(0, c.before), blank("新行"), ...Array.from({ length: c.count - 1 }, () => blank("")), ...kept.slice(c.before)];
      expect(after.slice(0, expected.length).map((r) => r.slice(0, width))).toEqual(expected);
      if (c.pivotFrom !== undefined) {
        // The pivot table was found at its moved place, its source grown by the new row.
        const pivot = after.slice(c.pivotFrom + c.count).map((r) => r[0]);
        expect(pivot).toEqual([...before.slice(c.pivotFrom).map((r) => r[0]).slice(0, -1), "新行", before[before.length - 1]![0]]);
      }
    }
  },
  SOFFICE_TIMEOUT_MS + 60_000,
);

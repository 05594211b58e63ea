import { readFileSync } from "node:fs";
import { join } from "node:path";
import { MARK_FILL, REPORT_MARKER, type PlannedMark, type PlannedReportRow } from "../../../src/core/annotations";
import type { Severity } from "../../../src/core/types";
import { annotatePackage } from "../../../src/host/xlsx/annotate";
import { cellElement, compareParts, dropElements, parts, text, withoutAttr } from "./package-diff";

/*
 * check --annotate on the writer fixtures (test/fixtures/writer, made by scripts/writer-fixtures):
 * every part the plan does not touch comes out byte for byte, and the touched ones differ from the
 * input only by the elements and attributes the plan adds.
 */

const FIXTURES = join(__dirname, "../../fixtures/writer");
const LABELS = { sheetName: "校验报告", headers: ["单元格", "工作表", "问题"] };

interface Case {
  readonly file: string;
  readonly sheet: string;
  readonly sheetPart: string;
  readonly marks: readonly [string, Severity, string][];
  /** Cells whose style changes (the mark's cell, or the top-left cell of its merged area). */
  readonly filled: readonly string[];
  readonly changed: readonly string[];
  readonly added: readonly string[];
  readonly reportPart: string;
}

const CASES: readonly Case[] = [
  {
    file: "libreoffice.xlsx",
    sheet: "项目表",
    sheetPart: "xl/worksheets/sheet1.xml",
    marks: [
      ["B3", "error", "预算数不符"],
      ["D4", "warning", "追加的批注"],
      ["C1", "error", "标题"],
      ["A10", "warning", "新行"],
      ["C4", "info", "只有批注"],
    ],
    filled: ["B3", "D4", "A1", "A10"],
    changed: ["xl/workbook.xml", "xl/styles.xml", "xl/worksheets/sheet1.xml", "xl/_rels/workbook.xml.rels", "xl/comments1.xml", "xl/drawings/vmlDrawing1.vml", "[Content_Types].xml"],
    added: ["xl/worksheets/sheet3.xml"],
    reportPart: "xl/worksheets/sheet3.xml",
  },
  {
    file: "handmade.xlsm",
    sheet: "项目表",
    sheetPart: "xl/worksheets/project-table.xml",
    marks: [
      ["B3", "error", "预算数不符"],
      ["C1", "warning", "标题"],
      ["A7", "error", "新行"],
      ["E5", "info", "只有批注"],
    ],
    filled: ["B3", "A1", "A7"],
    changed: ["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/worksheets/project-table.xml", "xl/worksheets/_rels/project-table.xml.rels", "xl/styles.xml"],
    added: ["xl/comments1.xml", "xl/drawings/vmlDrawing1.vml", "xl/worksheets/sheet1.xml"],
    reportPart: "xl/worksheets/sheet1.xml",
  },
  {
    file: "exceljs.xlsx",
    sheet: "绩效目标表",
    sheetPart: "xl/worksheets/sheet1.xml",
    marks: [
      ["B3", "error", "预算数不符"],
      ["B4", "warning", "追加"],
      ["F4", "error", ""],
      ["A8", "warning", "新行"],
    ],
    filled: ["B3", "B4", "F4", "A8"],
    changed: ["[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml", "xl/comments1.xml", "xl/drawings/vmlDrawing1.vml", "xl/styles.xml", "xl/workbook.xml"],
    added: ["xl/worksheets/sheet2.xml"],
    reportPart: "xl/worksheets/sheet2.xml",
  },
];

describe.each(CASES)("annotate $file", (c) => {
  const input = readFileSync(join(FIXTURES, c.file));
  const marks: PlannedMark[] = c.marks.map(([cell, severity, note]) => ({ sheet: c.sheet, cell, severity, fill: MARK_FILL[severity], note }));
  const header: PlannedReportRow = { style: "header", cells: LABELS.headers, link: null, fill: null };
  const rows: PlannedReportRow[] = marks.map((m) => ({ style: "problem", cells: [m.cell, m.sheet, m.note], link: { sheet: m.sheet, cell: m.cell }, fill: m.fill }));
  const report = { name: LABELS.sheetName, marker: REPORT_MARKER, rows: [header, ...rows], headerRow: 0, problems: rows.length, width: 3, widths: [10, 10, 20] };
  const output = annotatePackage(input, { marks, report });
  const comparison = compareParts(input, output);
  const before = (name: string): string => text(input, name);
  const after = (name: string): string => text(output, name);

  it("copies every part the plan does not touch byte for byte, and removes none", () => {
    const untouched = [...parts(input).keys()].filter((n) => !c.changed.includes(n));
    expect(comparison.removed).toEqual([]);
    expect(comparison.identical).toEqual(untouched);
    expect([...comparison.changed].sort()).toEqual([...c.changed].sort());
    expect(comparison.added).toEqual(c.added);
  });

  it("keeps the package's kind", () => {
    const type = /PartName="\/xl\/workbook.xml" ContentType="([^"]+)"/.exec(after("[Content_Types].xml"))?.[1];
    expect(type).toBe(/PartName="\/xl\/workbook.xml" ContentType="([^"]+)"/.exec(before("[Content_Types].xml"))?.[1]);
  });

  it("changes workbook.xml only by the report's <sheet>, its filter name and its hidden marker name", () => {
    const xml = after("xl/workbook.xml");
    expect(xml).toMatch(/<sheet name="校验报告" sheetId="\d+" r:id="rId\d+"\/><\/sheets>/);
    expect(xml).toContain(`<definedName name="_jixiao_report" hidden="1">'校验报告'!$A$1</definedName>`);
    const names = dropElements(dropElements(xml, /^<definedName name="_xlnm._FilterDatabase"/), /^<definedName name="_jixiao_report"/);
    // A <definedNames> made only for our two names goes with them.
    const stripped = dropElements(names, /^<sheet name="校验报告"/).replace(/<definedNames><\/definedNames>/, "");
    expect(stripped).toBe(before("xl/workbook.xml"));
  });

  it("adds one workbook relationship and only the content types of added parts", () => {
    const rels = after("xl/_rels/workbook.xml.rels");
    const added = [...rels.matchAll(/<Relationship [^>]*\/>/g)].map((m) => m[0]).filter((r) => !before("xl/_rels/workbook.xml.rels").includes(r));
    expect(added).toHaveLength(1);
    expect(added[0]).toContain(`Target="${c.reportPart.replace("xl/", "")}"`);
    const vmlDefault = before("[Content_Types].xml").includes('Extension="vml"') ? "" : '|^<Default Extension="vml"';
    const types = dropElements(after("[Content_Types].xml"), new RegExp(`^<Override PartName="/(${c.added.join("|").replace(/\./g, "\\.")})"${vmlDefault}`));
    expect(types).toBe(before("[Content_Types].xml"));
  });

  it("appends to styles.xml without changing an existing entry", () => {
    const old = before("xl/styles.xml");
    const xml = after("xl/styles.xml");
    for (const list of ["fonts", "fills", "cellXfs"]) {
      const items = (s: string): string => new RegExp(`<${list}\\b[^>]*>([\\s\\S]*?)</${list}>`).exec(s)?.[1] ?? "";
      expect(items(xml).startsWith(items(old))).toBe(true);
    }
    const count = (s: string, list: string): number => Number(new RegExp(`<${list} count="(\\d+)"`).exec(s)?.[1] ?? 0);
    expect(count(xml, "cellXfs")).toBeGreaterThan(count(old, "cellXfs"));
    const rest = (s: string): string => dropElements(dropElements(dropElements(s, /^<fonts\b/), /^<fills\b/), /^<cellXfs\b/);
    expect(rest(xml)).toBe(rest(old));
  });

  it("changes the marked sheet only in the marked cells' style and its <legacyDrawing>", () => {
    const old = before(c.sheetPart);
    const xml = after(c.sheetPart);
    for (const ref of c.filled) {
      const cell = cellElement(xml, ref)!;
      expect(cell).toMatch(/\ss="\d+"/);
      const original = cellElement(old, ref);
      if (original) expect(withoutAttr(cell, "s")).toBe(withoutAttr(original, "s"));
    }
    const pattern = new RegExp(`^<c r="(${c.filled.join("|")})"`);
    const strip = (s: string): string => dropElements(dropElements(s, pattern), /^<legacyDrawing\b/).replace(/<row r="\d+"><\/row>/g, "").replace(/ spans="[^"]*"/g, "");
    expect(strip(xml)).toBe(strip(old));
  });

  it("writes every note into the comments part and gives every new one a note shape", () => {
    const rels = after(c.sheetPart.replace(/([^/]+)$/, "_rels/$1.rels"));
    const commentsPart = `xl/${/Target="\.\.\/(comments\d*\.xml)"/.exec(rels)![1]!}`;
    const comments = after(commentsPart);
    const vml = after(`xl/${/Target="\.\.\/(drawings\/vmlDrawing\d*\.vml)"/.exec(rels)![1]!}`);
    for (const [cell, , note] of c.marks) {
      if (note === "") continue;
      const ref = cell === "C1" ? "A1" : cell;
      const comment = new RegExp(`<comment ref="${ref}"[^>]*>([\\s\\S]*?)</comment>`).exec(comments)?.[1] ?? "";
      expect(comment.replace(/<[^>]+>/g, "")).toContain(note);
      const row = Number(ref.slice(1)) - 1;
      const col = ref.charCodeAt(0) - 65;
      expect(vml).toContain(`<x:Row>${row}</x:Row><x:Column>${col}</x:Column>`);
    }
    if (parts(input).has(commentsPart)) {
      // Existing comments keep their text; new ones come after them.
      const old = before(commentsPart);
      for (const m of old.matchAll(/<comment ref="([A-Z]+\d+)"[^>]*>[\s\S]*?<\/comment>/g)) {
        if (!c.marks.some(([cell]) => cell === m[1])) expect(comments).toContain(m[0]);
      }
    }
  });
});

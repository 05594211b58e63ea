import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CellWrite, FillPlan } from "../../../src/core/fill";
import { applyPlanToPackage, ApplyPlanError } from "../../../src/host/xlsx/apply-plan";
import { carriesOurMarker } from "../../../src/host/xlsx/output-file";
import { readGridsFast } from "../../../src/host/xlsx/fast-read";
import { cellElement, compareParts, dropElements, parts, text } from "./package-diff";

/*
 * fill without row insertion (cell writes and merges) on the writer fixtures: only the written
 * sheet's part changes, and in it only the written cells and the merged areas.
 */

const FIXTURES = join(__dirname, "../../fixtures/writer");
const EMPTY: FillPlan = { newSheets: [], insertions: [], styles: [], looks: [], merges: [], writes: [] };

interface Case {
  readonly file: string;
  readonly sheet: string;
  readonly part: string;
  /** A text cell to fix, a blank cell in an existing row, a cell in a row the sheet does not have. */
  readonly fix: string;
  readonly fill: string;
  readonly newRow: string;
  readonly merge: string;
  readonly formula: string;
}

const CASES: readonly Case[] = [
  { file: "libreoffice.xlsx", sheet: "项目表", part: "xl/worksheets/sheet1.xml", fix: "A3", fill: "C4", newRow: "A12", merge: "A11:B11", formula: "B5" },
  { file: "handmade.xlsm", sheet: "项目表", part: "xl/worksheets/project-table.xml", fix: "A3", fill: "E5", newRow: "A7", merge: "B7:C7", formula: "C4" },
  { file: "exceljs.xlsx", sheet: "绩效目标表", part: "xl/worksheets/sheet1.xml", fix: "A3", fill: "E6", newRow: "A9", merge: "B9:C9", formula: "B5" },
];

describe.each(CASES)("fill $file with cell edits", (c) => {
  const input = readFileSync(join(FIXTURES, c.file));
  const read = readGridsFast(input);
  if (!read.ok) throw new Error(read.error.code);
  const grid = read.grids.sheets.find((s) => s.sheet === c.sheet)!;
  const current = (ref: string): string | number | boolean | null => {
    const m = /^([A-Z])(\d+)$/.exec(ref)!;
    return grid.cells[Number(m[2]) - 1]?.[m[1]!.charCodeAt(0) - 65] ?? null;
  };
  const write = (kind: CellWrite["kind"], cell: string, to: CellWrite["to"]): CellWrite => ({ kind, sheet: c.sheet, cell, from: kind === "fill" ? null : current(cell), to, source: "test" });
  const plan: FillPlan = {
    ...EMPTY,
    writes: [write("fix", c.fix, `${String(current(c.fix))}（修订）`), write("fill", c.fill, "=1+1"), write("fill", c.newRow, 42)],
    merges: [{ sheet: c.sheet, range: c.merge }],
  };
  const patched = applyPlanToPackage(input, plan);
  const output = patched.bytes!;

  it("changes the written sheet's part and, in workbook.xml, only adds the written-by-jixiao marker", () => {
    const comparison = compareParts(input, output);
    expect([...comparison.changed].sort()).toEqual([c.part, "xl/workbook.xml"].sort());
    expect(comparison.added).toEqual([]);
    expect(comparison.removed).toEqual([]);
    expect(comparison.identical).toHaveLength(parts(input).size - 2);
    const before = text(input, "xl/workbook.xml");
    const marker = /<(\w+:)?definedName name="_jixiao_written" hidden="1">"jixiao-content-sha256:[0-9a-f]{64}"<\/\1?definedName>/;
    expect(text(output, "xl/workbook.xml")).toMatch(marker);
    let stripped = text(output, "xl/workbook.xml").replace(marker, "");
    if (!before.includes("definedNames")) stripped = stripped.replace(/<definedNames><\/definedNames>/, "");
    expect(stripped).toBe(before);
    expect(carriesOurMarker(output)).toBe(true);
    expect(carriesOurMarker(input)).toBe(false);
  });

  it("writes the values as the plan says, text as text, and keeps each cell's style", () => {
    const xml = text(output, c.part);
    const before = text(input, c.part);
    const style = (el: string | undefined): string | undefined => (el ? /\ss="(\d+)"/.exec(el)?.[1] : undefined);
    expect(cellElement(xml, c.fix)).toMatch(/t="inlineStr"><is><t>[^<]*（修订）<\/t><\/is><\/c>$/);
    expect(style(cellElement(xml, c.fix))).toBe(style(cellElement(before, c.fix)));
    expect(cellElement(xml, c.fill)).toMatch(/t="inlineStr"><is><t>=1\+1<\/t><\/is><\/c>$/);
    expect(cellElement(xml, c.newRow)).toMatch(/<v>42<\/v><\/c>$/);
    expect(xml).toContain(`<mergeCell ref="${c.merge}"/>`);
    const back = readGridsFast(output);
    if (!back.ok) throw new Error(back.error.code);
    expect(back.grids.sheets.find((s) => s.sheet === c.sheet)!.merges.length).toBe(grid.merges.length + 1);
  });

  it("leaves every other element of the sheet as it was", () => {
    const strip = (s: string): string =>
      dropElements(dropElements(s, new RegExp(`^<c r="(${c.fix}|${c.fill}|${c.newRow})"`)), /^<mergeCell(s)?\b/)
        .replace(/<row r="\d+"><\/row>/g, "")
        .replace(/ spans="[^"]*"/g, "");
    expect(strip(text(output, c.part))).toBe(strip(text(input, c.part)));
  });

  it("refuses to write over a formula, writing nothing", () => {
    const onFormula: FillPlan = { ...EMPTY, writes: [write("fix", c.formula, 1)] };
    expect(() => applyPlanToPackage(input, onFormula)).toThrow(ApplyPlanError);
    expect(() => applyPlanToPackage(input, onFormula)).toThrow(new RegExp(`单元格含公式.*${c.sheet}!${c.formula}`));
  });

  it("refuses text longer than a cell holds", () => {
    const long: FillPlan = { ...EMPTY, writes: [write("fill", c.fill, "字".repeat(32_768))] };
    let error: unknown;
    try {
      applyPlanToPackage(input, long);
    } catch (err) {
      error = err;
    }
    expect(error).toMatchObject({ code: "too-long" });
  });
});

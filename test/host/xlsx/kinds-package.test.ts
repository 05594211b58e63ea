import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { useTempDir } from "./fixtures";
import { compareParts, text } from "./package-diff";

/*
 * The output keeps the input's kind and shape: an .xltx stays a template (its workbook part's
 * content type), and an openpyxl-shaped workbook (inline strings, no shared strings, absolute
 * relationship targets, comments behind "anysvml", an image) comes out with every part the
 * command does not touch byte for byte. Through the CLI: check --annotate, fill, summarize --out.
 */

const tempDir = useTempDir();
const FIXTURES = join(__dirname, "../../fixtures/writer");
const TEMPLATE = "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml";

function jixiao(args: readonly string[]): { code: number | null; stderr: string } {
  const r = spawnSync(process.execPath, ["bin/jixiao.js", ...args], { encoding: "utf8", timeout: 120_000 });
  return { code: r.status, stderr: r.stderr };
}

function workbookType(zip: Buffer): string | undefined {
  return /<Override PartName="\/xl\/workbook\.xml" ContentType="([^"]+)"/.exec(text(zip, "[Content_Types].xml"))?.[1];
}

const COMMANDS = [
  ["check --annotate", (input: string, out: string) => ["check", input, "--annotate", out]],
  ["fill", (input: string, out: string) => ["fill", input, "--out", out]],
  ["summarize --out", (input: string, out: string) => ["summarize", input, "--out", out]],
] as const;

describe.each(COMMANDS)("%s", (name, args) => {
  it("keeps an .xltx a template", () => {
    const input = join(FIXTURES, "template.xltx");
    const out = join(tempDir(), `${name.split(" ")[0]}.xltx`);
    const run = jixiao(args(input, out));
    expect(run.stderr).toBe("");
    expect(workbookType(readFileSync(input))).toBe(TEMPLATE);
    expect(workbookType(readFileSync(out))).toBe(TEMPLATE);
  });

  it("copies the openpyxl workbook's untouched parts byte for byte (image, drawing, its comments when not noted)", () => {
    const input = join(FIXTURES, "openpyxl.xlsx");
    const out = join(tempDir(), `${name.split(" ")[0]}-openpyxl.xlsx`);
    const run = jixiao(args(input, out));
    expect(run.stderr).toBe("");
    const comparison = compareParts(readFileSync(input), readFileSync(out));
    expect(comparison.removed).toEqual([]);
    for (const part of ["xl/media/image1.png", "xl/drawings/drawing1.xml", "xl/drawings/_rels/drawing1.xml.rels", "docProps/app.xml", "docProps/core.xml"]) {
      expect(comparison.identical).toContain(part);
    }
    expect(workbookType(readFileSync(out))).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
    expect(comparison.added.filter((p) => p.includes("sharedStrings"))).toEqual([]);
  });
});

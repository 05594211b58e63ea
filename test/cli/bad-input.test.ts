import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { EXAMPLES, runCli, type JsonReport } from "./helpers";

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "jixiao-cli-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The real launcher, as a user runs it: the compiled CLI behind bin/jixiao.js. */
function runBin(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ["bin/jixiao.js", ...args], { encoding: "utf8", timeout: 60000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function writeWorkbook(name: string, fill: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  fill(wb);
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

describe("bad input gets exit 2 and one clear line, never a stack trace", () => {
  const cases: [string, () => string, RegExp][] = [
    ["a text file named .xlsx", () => write("notes.xlsx", "这不是工作簿"), /不是 Excel 工作簿/u],
    ["zero bytes", () => write("empty.xlsx", ""), /不是 Excel 工作簿/u],
    ["a truncated zip", () => write("half.xlsx", readFileSync(EXAMPLES.s000).subarray(0, 4000)), /文件不完整/u],
    ["a password-protected file", () => write("secret.xlsx", encryptedContainer()), /设有打开密码/u],
    ["a missing file", () => join(dir, "nope.xlsx"), /找不到文件/u],
  ];
  it.each(cases)("%s", (_name, make, message) => {
    const path = make();
    const r = runBin(["check", path]);
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    expect(lines[0]).toContain(" / ");
    expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+/u);
  });

  it("usage errors exit 2 with a hint", () => {
    for (const args of [["check"], ["check", EXAMPLES.s000, "--format", "xml"], ["frobnicate"], ["check", EXAMPLES.s000, "--profile", "2019"]]) {
      const r = runBin(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("jixiao --help");
    }
  });

  it("an empty workbook is read and gives an empty result, exit 0", async () => {
    const path = await writeWorkbook("blank.xlsx", (wb) => wb.addWorksheet("Sheet1"));
    const run = await runCli(["check", path, "--format", "json"]);
    const doc = JSON.parse(run.stdout) as JsonReport;
    expect(doc.files[0]!.tables).toEqual([]);
    expect(doc.files[0]!.diagnostics).toEqual([]);
    expect(run.code).toBe(0);
  });

  it("a sheet of random text is read without tables or errors", async () => {
    const path = await writeWorkbook("random.xlsx", (wb) => {
      const ws = wb.addWorksheet("杂项");
      let seed = 7;
      const rand = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
      const words = ["项目", "合计", "一级指标", "预算数", "abc", "=SUM(A1)", "#REF!", "100%", "≥", "单位：万元", "指标值"];
      for (let r = 1; r <= 200; r++) for (let c = 1; c <= 8; c++) ws.getCell(r, c).value = words[Math.floor(rand() * words.length)]! + (rand() > 0.5 ? String(Math.floor(rand() * 1000)) : "");
    });
    const run = await runCli(["check", path, "--format", "json"]);
    expect(run.code).toBeLessThan(2);
    const doc = JSON.parse(run.stdout) as JsonReport;
    expect(doc.files[0]!.tables.filter((t) => t.kind === "project")).toEqual([]);
  });

  it("one unreadable file among good ones: the good ones are reported, exit 2", async () => {
    const bad = write("bad.xlsx", "xx");
    const run = await runCli(["check", EXAMPLES.s000, bad, "--format", "json"]);
    const doc = JSON.parse(run.stdout) as JsonReport;
    expect(doc.files.map((f) => [f.file, f.error ?? null, f.tables.length])).toEqual([
      [EXAMPLES.s000, null, 7],
      [bad, "not-xlsx", 0],
    ]);
    expect(run.code).toBe(2);
  });
});

describe("--annotate", () => {
  it("writes a marked copy with a report sheet and leaves the input untouched", async () => {
    const before = readFileSync(EXAMPLES.s003);
    const out = join(dir, "liwan.checked.xlsx");
    const run = await runCli(["check", EXAMPLES.s003, "--annotate", out]);
    expect(run.code).toBe(1);
    expect(readFileSync(EXAMPLES.s003).equals(before)).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("项目支出绩效目标表")!;
    for (const cell of ["G8", "G11", "G12", "G15"]) {
      const fill = ws.getCell(cell).fill as ExcelJS.FillPattern;
      expect(fill.fgColor?.argb).toBe("FFFFC7CE");
      expect(JSON.stringify(ws.getCell(cell).note)).toContain("缺少");
    }
    expect((ws.getCell("G6").fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb).not.toBe("FFFFC7CE");
    const report = wb.getWorksheet("校验报告")!;
    // Title, summary, a blank row, the header, 7 problems; a blank row, the reading section's title, header and 1 sheet.
    expect(report.rowCount).toBe(15);
    expect(report.getCell("A1").text).toBe("校验报告（绩效表助手）");
    expect(report.getCell("A5").text).toBe("G8");
    expect([report.getCell("B15").text, report.getCell("C15").text, report.getCell("E15").text]).toEqual(["项目支出绩效目标表", "已读取", "已读取 11 张表"]);
  });

  it("refuses to write over the input", async () => {
    const run = await runCli(["check", EXAMPLES.s003, "--annotate", EXAMPLES.s003]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`jixiao: ${EXAMPLES.s003}: 是本次的输入文件，未覆盖 / is an input of this run; not overwritten`);
  });
});

function write(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** The start of an OLE compound file that holds an EncryptedPackage stream, as Excel writes protected files. */
function encryptedContainer(): Buffer {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const name = Buffer.from("EncryptedPackage", "utf16le");
  return Buffer.concat([header, Buffer.alloc(504), name, Buffer.alloc(1024)]);
}

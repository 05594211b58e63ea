import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repeatedPart, smallSheetXml, workbookEntries, zipOf } from "../../bench/hostile-files";
import { runSummarize, type SummarizeOptions } from "../../src/cli/summarize-command";
import { MAX_WRITER_SHEET_BYTES } from "../../src/host/xlsx/read-workbook";
import { EXAMPLES, type CliRun } from "./helpers";

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "jixiao-summarize-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(options: Partial<SummarizeOptions> & { files: string[] }): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runSummarize({ out: null, format: "json", config: {}, locale: "zh-CN", ...options }, { stdout: (s) => out.push(s), stderr: (s) => err.push(s) });
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

interface Category {
  key: string;
  total: number;
  fiscal: number | null;
  other: number | null;
  projects: number | null;
}

interface SummaryDoc {
  unit: string;
  files: string[];
  projects: Record<string, unknown>[];
  byCategory: { agency: Category[]; source: Category[]; type: Category[]; function: Category[] };
  notes: { id: string; message: string }[];
  output: { file: string; sheets: string[]; regenerated: string[] } | null;
}

const sha = (file: string): string => createHash("sha256").update(readFileSync(file)).digest("hex");

describe("jixiao summarize --format json", () => {
  it("has the documented shape: unit, projects with sheet/name/agency/type/total/fiscal/other, byCategory", async () => {
    const r = await run({ files: [EXAMPLES.s004] });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const doc = JSON.parse(r.stdout) as SummaryDoc;
    expect(doc.unit).toBe("万元");
    expect(Object.keys(doc.byCategory)).toEqual(["agency", "source", "type", "function"]);
    expect(doc.projects[0]).toMatchObject({ sheet: "绩效目标表", name: "部门专项-信访局大楼运行经费", agency: "库尔勒市信访局", type: "部门专项", total: 15, fiscal: 15, other: 0, file: EXAMPLES.s004 });
    for (const list of [doc.byCategory.agency, doc.byCategory.source, doc.byCategory.type]) {
      for (const c of list) expect(Object.keys(c)).toEqual(expect.arrayContaining(["key", "total", "fiscal", "other", "projects"]));
    }
    expect(doc.byCategory.agency).toEqual([{ key: "库尔勒市信访局", total: 18, fiscal: 18, other: 0, specialAccount: 0, projects: 3 }]);
    expect(doc.output).toBeNull();
  });

  it("seed 001: 24.34 万元 and the functional classes of 表3, with a note on the matched 项目支出表", async () => {
    const doc = JSON.parse((await run({ files: [EXAMPLES.s001] })).stdout) as SummaryDoc;
    expect(doc.byCategory.agency[0]!.total).toBeCloseTo(24.34, 2);
    expect(doc.byCategory.function.filter((f) => /^\d{3} /u.test(f.key)).map((f) => [f.key, f.total])).toEqual([
      ["201 一般公共服务支出", 290.49],
      ["208 社会保障和就业支出", 46.2],
      ["210 卫生健康支出", 24.06],
      ["221 住房保障支出", 88.79],
    ]);
    expect(doc.byCategory.function[0]).toMatchObject({ key: "201 一般公共服务支出", total: 290.49, fiscal: null, other: null, projects: null, level: "类", basic: 266.15, project: 24.34 });
    expect(doc.notes.find((n) => n.id === "list-matched")?.message).toBe("表10“项目支出表”中的 6 个项目已与绩效目标表对应，项目清单和名称取自绩效目标表，未重复计入");
  });

  it("several files give one consolidated summary", async () => {
    const files = [EXAMPLES.s000, EXAMPLES.s002, EXAMPLES.s003, EXAMPLES.s004];
    const doc = JSON.parse((await run({ files })).stdout) as SummaryDoc;
    expect(doc.files).toEqual(files);
    expect(doc.projects).toHaveLength(7 + 3 + 10 + 3);
    expect(doc.byCategory.agency.map((a) => [a.key, a.total])).toEqual([
      ["天津市人民政府信访办公室", 571.2],
      ["青岛市信访局本级", 1618],
      ["广州市荔湾区信访局", 308],
      ["库尔勒市信访局", 18],
    ]);
  });
});

describe("jixiao summarize --out", () => {
  it("writes the workbook, reports where, and leaves the input byte-identical", async () => {
    const before = sha(EXAMPLES.s003);
    const out = join(dir, "003.xlsx");
    const r = await run({ files: [EXAMPLES.s003], out, format: "text" });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("1 个文件，10 个项目，合计 308.00 万元");
    expect(r.stdout).toContain(`已写入 ${out}（工作表 汇总-项目、汇总-分类）`);
    expect(existsSync(out)).toBe(true);
    expect(sha(EXAMPLES.s003)).toBe(before);

    const again = await run({ files: [out], out: join(dir, "003-again.xlsx") });
    const doc = JSON.parse(again.stdout) as SummaryDoc;
    expect(doc.projects).toHaveLength(10);
    expect(doc.output).toEqual({ file: join(dir, "003-again.xlsx"), sheets: ["汇总-项目", "汇总-分类"], regenerated: ["projects", "categories"] });
  });

  it("takes sheet names", async () => {
    const out = join(dir, "named.xlsx");
    const doc = JSON.parse((await run({ files: [EXAMPLES.s000], out, projectSheet: "项目清单", categorySheet: "分类" })).stdout) as SummaryDoc;
    expect(doc.output?.sheets).toEqual(["项目清单", "分类"]);
  });

  it("refuses to write over an input, exit 2 and one line", async () => {
    const input = join(dir, "input.xlsx");
    writeFileSync(input, readFileSync(EXAMPLES.s004));
    const before = sha(input);
    const r = await run({ files: [input], out: input });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.split("\n")).toHaveLength(1);
    expect(r.stderr).toBe(`jixiao: ${input}: 是本次的输入文件，未覆盖 / is an input of this run; not overwritten`);
    expect(sha(input)).toBe(before);
  });
});

/** A title and a budget line whose sheet part is padded with spaces to `bytes` (deflated, a few kB per MB). */
async function paddedWorkbook(file: string, bytes: number): Promise<string> {
  const sheet = smallSheetXml();
  const cut = sheet.indexOf("</sheetData>");
  const part = await repeatedPart("xl/worksheets/sheet1.xml", sheet.slice(0, cut), " ", bytes - sheet.length, sheet.slice(cut));
  writeFileSync(file, zipOf(workbookEntries(part)));
  return file;
}

describe("summarize --out over worksheets too large for a copy to be written (MAX_WRITER_SHEET_BYTES, as --annotate and fill)", () => {
  it("refuses a single input before reading its sheets: exit 2, the reading line, nothing written", async () => {
    const big = await paddedWorkbook(join(dir, "big-sheets.xlsx"), MAX_WRITER_SHEET_BYTES + 1024);
    const out = join(dir, "big-summary.xlsx");
    expect(await run({ files: [big], out })).toEqual({ code: 2, stdout: "", stderr: `jixiao: ${big}: 工作表过大，超出可处理的单元格数量 / a worksheet is too large to process` });
    expect(existsSync(out)).toBe(false);
    // Without --out nothing is copied: the same file is read (a title and a budget, no project to count).
    const read = await run({ files: [big] });
    const doc = JSON.parse(read.stdout) as SummaryDoc;
    expect([read.code, read.stderr, doc.files, doc.projects, doc.notes.map((n) => n.id)]).toEqual([0, "", [big], [], ["no-projects", "no-function-table"]]);
  });

  it("refuses the copy when the same large file given twice leaves one input to copy", async () => {
    const big = await paddedWorkbook(join(dir, "big-twice.xlsx"), MAX_WRITER_SHEET_BYTES + 1024);
    const twin = join(dir, "big-twice-copy.xlsx");
    writeFileSync(twin, readFileSync(big));
    const out = join(dir, "big-twice-summary.xlsx");
    const r = await run({ files: [big, twin], out });
    expect([r.code, r.stdout, r.stderr]).toEqual([2, "", `jixiao: ${out}: 无法写入汇总工作簿：工作表过大，超出可处理的单元格数量 / cannot write the summary workbook: a worksheet is too large to process`]);
    expect(existsSync(out)).toBe(false);
  });

  it("writes the copy of a workbook just under the limit", async () => {
    const fits = await paddedWorkbook(join(dir, "fits.xlsx"), MAX_WRITER_SHEET_BYTES - 1024);
    const out = join(dir, "fits-summary.xlsx");
    const r = await run({ files: [fits], out });
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect((JSON.parse(r.stdout) as SummaryDoc).output?.sheets).toEqual(["汇总-项目", "汇总-分类"]);
  });
});

describe("unreadable input", () => {
  it("exits 2 with one line per file in Chinese and English, and writes nothing", async () => {
    const broken = join(dir, "notes.xlsx");
    writeFileSync(broken, "这不是工作簿");
    const out = join(dir, "never.xlsx");
    const r = await run({ files: [EXAMPLES.s000, broken, join(dir, "missing.xlsx")], out });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.split("\n")).toEqual([
      `jixiao: ${broken}: 不是 Excel 工作簿（.xlsx） / not an Excel workbook (.xlsx)`,
      `jixiao: ${join(dir, "missing.xlsx")}: 找不到文件 / file not found`,
    ]);
    expect(existsSync(out)).toBe(false);
  });
});

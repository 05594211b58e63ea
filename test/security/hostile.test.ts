/**
 * Issue 15, one test per item: crafted files (built by bench/hostile-files.ts, nothing committed)
 * and careless use, each asserting the exit code and the single stderr line. Time and memory are
 * measured by `npm run bench:hostile`, not here.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { hostileCases } from "../../bench/hostile-files";
import { readCentralDirectory, readEntry, rewriteZip } from "../../src/host/xlsx/zip";

function zipText(file: string, part: string): string {
  const bytes = readFileSync(file);
  const directory = readCentralDirectory(bytes);
  if (directory.status !== "ok") throw new Error(directory.status);
  return readEntry(bytes, directory.entries.find((e) => e.name === part)!).toString("utf8");
}

const EXAMPLE = join("examples", "seed003-liwan-list.xlsx");
const OTHER = join("examples", "seed000-tianjin-blocks.xlsx");

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "jixiao-hostile-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function jixiao(args: readonly string[]): { code: number | null; stdout: string; stderr: string; lines: string[] } {
  const r = spawnSync(process.execPath, ["bin/jixiao.js", ...args], { encoding: "utf8", timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, lines: r.stderr.split("\n").filter((l) => l !== "") };
}

const sha = (file: string): string => createHash("sha256").update(readFileSync(file)).digest("hex");

function fresh(name: string): string {
  const d = join(dir, name);
  mkdirSync(d, { recursive: true });
  return d;
}

describe("the user's files", () => {
  it("1. a batch --annotate into the inputs' own folder never writes over an input (乙.校验.xlsx given as input), and says which output it skipped", () => {
    const d = fresh("batch");
    const a = join(d, "甲.xlsx");
    const b = join(d, "乙.xlsx");
    copyFileSync(EXAMPLE, a);
    copyFileSync(OTHER, b);
    // The first run writes 甲.校验.xlsx and 乙.校验.xlsx; the user edits 乙.校验.xlsx.
    expect(jixiao(["check", a, b, "--annotate", d]).lines).toEqual([]);
    const edited = join(d, "乙.校验.xlsx");
    writeFileSync(edited, Buffer.concat([readFileSync(edited)]));
    const before = sha(edited);
    const run = jixiao(["check", a, b, edited, "--annotate", d]);
    expect(run.code).toBe(2);
    expect(run.lines).toEqual([`jixiao: ${edited}: 是本次的输入文件，未覆盖（${b}） / is an input of this run; not overwritten (output of ${b})`]);
    expect(sha(edited)).toBe(before);
  });

  it("1. an existing file jixiao did not write is not replaced without --force", () => {
    const d = fresh("not-ours");
    const target = join(d, "标注.xlsx");
    copyFileSync(OTHER, target);
    const before = sha(target);
    const run = jixiao(["check", EXAMPLE, "--annotate", target]);
    expect(run.code).toBe(2);
    expect(run.lines).toEqual([`jixiao: ${target}: 文件已存在且不是本工具生成的，未覆盖（确需覆盖请加 --force） / exists and was not written by jixiao; not overwritten (add --force to overwrite)`]);
    expect(sha(target)).toBe(before);
    const forced = jixiao(["check", EXAMPLE, "--annotate", target, "--force"]);
    expect(forced.lines).toEqual([]);
    expect(sha(target)).not.toBe(before);
    // Now it is ours: a second run replaces it without --force.
    expect(jixiao(["check", EXAMPLE, "--annotate", target]).lines).toEqual([]);
  });

  it("2. two inputs with the same base name get two annotated copies, and the renaming is said", () => {
    const d = fresh("same-name");
    for (const sub of ["a", "b"]) mkdirSync(join(d, sub));
    copyFileSync(EXAMPLE, join(d, "a", "报送.xlsx"));
    copyFileSync(OTHER, join(d, "b", "报送.xlsx"));
    const out = join(d, "out");
    const run = jixiao(["check", join(d, "a", "报送.xlsx"), join(d, "b", "报送.xlsx"), "--annotate", out]);
    expect(run.lines).toEqual([`jixiao: ${join(d, "b", "报送.xlsx")}: 与另一个输入文件同名，标注副本另名为 报送 (2).校验.xlsx / has the same name as another input; its annotated copy is named 报送 (2).校验.xlsx`]);
    expect(readdirSync(out).sort()).toEqual(["报送 (2).校验.xlsx", "报送.校验.xlsx"]);
  });

  it("3. --annotate /dev/full is refused (a device is never replaced by a file)", () => {
    const run = jixiao(["check", EXAMPLE, "--annotate", "/dev/full"]);
    expect(run.code).toBe(2);
    expect(run.lines).toEqual(["jixiao: /dev/full: 不是普通文件，未写入 / not a regular file; nothing written"]);
    expect(statSync("/dev/full").isCharacterDevice()).toBe(true);
  });

  it("3. a temporary file a killed run left beside the output is removed by the next run; a live writer's is kept", () => {
    const d = fresh("litter");
    const dead = spawnSync(process.execPath, ["-e", "0"]).pid!;
    const stale = join(d, `.out.xlsx.jixiao-${dead}-0123456789ab.tmp`);
    const live = join(d, `.out.xlsx.jixiao-${process.pid}-0123456789ab.tmp`);
    writeFileSync(stale, "half a workbook");
    writeFileSync(live, "being written");
    expect(jixiao(["check", EXAMPLE, "--annotate", join(d, "out.xlsx")]).lines).toEqual([]);
    expect(readdirSync(d).sort()).toEqual([`.out.xlsx.jixiao-${process.pid}-0123456789ab.tmp`, "out.xlsx"]);
    expect(existsSync(stale)).toBe(false);
  });

  it("4. summarize a.xlsx a.xlsx (or a copy of it) counts the file once, with a note", () => {
    const copy = join(fresh("twice"), "副本.xlsx");
    copyFileSync(EXAMPLE, copy);
    const once = JSON.parse(jixiao(["summarize", EXAMPLE, "--format", "json"]).stdout) as { totals: { total: number; projects: number }; notes: { id: string }[] };
    const twice = jixiao(["summarize", EXAMPLE, copy, "--format", "json"]);
    expect(twice.lines).toEqual([]);
    const doc = JSON.parse(twice.stdout) as { totals: { total: number; projects: number }; notes: { id: string; file: string; message: string }[] };
    expect(doc.totals).toEqual(once.totals);
    expect(doc.notes.filter((n) => n.id === "duplicate-input")).toEqual([
      { id: "duplicate-input", file: copy, message: `${copy} 与 ${EXAMPLE} 是同一个文件，只汇总一次`, data: { same: EXAMPLE } },
    ]);
  });
});

/** The file with `definedName` elements added to xl/workbook.xml. */
function withNames(bytes: Buffer, names: (firstSheet: string) => string): Buffer {
  return rewriteZip(bytes, (name, read) => {
    if (name !== "xl/workbook.xml") return undefined;
    const xml = read().toString("utf8");
    const added = names(/<sheet\b[^>]*\bname="([^"]+)"/u.exec(xml)![1]!);
    return Buffer.from(xml.includes("<definedNames>") ? xml.replace("<definedNames>", `<definedNames>${added}`) : xml.replace("</sheets>", `</sheets><definedNames>${added}</definedNames>`), "utf8");
  });
}

describe("this file is ours (fill and new)", () => {
  const refused = (out: string): string => `jixiao: ${out}: 文件已存在且不是本工具生成的，未覆盖（确需覆盖请加 --force） / exists and was not written by jixiao; not overwritten (add --force to overwrite)`;

  it("1. fill writes over its own unchanged output without --force, but not over that output once the user changed a cell", () => {
    const out = join(fresh("fill-own"), "补全.xlsx");
    expect(jixiao(["fill", EXAMPLE, "--out", out]).lines).toEqual([]);
    expect(jixiao(["fill", EXAMPLE, "--out", out]).lines).toEqual([]);
    // The user types into the copy: it is theirs now.
    writeFileSync(out, rewriteZip(readFileSync(out), (name, read) => (name.startsWith("xl/worksheets/") ? Buffer.from(read().toString("utf8").replace(/<v>(\d+)<\/v>/u, "<v>9$1</v>"), "utf8") : undefined)));
    const before = sha(out);
    const run = jixiao(["fill", EXAMPLE, "--out", out]);
    expect({ code: run.code, lines: run.lines }).toEqual({ code: 2, lines: [refused(out)] });
    expect(sha(out)).toBe(before);
    expect(jixiao(["fill", EXAMPLE, "--out", out, "--force"]).lines).toEqual([]);
    expect(sha(out)).not.toBe(before);
  });

  it("1. a forged _jixiao_written name (any digest) does not make a user's workbook ours", () => {
    const out = join(fresh("fill-forged"), "别人的.xlsx");
    writeFileSync(out, withNames(readFileSync(OTHER), () => `<definedName name="_jixiao_written" hidden="1">"jixiao-content-sha256:${"0".repeat(64)}"</definedName>`));
    const before = sha(out);
    const run = jixiao(["new", "--layout", "block", "--name", "测试项目", "--budget", "10", "--out", out]);
    expect({ code: run.code, lines: run.lines }).toEqual({ code: 2, lines: [refused(out)] });
    expect(sha(out)).toBe(before);
  });
});

describe("the summary marker", () => {
  it("4. summarize --out keeps a data sheet that a forged _jixiao_summary_projects name points at, and adds the summary beside it", () => {
    const d = fresh("forged-out");
    const forged = join(d, "forged.xlsx");
    const out = join(d, "汇总.xlsx");
    writeFileSync(forged, withNames(readFileSync(EXAMPLE), (sheet) => `<definedName name="_jixiao_summary_projects" hidden="1">'${sheet}'!$A$1</definedName>`));
    const run = jixiao(["summarize", forged, "--out", out, "--format", "json"]);
    expect(run.lines).toEqual([]);
    const sheetNames = (file: string): string[] => [...zipText(file, "xl/workbook.xml").matchAll(/<sheet\b[^>]*\bname="([^"]+)"/gu)].map((m) => m[1]!);
    expect(sheetNames(out)).toEqual([...sheetNames(forged), "汇总-项目", "汇总-分类"]);
    const firstPart = (file: string): string => zipText(file, "xl/worksheets/sheet1.xml");
    expect(firstPart(out)).toBe(firstPart(forged));
    // Run again: now the marker names our own 汇总-项目, which is regenerated in place.
    const again = join(d, "汇总2.xlsx");
    expect(jixiao(["summarize", out, "--out", again]).lines).toEqual([]);
    expect(sheetNames(again)).toEqual(sheetNames(out));
  });

  it("4. a forged hidden _jixiao_summary_projects name on a data sheet does not make summarize drop that sheet", () => {
    const forged = join(fresh("forged"), "forged.xlsx");
    const bytes = readFileSync(EXAMPLE);
    writeFileSync(
      forged,
      rewriteZip(bytes, (name, read) => {
        if (name !== "xl/workbook.xml") return undefined;
        const xml = read().toString("utf8");
        const sheet = /<sheet\b[^>]*\bname="([^"]+)"/u.exec(xml)![1]!;
        const names = `<definedNames><definedName name="_jixiao_summary_projects" hidden="1">'${sheet}'!$A$1</definedName></definedNames>`;
        return Buffer.from(xml.includes("<definedNames>") ? xml.replace("<definedNames>", names.slice(0, -"</definedNames>".length)) : xml.replace("</sheets>", `</sheets>${names}`), "utf8");
      }),
    );
    const plain = JSON.parse(jixiao(["summarize", EXAMPLE, "--format", "json"]).stdout) as { totals: unknown };
    const run = jixiao(["summarize", forged, "--format", "json"]);
    expect(run.lines).toEqual([]);
    expect((JSON.parse(run.stdout) as { totals: unknown }).totals).toEqual(plain.totals);
  });
});

describe("bounded time and memory (crafted files)", () => {
  // A sixty-fourth of the sizes: the limits trip the same way; npm run bench:hostile runs them at full size.
  it.each(hostileCases(1 / 64).map((c) => [`${c.item}. ${c.name}`, c] as const))("%s", async (_name, c) => {
    const args = await c.build(fresh(`case-${c.item}`));
    const run = jixiao(["check", ...args]);
    expect({ code: run.code, lines: run.lines.length }).toEqual({ code: c.code, lines: c.stderr === null ? 0 : 1 });
    if (c.stderr !== null) expect(run.lines[0]).toMatch(c.stderr);
    // Inputs stay small in the repo's tests; an output named in the arguments is never written for a refused file.
    for (const file of args.filter((a) => a.startsWith(dir) && existsSync(a))) expect(statSync(file).size).toBeLessThan(1024 * 1024);
    if (c.code === 2 && args.includes("--annotate")) expect(existsSync(args[args.indexOf("--annotate") + 1]!)).toBe(false);
  }, 120_000);
});

describe("what the user reads", () => {
  it("11. control characters in a file name never reach the terminal raw (stdout and stderr)", () => {
    const d = fresh("escapes");
    const name = join(d, "a\u001b[2K\u0007b.xlsx");
    copyFileSync(EXAMPLE, name);
    const run = jixiao(["check", name]);
    expect([run.stdout.includes("\u001b"), run.stdout.includes("\u0007")]).toEqual([false, false]);
    expect(run.stdout).toContain("a\\x1B[2K\\x07b.xlsx");
    const missing = jixiao(["check", join(d, "x\u001b]0;pwned\u0007.xlsx")]);
    expect(missing.lines).toEqual([`jixiao: ${join(d, "x\\x1B]0;pwned\\x07.xlsx")}: 找不到文件 / file not found`]);
  });

  it.each([
    ["an unknown option (--anotate x.xlsx)", ["check", EXAMPLE, "--anotate", "x.xlsx"], "未知选项 / unknown option: --anotate"],
    ["an option another command takes", ["check", EXAMPLE, "--out", "x.xlsx"], "check 不接受 --out / check takes no --out"],
    ["--project-sheet History", ["summarize", EXAMPLE, "--out", "never.xlsx", "--project-sheet", "History"], "--project-sheet History：工作表名称无效"],
    ["a sheet name over 31 characters", ["summarize", EXAMPLE, "--out", "never.xlsx", "--category-sheet", "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二"], "工作表名称无效"],
    ["a usage error", ["check"], "check 需要至少一个 .xlsx 文件"],
    ["an unknown command", ["frobnicate"], "未知命令 / unknown command: frobnicate"],
  ])("12. %s: exit 2 and exactly one line, both languages, no stack", (_name, args, text) => {
    const run = jixiao(args);
    expect(run.code).toBe(2);
    expect(run.lines).toHaveLength(1);
    expect(run.lines[0]).toContain(text);
    expect(run.lines[0]).toContain(" / ");
    expect(run.stderr).not.toMatch(/内部错误|\bat .+:\d+:\d+/u);
    expect(existsSync("never.xlsx")).toBe(false);
  });

  it("12. a multi-file --annotate naming an existing file: exit 2, one line, nothing written", () => {
    const target = join(fresh("annotate-file"), "x.xlsx");
    copyFileSync(OTHER, target);
    const before = sha(target);
    const run = jixiao(["check", EXAMPLE, OTHER, "--annotate", target]);
    expect(run.code).toBe(2);
    expect(run.lines).toEqual([`jixiao: ${target}: 多个输入文件时 --annotate 须为目录，这是一个已有文件 / with several inputs --annotate must be a directory, and this is an existing file`]);
    expect(sha(target)).toBe(before);
  });
});

/**
 * Bad files through the real CLI (node bin/jixiao.js, compiled by `npm run build:cli` before jest):
 * each gives exit 2 and one clear line on stderr, no stack trace, in bounded time and memory.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { declaredOnlySheet, encryptedPackage, manyRowsSheet, xlsxPackage, zip } from "./bad-bytes";

const TIME = "/usr/bin/time";
const TIME_LIMIT_MS = 30_000;
/** The run is killed after this, so that a hang fails the test instead of the suite. */
const KILL_AFTER_MS = 90_000;
const MEMORY_LIMIT_KB = 1024 * 1024;
const EXAMPLE = "examples/seed000-tianjin-blocks.xlsx";
const STACK_TRACE = /^\s*at |\bat .+:\d+:\d+|Error:/mu;

let dir = "";
const measured: string[] = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "jixiao-bad-files-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  process.stdout.write(`bad files (node bin/jixiao.js check <file>)\n  ${measured.join("\n  ")}\n`);
});

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
  /** Peak resident set of the CLI process in KiB, when /usr/bin/time is there to measure it. */
  readonly peakKb: number | null;
}

/** Runs the compiled CLI in its own process group, under /usr/bin/time -v when present. */
function runCheck(file: string): Promise<Run> {
  const stats = join(dir, `time-${Math.random().toString(36).slice(2)}.txt`);
  const cli = [process.execPath, "bin/jixiao.js", "check", file];
  const [command, ...args] = existsSync(TIME) ? [TIME, "-v", "-o", stats, ...cli] : cli;
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command!, args, { detached: true, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (s: string) => (stdout += s));
    child.stderr.setEncoding("utf8").on("data", (s: string) => (stderr += s));
    const killer = setTimeout(() => {
      if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
    }, KILL_AFTER_MS);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(killer);
      const ms = performance.now() - start;
      let peakKb: number | null = null;
      if (existsSync(stats)) {
        const m = /Maximum resident set size \(kbytes\): (\d+)/u.exec(readFileSync(stats, "utf8"));
        if (m) peakKb = Number(m[1]);
      }
      resolve({ code, stdout, stderr, ms, peakKb });
    });
  });
}

function write(name: string, bytes: Buffer | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

interface BadFile {
  readonly name: string;
  readonly make: () => string;
  readonly message: RegExp;
}

const CASES: readonly BadFile[] = [
  { name: "not a zip (text named .xlsx)", make: () => write("notes.xlsx", "这不是工作簿，只是一段文字。\n"), message: /不是 Excel 工作簿/u },
  { name: "zero bytes", make: () => write("empty.xlsx", Buffer.alloc(0)), message: /不是 Excel 工作簿/u },
  { name: "a zip without a workbook", make: () => write("photos.xlsx", zip([{ name: "a.txt", data: Buffer.from("x") }])), message: /不是 Excel 工作簿/u },
  { name: "truncated to half", make: () => write("half.xlsx", readFileSync(EXAMPLE).subarray(0, Math.floor(readFileSync(EXAMPLE).length / 2))), message: /文件不完整/u },
  { name: "truncated by its last 10 bytes", make: () => write("cut.xlsx", readFileSync(EXAMPLE).subarray(0, readFileSync(EXAMPLE).length - 10)), message: /文件不完整/u },
  { name: "encrypted (OLE compound file with EncryptedPackage)", make: () => write("secret.xlsx", encryptedPackage()), message: /设有打开密码/u },
  {
    name: "a sheet of 1,000,000 actual rows (no <dimension>)",
    make: () => write("million-rows.xlsx", xlsxPackage("表1", manyRowsSheet(1_000_000))),
    message: /工作表过大/u,
  },
];

describe("bad files: exit 2, one clear line, no stack trace, bounded time and memory", () => {
  it("the CLI is built (npm test runs npm run build:cli first)", () => {
    expect(existsSync("build/src/cli/main.js")).toBe(true);
  });

  // <dimension> is a claim: the cells that exist are counted (issue 15, item 10).
  it.each(["A1:XFD1048576", "A1:A1000000"])("a sheet whose <dimension> claims %s but holds nothing is read: exit 0, nothing on stderr", async (ref) => {
    const run = await runCheck(write(`declared-${ref.replace(":", "-")}.xlsx`, xlsxPackage("表1", declaredOnlySheet(ref))));
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: "" });
  });

  it.each(CASES.map((c) => [c.name, c]))("%s", async (_name, c) => {
    const file = c.make();
    const run = await runCheck(file);
    const size = readFileSync(file).length;
    const memory = run.peakKb === null ? "peak RSS not measured (no /usr/bin/time)" : `peak RSS ${(run.peakKb / 1024).toFixed(0)} MiB`;
    measured.push(`${c.name} [${size.toLocaleString("en-US")} bytes]: exit ${run.code}, ${(run.ms / 1000).toFixed(2)} s, ${memory}; stderr: ${run.stderr.trim().slice(0, 160) || "(none)"}`);

    // One comparison, so that a failure shows every broken bound at once.
    const kb = run.peakKb;
    expect({
      code: run.code,
      stderr: run.stderr.trim().split("\n"),
      stackTrace: STACK_TRACE.test(run.stderr),
      seconds: run.ms < TIME_LIMIT_MS ? `< ${TIME_LIMIT_MS / 1000}` : (run.ms / 1000).toFixed(1),
      peakMiB: kb === null || kb < MEMORY_LIMIT_KB ? `< ${MEMORY_LIMIT_KB / 1024}` : (kb / 1024).toFixed(0),
    }).toEqual({
      code: 2,
      stderr: [expect.stringMatching(new RegExp(`^jixiao: .*${c.message.source}.* / `, "u"))],
      stackTrace: false,
      seconds: `< ${TIME_LIMIT_MS / 1000}`,
      peakMiB: `< ${MEMORY_LIMIT_KB / 1024}`,
    });
    if (kb === null) process.stdout.write(`note: ${TIME} is missing, so the peak memory of "${c.name}" was not checked\n`);
  }, KILL_AFTER_MS + 30_000);
});

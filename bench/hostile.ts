/**
 * `npm run bench:hostile`: builds the crafted hostile files of bench/hostile-files.ts at the sizes
 * of issue 15 (or `--scale 0.1`), runs `jixiao check` on each in a fresh process and reports its
 * exit code, stderr line, wall time and peak RSS (/usr/bin/time -v, else process.resourceUsage via
 * rss-probe). Bounds: 3 s and 300 MB per file. Results go to bench/HOSTILE.md and stdout.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { hostileCases } from "./hostile-files";
import { PROBE_MARKER, type ProbeReport } from "./rss-marker";

const ROOT = path.resolve(__dirname, "..", "..");
const TIME_BIN = "/usr/bin/time";
const LIMIT_MS = 3_000;
const LIMIT_MB = 300;

interface Row {
  readonly item: number;
  readonly name: string;
  readonly bytes: number;
  readonly code: number | null;
  readonly stderr: string;
  readonly ms: number;
  readonly peakMb: number | null;
  readonly expected: boolean;
}

function run(args: readonly string[]): { code: number | null; stderr: string; ms: number; peakMb: number | null } {
  const cli = [path.join(ROOT, "bin", "jixiao.js"), "check", ...args];
  const timed = existsSync(TIME_BIN);
  const started = process.hrtime.bigint();
  const r = timed
    ? spawnSync(TIME_BIN, ["-v", process.execPath, ...cli], { encoding: "utf8", maxBuffer: 64 << 20 })
    : spawnSync(process.execPath, ["--require", path.join(__dirname, "rss-probe.js"), ...cli], { encoding: "utf8", maxBuffer: 64 << 20 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  let peakMb: number | null = null;
  let stderr = r.stderr;
  if (timed) {
    const m = /Maximum resident set size \(kbytes\): (\d+)/u.exec(stderr);
    if (m) peakMb = Number(m[1]) / 1024;
    stderr = stderr.split(/(?:^|\n)\s*Command (?:exited|being timed)/u)[0]!;
  } else {
    const at = stderr.indexOf(PROBE_MARKER);
    if (at >= 0) {
      peakMb = (JSON.parse(stderr.slice(at + PROBE_MARKER.length).split("\n")[0]!) as ProbeReport).maxRssKb / 1024;
      stderr = stderr.slice(0, at);
    }
  }
  return { code: r.status, stderr: stderr.trim(), ms, peakMb };
}

async function main(argv: readonly string[]): Promise<void> {
  const at = argv.indexOf("--scale");
  const scale = at >= 0 ? Number(argv[at + 1]) : 1;
  const dir = mkdtempSync(path.join(os.tmpdir(), "jixiao-hostile-bench-"));
  const rows: Row[] = [];
  try {
    for (const c of hostileCases(scale)) {
      const args = await c.build(path.join(dir, `case-${rows.length}`));
      const file = args[0]!;
      const bytes = file.startsWith(dir) ? statSync(file).size : 0;
      const r = run(args);
      const lines = r.stderr === "" ? [] : r.stderr.split("\n");
      const expected = r.code === c.code && (c.stderr === null ? lines.length === 0 : lines.length === 1 && c.stderr.test(lines[0]!));
      rows.push({ item: c.item, name: c.name, bytes, code: r.code, stderr: r.stderr.split(dir).join("…"), ms: r.ms, peakMb: r.peakMb, expected });
      process.stdout.write(`${c.item}. ${c.name}: exit ${r.code}, ${(r.ms / 1000).toFixed(2)} s, ${r.peakMb?.toFixed(0) ?? "?"} MB\n`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const load = os.loadavg().map((l) => l.toFixed(2)).join(" / ");
  const table = [
    "# Hostile inputs: time and memory",
    "",
    `- Machine: ${os.cpus()[0]?.model ?? "?"}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB RAM; Node ${process.version}; load average ${load} at the end (the machine is shared)`,
    `- Date: ${new Date().toISOString()}; command: \`npm run bench:hostile${scale === 1 ? "" : ` -- --scale ${scale}`}\``,
    `- Bounds: ${LIMIT_MS / 1000} s and ${LIMIT_MB} MB per file (wall time from spawn to exit; peak RSS of the CLI process)`,
    "",
    "| Item | File | Size | Exit | stderr | Wall | Peak RSS | As expected |",
    "|---:|---|---:|---:|---|---:|---:|---|",
    ...rows.map(
      (r) =>
        `| ${r.item} | ${r.name} | ${r.bytes.toLocaleString("en-US")} B | ${r.code} | ${r.stderr.replace(/\|/gu, "\\|").slice(0, 110) || "(none)"} | ${(r.ms / 1000).toFixed(2)} s${r.ms > LIMIT_MS ? " ✗" : ""} | ${r.peakMb?.toFixed(0) ?? "?"} MB${(r.peakMb ?? 0) > LIMIT_MB ? " ✗" : ""} | ${r.expected ? "✓" : "✗"} |`,
    ),
    "",
  ].join("\n");
  writeFileSync(path.join(ROOT, "bench", "HOSTILE.md"), table);
  process.stdout.write(`\n${table}`);
  if (rows.some((r) => !r.expected || r.ms > LIMIT_MS || (r.peakMb ?? 0) > LIMIT_MB)) process.exitCode = 1;
}

void main(process.argv.slice(2));

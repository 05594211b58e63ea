/**
 * `npm run bench:writers` (= build:cli, then node build/bench/writers.js): time and peak RSS of the
 * writers (`check --annotate` and `fill`) in a fresh process each, on
 *   - the 2,000-project benchmark workbook (bench/generate.ts, seed 20240101), and
 *   - a workbook of two sheets of 2.4 million cells each (4.8 million cells): the 2,000 projects
 *     stacked into two sheets, then filler rows of numbers, 20 columns wide, streamed to the zip
 *     part by part so that the generator itself stays small.
 * Each command runs once (the machine is shared). Results go to bench/WRITERS.md and stdout.
 *   options: --only 2000|big, --out DIR (default bench/out)
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { createDeflateRaw, crc32 } from "node:zlib";
import { a1 } from "../src/core/grid/address";
import type { CellValue, Grid } from "../src/core/grid/grid";
import { DEFAULT_SEED, generateGrids, writeWorkbook } from "./generate";
import { entry, zipOf, type RawEntry } from "./hostile-files";

const ROOT = path.resolve(__dirname, "..", "..");
const TIME_BIN = "/usr/bin/time";
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const BIG_CELLS_PER_SHEET = 2_400_000;
const FILLER_WIDTH = 20;

interface Measured {
  readonly workbook: string;
  readonly command: string;
  readonly code: number | null;
  readonly stderr: string;
  readonly ms: number;
  readonly peakMb: number | null;
  readonly outBytes: number | null;
}

function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function cellXml(ref: string, v: CellValue): string {
  if (v === null) return "";
  if (typeof v === "number") return `<c r="${ref}"><v>${v}</v></c>`;
  if (typeof v === "boolean") return `<c r="${ref}" t="b"><v>${v ? 1 : 0}</v></c>`;
  return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(v)}</t></is></c>`;
}

/** A deflated part written from chunks of text, with its CRC, never held inflated in one piece. */
async function streamedPart(name: string, chunks: Iterable<string>): Promise<RawEntry> {
  const deflate = createDeflateRaw({ level: 6 });
  const out: Buffer[] = [];
  deflate.on("data", (b: Buffer) => out.push(b));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on("end", resolve);
    deflate.on("error", reject);
  });
  let crc = 0;
  let size = 0;
  for (const text of chunks) {
    const bytes = Buffer.from(text, "utf8");
    crc = crc32(bytes, crc);
    size += bytes.length;
    if (!deflate.write(bytes)) await new Promise((r) => deflate.once("drain", r));
  }
  deflate.end();
  await done;
  return { name, data: Buffer.concat(out), crc, declaredSize: size };
}

/** One sheet: the grids' rows stacked (merges kept), then numeric filler rows up to `cells` cells. */
function* sheetChunks(grids: readonly Grid[], cells: number): Generator<string> {
  yield `${XML_HEAD}<worksheet xmlns="${MAIN_NS}"><sheetData>`;
  let row = 0;
  let count = 0;
  const merges: string[] = [];
  for (const grid of grids) {
    for (const m of grid.merges) merges.push(`<mergeCell ref="${a1(m.top + row, m.left)}:${a1(m.bottom + row, m.right)}"/>`);
    for (const cellsOfRow of grid.cells) {
      let xml = `<row r="${row + 1}">`;
      cellsOfRow.forEach((v, c) => {
        if (v !== null) count++;
        xml += cellXml(a1(row, c), v);
      });
      yield `${xml}</row>`;
      row++;
    }
    row++;
  }
  while (count < cells) {
    let xml = `<row r="${row + 1}">`;
    for (let c = 0; c < FILLER_WIDTH && count < cells; c++, count++) xml += `<c r="${a1(row, c)}"><v>${(row * 7 + c) % 1000}</v></c>`;
    yield `${xml}</row>`;
    row++;
  }
  yield `</sheetData>${merges.length > 0 ? `<mergeCells count="${merges.length}">${merges.join("")}</mergeCells>` : ""}</worksheet>`;
}

/** Two sheets of BIG_CELLS_PER_SHEET cells each, the 2,000 generated projects split between them. */
async function writeBigWorkbook(file: string): Promise<void> {
  const sheets = generateGrids(2000, DEFAULT_SEED).sheets;
  const half = Math.ceil(sheets.length / 2);
  const names = ["绩效目标表一", "绩效目标表二"];
  const parts = [
    await streamedPart("xl/worksheets/sheet1.xml", sheetChunks(sheets.slice(0, half), BIG_CELLS_PER_SHEET)),
    await streamedPart("xl/worksheets/sheet2.xml", sheetChunks(sheets.slice(half), BIG_CELLS_PER_SHEET)),
  ];
  const overrides = parts.map((p) => `<Override PartName="/${p.name}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("");
  const zip = zipOf([
    entry(
      "[Content_Types].xml",
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}</Types>`,
    ),
    entry("_rels/.rels", `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    entry("xl/workbook.xml", `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>${names.map((n, i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>`),
    entry(
      "xl/_rels/workbook.xml.rels",
      `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${parts.map((p, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="${p.name.slice(3)}"/>`).join("")}</Relationships>`,
    ),
    ...parts,
  ]);
  writeFileSync(file, zip);
}

function measure(workbook: string, command: string, args: readonly string[], output: string): Measured {
  rmSync(output, { force: true });
  const cli = [path.join(ROOT, "bin", "jixiao.js"), ...args];
  const timed = existsSync(TIME_BIN);
  const started = process.hrtime.bigint();
  const r = timed
    ? spawnSync(TIME_BIN, ["-v", process.execPath, ...cli], { encoding: "utf8", maxBuffer: 256 << 20 })
    : spawnSync(process.execPath, ["--require", path.join(__dirname, "rss-probe.js"), ...cli], { encoding: "utf8", maxBuffer: 256 << 20 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr) ?? /"maxRssKb":(\d+)/.exec(r.stderr);
  const firstLine = r.stderr.split("\n").find((l) => l.startsWith("jixiao")) ?? "";
  const outBytes = existsSync(output) ? statSync(output).size : null;
  return { workbook, command, code: r.status, stderr: firstLine, ms, peakMb: rss ? Number(rss[1]) / 1024 : null, outBytes };
}

function runBoth(label: string, file: string, outDir: string): Measured[] {
  const base = path.basename(file, ".xlsx");
  const annotated = path.join(outDir, `${base}.annotated.xlsx`);
  const filled = path.join(outDir, `${base}.filled.xlsx`);
  const rows: Measured[] = [];
  rows.push(measure(label, "check --annotate", ["check", file, "--annotate", annotated, "--format", "json"], annotated));
  process.stdout.write(`${label}: check --annotate done\n`);
  rows.push(measure(label, "fill", ["fill", file, "--out", filled, "--format", "json"], filled));
  process.stdout.write(`${label}: fill done\n`);
  return rows;
}

async function main(argv: readonly string[]): Promise<void> {
  const only = argv.includes("--only") ? argv[argv.indexOf("--only") + 1] : null;
  const outDir = path.resolve(argv.includes("--out") ? argv[argv.indexOf("--out") + 1]! : path.join(ROOT, "bench", "out"));
  mkdirSync(outDir, { recursive: true });
  const rows: Measured[] = [];
  const files: { label: string; file: string }[] = [];
  if (only === null || only === "2000") {
    const file = path.join(outDir, "writers-2000.xlsx");
    await writeWorkbook(2000, file, DEFAULT_SEED);
    files.push({ label: "2,000 projects (50 sheets, 117,657 cells)", file });
  }
  if (only === null || only === "big") {
    const file = path.join(outDir, "writers-big.xlsx");
    await writeBigWorkbook(file);
    files.push({ label: "two sheets of 2.4 million cells (4.8 million)", file });
  }
  for (const f of files) rows.push(...runBoth(`${f.label}, ${(statSync(f.file).size / 1e6).toFixed(1)} MB`, f.file, outDir));
  const load = os.loadavg().map((n) => n.toFixed(2)).join(" / ");
  const table = [
    "# Writers: time and peak memory",
    "",
    `- Machine: ${os.cpus()[0]?.model ?? "?"}, ${os.cpus().length} cores, ${(os.totalmem() / 1e9).toFixed(1)} GB RAM; Node ${process.version}; load average ${load} at the end (shared machine)`,
    `- Date: ${new Date().toISOString()}; command: \`npm run bench:writers${argv.length > 0 ? ` -- ${argv.join(" ")}` : ""}\`; each command once, in a fresh process (/usr/bin/time -v)`,
    "",
    "| Workbook | Command | Exit | stderr | Wall | Peak RSS | Output |",
    "|---|---|---:|---|---:|---:|---:|",
    ...rows.map((r) => `| ${r.workbook} | ${r.command} | ${r.code} | ${r.stderr.replace(/\|/gu, "\\|").slice(0, 120) || "(none)"} | ${(r.ms / 1000).toFixed(2)} s | ${r.peakMb?.toFixed(0) ?? "?"} MB | ${r.outBytes === null ? "none" : `${(r.outBytes / 1e6).toFixed(1)} MB`} |`),
    "",
  ].join("\n");
  process.stdout.write(`\n${table}`);
  if (only === null) writeFileSync(path.join(ROOT, "bench", "WRITERS.md"), table);
  else writeFileSync(path.join(outDir, `WRITERS-${only}.md`), table);
}

void main(process.argv.slice(2));

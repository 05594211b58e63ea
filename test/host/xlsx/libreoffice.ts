/**
 * LibreOffice headless as the writer tests use it: a private profile per run (so parallel runs do not
 * clash) that forces recalculation on load, which LibreOffice skips for .xlsx files by default and
 * would otherwise just echo the cached results the writer stored; every sheet exported to CSV.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { sofficePath } from "../../programs";

export const SOFFICE_TIMEOUT_MS = 180_000;
/**
 * CSV export filter options (LibreOffice "CSV Filter Options"): field separator 44 (,), text
 * delimiter 34 ("), character set 76 (UTF-8), first line 1, no column formats, language 0, quote
 * all text false, detect special numbers true, save cell contents as shown **false** (full precision,
 * not the 0.00 display), export formulas false, remove spaces false, export sheets -1 (every sheet,
 * one file per sheet named <file>-<sheet>.csv).
 */
const CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";
const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export function sofficeAvailable(): boolean {
  const soffice = sofficePath();
  return soffice !== null && spawnSync(soffice, ["--version"], { encoding: "utf8", timeout: 60_000 }).status === 0;
}

/** Converts every workbook with one LibreOffice process (profile and CSVs under `workDir`); returns CSV rows by "<file stem>/<sheet>". */
export function recalculatedCsv(files: readonly string[], workDir: string): Map<string, string[][]> {
  const profile = join(workDir, `lo-profile-${process.pid}-${Date.now()}`);
  mkdirSync(join(profile, "user"), { recursive: true });
  writeFileSync(join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
  const outDir = join(workDir, `csv-${Date.now()}`);
  mkdirSync(outDir, { recursive: true });
  const run = spawnSync(sofficePath() ?? "soffice", [`-env:UserInstallation=${pathToFileURL(profile).href}`, "--headless", "--norestore", "--convert-to", CSV_FILTER, "--outdir", outDir, ...files], {
    encoding: "utf8",
    timeout: SOFFICE_TIMEOUT_MS,
  });
  if (run.status !== 0) throw new Error(`soffice failed (${run.status ?? run.signal}): ${run.stderr}`);
  const out = new Map<string, string[][]>();
  for (const file of files) {
    const stem = basename(file, extname(file));
    for (const csv of readdirSync(outDir).filter((f) => f.startsWith(`${stem}-`) && f.endsWith(".csv"))) {
      out.set(`${stem}/${csv.slice(stem.length + 1, -4)}`, parseCsv(readFileSync(join(outDir, csv), "utf8")));
    }
  }
  return out;
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else if (ch !== "\r") field += ch;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}


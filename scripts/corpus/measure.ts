/**
 * `npm run corpus`: checks every corpus workbook (test/corpus/files) and prints, per case and in
 * total, the tables read right (kind, name, budget, indicator count), the sheets given the right
 * status, the expected errors caught and the false errors (error severity, not expected).
 *
 *   npm run corpus                 # measure the committed files
 *   npm run corpus -- --write      # regenerate the files first
 */
import * as path from "path";
import { checkWorkbook } from "../../src/core/check/check";
import { readWorkbookFile } from "../../src/host/xlsx";
import { CORPUS, corpusDir, corpusFile, expectationOf, writeCorpus } from "./index";
import { score, type CaseScore } from "./score";
import type { CorpusCase } from "./types";

export interface MeasuredCase {
  readonly case: CorpusCase;
  readonly score: CaseScore;
}

export async function measureCorpus(dir: string = corpusDir()): Promise<MeasuredCase[]> {
  const out: MeasuredCase[] = [];
  for (const c of CORPUS) {
    const read = await readWorkbookFile(path.join(dir, corpusFile(c)), { engine: "fast" });
    if (!read.ok) throw new Error(`${corpusFile(c)}: ${read.error.code}`);
    const { report } = checkWorkbook(read.grids);
    out.push({ case: c, score: score(expectationOf(c), report) });
  }
  return out;
}

const ratio = (n: number, of: number): string => `${n} / ${of}`;

export function formatMeasure(rows: readonly MeasuredCase[]): string {
  const lines = [
    "| case | template | tables read right | misread or extra | sheet status right | errors caught | false errors | exact |",
    "|---|---|---:|---:|---:|---:|---:|:---:|",
  ];
  const total = { tables: 0, readRight: 0, misread: 0, sheets: 0, sheetsRight: 0, errorsExpected: 0, caught: 0, falseErrors: 0, exact: 0 };
  for (const { case: c, score: s } of rows) {
    lines.push(
      `| ${c.id} | ${c.template} | ${ratio(s.readRight, s.tables)} | ${s.misread} | ${ratio(s.sheetsRight, s.sheets)} | ${ratio(s.caught, s.errorsExpected)} | ${s.falseErrors} | ${s.exact ? "✓" : "✗"} |`,
    );
    total.tables += s.tables;
    total.readRight += s.readRight;
    total.misread += s.misread;
    total.sheets += s.sheets;
    total.sheetsRight += s.sheetsRight;
    total.errorsExpected += s.errorsExpected;
    total.caught += s.caught;
    total.falseErrors += s.falseErrors;
    total.exact += s.exact ? 1 : 0;
  }
  lines.push(
    `| **total** | | **${ratio(total.readRight, total.tables)}** | **${total.misread}** | **${ratio(total.sheetsRight, total.sheets)}** | **${ratio(total.caught, total.errorsExpected)}** | **${total.falseErrors}** | **${total.exact} / ${rows.length}** |`,
  );
  return lines.join("\n");
}

async function main(): Promise<void> {
  if (process.argv.includes("--write")) await writeCorpus(corpusDir());
  console.log(formatMeasure(await measureCorpus()));
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}

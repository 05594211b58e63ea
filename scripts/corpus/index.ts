/**
 * The test corpus: one workbook per template of issue 11 and per failure class of issue 10, each
 * with the exact reading it expects. Written to test/corpus/files/ by
 *
 *   npm run corpus -- --write            # regenerate, then measure
 *   node build/scripts/corpus/index.js <dir>   # write into <dir>
 */
import * as fs from "fs";
import * as path from "path";
import { createWorkbook } from "../examples/sheet-writer";
import { repoRoot } from "../make-examples";
import { nationalHeaderRow, nationalPairs } from "./cases/national";
import { countyVariant } from "./cases/county";
import { departmentWide } from "./cases/department";
import { selfEvaluation } from "./cases/self-evaluation";
import { systemExport } from "./cases/system-export";
import { leftLabelHeader, noLevel1Header, twoRowHeader } from "./cases/headers";
import { satisfactionUnderBenefit } from "./cases/satisfaction";
import { costAboveIndicators, costUnderIndicators } from "./cases/cost-tables";
import { titleOnlyName, unreadableBudget, unreadableLayout } from "./cases/failures";
import type { CaseExpectation, CorpusCase } from "./types";

export const CORPUS: readonly CorpusCase[] = [
  nationalPairs,
  nationalHeaderRow,
  countyVariant,
  departmentWide,
  selfEvaluation,
  systemExport,
  twoRowHeader,
  leftLabelHeader,
  noLevel1Header,
  satisfactionUnderBenefit,
  costUnderIndicators,
  costAboveIndicators,
  titleOnlyName,
  unreadableBudget,
  unreadableLayout,
];

export const corpusFile = (c: CorpusCase): string => `${c.id}.xlsx`;

export function corpusDir(): string {
  return path.join(repoRoot(__dirname), "test", "corpus", "files");
}

/** A case's expectation, without writing its file. */
export function expectationOf(c: CorpusCase): CaseExpectation {
  return c.build(createWorkbook());
}

/** Writes every corpus workbook into outDir; returns the files with their expectations. */
export async function writeCorpus(outDir: string): Promise<{ case: CorpusCase; file: string; expectation: CaseExpectation }[]> {
  fs.mkdirSync(outDir, { recursive: true });
  const out: { case: CorpusCase; file: string; expectation: CaseExpectation }[] = [];
  for (const c of CORPUS) {
    const workbook = createWorkbook();
    const expectation = c.build(workbook);
    const file = path.join(outDir, corpusFile(c));
    await workbook.xlsx.writeFile(file);
    out.push({ case: c, file, expectation });
  }
  return out;
}

if (require.main === module) {
  const dir = process.argv[2] ? path.resolve(process.argv[2]) : corpusDir();
  writeCorpus(dir).then(
    (written) => {
      for (const w of written) console.log(`${w.file}  ${w.expectation.tables.length} tables, ${w.expectation.errors.length} errors expected`);
    },
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}

/**
 * Writes the example workbooks (demo input and test fixtures), one per seed in
 * /work/shared/seeds, from the data transcribed in scripts/examples/.
 *
 *   npm run examples                 # writes <repo>/examples/*.xlsx
 *   node build/scripts/make-examples.js <dir>   # writes into <dir>
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { BlockInfo, createWorkbook } from "./examples/sheet-writer";
import { buildSeed000 } from "./examples/seed000-tianjin-blocks";
import { buildSeed001 } from "./examples/seed001-dongli-department";
import { buildSeed002 } from "./examples/seed002-qingdao-plan";
import { buildSeed003 } from "./examples/seed003-liwan-list";
import { buildSeed004 } from "./examples/seed004-korla-weighted";

export interface ExampleSpec {
  readonly file: string;
  readonly build: (workbook: ExcelJS.Workbook) => BlockInfo[];
}

export const EXAMPLES: readonly ExampleSpec[] = [
  { file: "seed000-tianjin-blocks.xlsx", build: buildSeed000 },
  { file: "seed001-dongli-department.xlsx", build: buildSeed001 },
  { file: "seed002-qingdao-plan.xlsx", build: buildSeed002 },
  { file: "seed003-liwan-list.xlsx", build: buildSeed003 },
  { file: "seed004-korla-weighted.xlsx", build: buildSeed004 },
];

export interface WrittenExample {
  readonly file: string;
  readonly sheets: readonly string[];
  readonly blocks: readonly BlockInfo[];
}

/** Builds every example workbook and writes it into outDir (created if missing). */
export async function writeExamples(outDir: string): Promise<WrittenExample[]> {
  fs.mkdirSync(outDir, { recursive: true });
  const written: WrittenExample[] = [];
  for (const spec of EXAMPLES) {
    const workbook = createWorkbook();
    const blocks = spec.build(workbook);
    const file = path.join(outDir, spec.file);
    await workbook.xlsx.writeFile(file);
    written.push({ file, sheets: workbook.worksheets.map((ws) => ws.name), blocks });
  }
  return written;
}

/** The repository root: the nearest directory above this file holding package.json. */
export function repoRoot(start: string = __dirname): string {
  let dir = start;
  for (;;) {
    if (fs.existsSync(path.join(dir, "package.json"))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${start}`);
    dir = parent;
  }
}

async function main(): Promise<void> {
  const arg = process.argv[2];
  const outDir = arg ? path.resolve(arg) : path.join(repoRoot(), "examples");
  const written = await writeExamples(outDir);
  for (const w of written) {
    console.log(`${w.file}  [${w.sheets.join(", ")}]`);
    for (const b of w.blocks) console.log(`  ${b.sheet}!${b.firstRow}  ${b.label}  ${b.amounts}`);
  }
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}

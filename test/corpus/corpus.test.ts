/**
 * The corpus (scripts/corpus): every case is read exactly as it expects (tables, sheet statuses,
 * every error-severity diagnostic), and the committed workbooks are what the script generates.
 * Cases the checker cannot read yet are listed in PENDING and run with test.failing, so a change that
 * makes one pass fails here until it is taken off the list.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { checkWorkbook } from "../../src/core/check/check";
import { readWorkbookFile } from "../../src/host/xlsx";
import { CORPUS, corpusDir, corpusFile, writeCorpus } from "../../scripts/corpus";
import { expected, observe } from "../../scripts/corpus/score";
import type { CaseExpectation } from "../../scripts/corpus/types";

/** Not read right yet; each must be removed from here by the change that makes it pass. */
const PENDING: ReadonlySet<string> = new Set([
]);

const COMMITTED = corpusDir();
let freshDir = "";
const expectations = new Map<string, CaseExpectation>();

beforeAll(async () => {
  freshDir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-corpus-"));
  for (const w of await writeCorpus(freshDir)) expectations.set(w.case.id, w.expectation);
});

afterAll(() => {
  if (freshDir) fs.rmSync(freshDir, { recursive: true, force: true });
});

describe("corpus cases", () => {
  it("lists only cases that exist as pending", () => {
    const ids = new Set(CORPUS.map((c) => c.id));
    expect([...PENDING].filter((id) => !ids.has(id))).toEqual([]);
    expect(ids.size).toBe(CORPUS.length);
  });

  for (const c of CORPUS) {
    const run = PENDING.has(c.id) ? test.failing : test;
    run(`${c.id}: ${c.about}`, async () => {
      const read = await readWorkbookFile(path.join(COMMITTED, corpusFile(c)), { engine: "fast" });
      if (!read.ok) throw new Error(read.error.code);
      const { report } = checkWorkbook(read.grids);
      const want = expected(expectations.get(c.id)!);
      expect(observe(report, read.grids.sheets.map((s) => s.sheet))).toEqual(want);
    });
  }
});

interface SheetSnapshot {
  readonly name: string;
  readonly cells: Record<string, string>;
  readonly merges: readonly string[];
}

async function snapshot(file: string): Promise<SheetSnapshot[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook.worksheets.map((ws) => {
    const cells: Record<string, string> = {};
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.type === ExcelJS.ValueType.Merge) return;
        cells[cell.address] = `${typeof cell.value}:${String(cell.value)}|${cell.numFmt ?? ""}|${cell.border ? "b" : ""}`;
      });
    });
    return { name: ws.name, cells, merges: [...ws.model.merges].sort() };
  });
}

describe("corpus workbooks", () => {
  it("commits exactly the generated files", () => {
    const xlsx = (dir: string): string[] => fs.readdirSync(dir).filter((f) => f.endsWith(".xlsx")).sort();
    expect(xlsx(COMMITTED)).toEqual(CORPUS.map(corpusFile).sort());
    expect(xlsx(freshDir)).toEqual(CORPUS.map(corpusFile).sort());
  });

  it.each(CORPUS.map(corpusFile))("%s matches a fresh generation (regenerate with npm run corpus -- --write)", async (file) => {
    const committed = await snapshot(path.join(COMMITTED, file));
    const fresh = await snapshot(path.join(freshDir, file));
    expect(committed).toEqual(fresh);
  });
});

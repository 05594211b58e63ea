/**
 * The committed example workbooks must be exactly what scripts/make-examples.ts generates:
 * a hand edit or a stale file (data changed, generator not rerun) fails here.
 * Regenerate with `npm run examples`.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { EXAMPLES, writeExamples } from "../../scripts/make-examples";

const COMMITTED_DIR = path.resolve(__dirname, "..", "..", "examples");

interface SheetSnapshot {
  readonly name: string;
  /** Address → typed value, for every cell holding a value (merged-away cells excluded). */
  readonly cells: Record<string, string>;
  readonly merges: readonly string[];
}

function describeValue(value: ExcelJS.CellValue): string {
  if (typeof value === "number") return `n:${value}`;
  if (typeof value === "string") return `s:${value}`;
  if (typeof value === "boolean") return `b:${value}`;
  if (value instanceof Date) return `d:${value.toISOString()}`;
  return `o:${JSON.stringify(value)}`;
}

async function snapshot(file: string): Promise<SheetSnapshot[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook.worksheets.map((ws) => {
    const cells: Record<string, string> = {};
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.type === ExcelJS.ValueType.Merge) return;
        cells[cell.address] = describeValue(cell.value);
      });
    });
    return { name: ws.name, cells, merges: [...ws.model.merges].sort() };
  });
}

describe("example workbooks", () => {
  let freshDir = "";

  beforeAll(async () => {
    freshDir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-examples-"));
    await writeExamples(freshDir);
  });

  afterAll(() => {
    if (freshDir) fs.rmSync(freshDir, { recursive: true, force: true });
  });

  it("commits exactly the generated files", () => {
    const xlsx = (dir: string): string[] =>
      fs
        .readdirSync(dir)
        .filter((f) => f.endsWith(".xlsx"))
        .sort();
    const expected = EXAMPLES.map((e) => e.file).sort();
    expect(expected).toEqual([
      "seed000-tianjin-blocks.xlsx",
      "seed001-dongli-department.xlsx",
      "seed002-qingdao-plan.xlsx",
      "seed003-liwan-list.xlsx",
      "seed004-korla-weighted.xlsx",
    ]);
    expect(xlsx(freshDir)).toEqual(expected);
    expect(xlsx(COMMITTED_DIR)).toEqual(expected);
  });

  it.each(EXAMPLES.map((e) => e.file))("%s matches a fresh generation", async (file) => {
    const committed = await snapshot(path.join(COMMITTED_DIR, file));
    const fresh = await snapshot(path.join(freshDir, file));
    expect(committed.map((s) => s.name)).toEqual(fresh.map((s) => s.name));
    fresh.forEach((sheet, i) => {
      expect({ sheet: sheet.name, merges: committed[i].merges }).toEqual({ sheet: sheet.name, merges: sheet.merges });
      expect({ sheet: sheet.name, cells: committed[i].cells }).toEqual({ sheet: sheet.name, cells: sheet.cells });
    });
  });

  it("generates the expected sheets", async () => {
    const names = async (file: string): Promise<string[]> => (await snapshot(path.join(freshDir, file))).map((s) => s.name);
    expect(await names("seed000-tianjin-blocks.xlsx")).toEqual(["绩效目标表"]);
    expect(await names("seed001-dongli-department.xlsx")).toEqual([
      "表1",
      "表2",
      "表3",
      "表4",
      "表5",
      "表6",
      "表10",
      "绩效目标1",
      "绩效目标2",
      "绩效目标3",
      "绩效目标4",
      "绩效目标5",
      "绩效目标6",
    ]);
    expect(await names("seed002-qingdao-plan.xlsx")).toEqual(["绩效目标表"]);
    expect(await names("seed003-liwan-list.xlsx")).toEqual(["项目支出绩效目标表"]);
    expect(await names("seed004-korla-weighted.xlsx")).toEqual(["绩效目标表"]);
  });
});

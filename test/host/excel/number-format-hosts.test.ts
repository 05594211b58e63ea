/**
 * Both hosts read alike: the same stored cells (percent and date formats, a formula with its cached
 * result) give the same grid and the same diagnostics through the CLI's fast xlsx reader and through
 * the Office.js reader over the fake Excel (issue 12 item 1, issue 11 item 9).
 */
import ExcelJS from "exceljs";
import { checkWorkbook } from "../../../src/core/check/check";
import type { CellValue } from "../../../src/core/grid/grid";
import { createExcelHost } from "../../../src/host/excel/excel-host";
import { readGridsFast } from "../../../src/host/xlsx/fast-read";
import { FakeExcel, FakeWorkbook } from "./fake-excel";
import { marks } from "../plan-helpers";

interface StoredCell {
  readonly value: string | number;
  readonly numFmt?: string;
  readonly formula?: string;
}

type StoredRow = readonly (StoredCell | string | number | null)[];

const SERIAL_2024_12_31 = 45657;

/** What Excel stores for a block table whose rates were typed as 105% and 70% and whose deadline is a date. */
const STORED: readonly StoredRow[] = [
  ["示例项目绩效目标表"],
  ["001001示例单位", null, null, "单位：万元"],
  ["项目名称", "示例项目"],
  [
    "预算数",
    { value: 100, formula: "D4+F4", numFmt: "#,##0.00" },
    "其中：财政资金",
    { value: 80, numFmt: "#,##0.00" },
    "其他资金",
    20,
  ],
  ["一级指标", "二级指标", "三级指标", "指标值"],
  ["产出指标", "数量指标", "培训人数", "≥100人"],
  [null, "质量指标", "培训合格率", { value: 1.05, numFmt: "0%" }],
  [
    null,
    "时效指标",
    "完成时间",
    { value: SERIAL_2024_12_31, numFmt: 'yyyy"年"m"月"d"日"' },
  ],
  ["效益指标", "社会效益指标", "业务水平", "有效提升"],
  [
    "满意度指标",
    "服务对象满意度指标",
    "学员满意度",
    { value: 0.7, numFmt: "0%" },
  ],
];

function cellOf(entry: StoredCell | string | number | null): StoredCell | null {
  if (entry === null) return null;
  return typeof entry === "object" ? entry : { value: entry };
}

async function asXlsx(
  sheets: readonly (readonly [string, readonly StoredRow[]])[] = [
    ["绩效目标表", STORED],
  ],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of sheets) {
    const sheet = workbook.addWorksheet(name);
    rows.forEach((row, r) =>
      row.forEach((entry, c) => {
        const stored = cellOf(entry);
        if (!stored) return;
        const cell = sheet.getCell(r + 1, c + 1);
        cell.value = stored.formula
          ? { formula: stored.formula, result: stored.value }
          : stored.value;
        if (stored.numFmt) cell.numFmt = stored.numFmt;
      }),
    );
  }
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

function asFakeWorkbook(
  sheets: readonly (readonly [string, readonly StoredRow[]])[] = [
    ["绩效目标表", STORED],
  ],
): FakeWorkbook {
  const workbook = new FakeWorkbook();
  for (const [name, rows] of sheets) {
    const sheet = workbook.addSheet(name);
    rows.forEach((row, r) =>
      row.forEach((entry, c) => {
        const stored = cellOf(entry);
        if (!stored) return;
        const cell = sheet.touch(r, c);
        cell.value = stored.value;
        cell.formula = stored.formula ? `=${stored.formula}` : null;
        if (stored.numFmt) cell.numberFormat = stored.numFmt;
      }),
    );
  }
  return workbook;
}

describe("number formats read alike in both hosts", () => {
  it("percent, date and formula cells give the same grid and the same diagnostics", async () => {
    const fast = readGridsFast(await asXlsx());
    if (!fast.ok) throw new Error(fast.error.code);
    const fake = new FakeExcel(asFakeWorkbook());
    const office = await createExcelHost({
      runtime: fake.runtime,
    }).readWorkbook();

    const expectedValues: CellValue[] = [100, "105%", "2024-12-31", "70%"];
    const at = (cells: readonly (readonly CellValue[])[]): CellValue[] => [
      cells[3]![1]!,
      cells[6]![3]!,
      cells[7]![3]!,
      cells[9]![3]!,
    ];
    expect(at(fast.grids.sheets[0]!.cells)).toEqual(expectedValues);
    expect(office.sheets).toStrictEqual(fast.grids.sheets);

    const cli = checkWorkbook(fast.grids).report.diagnostics;
    const addIn = checkWorkbook(office).report.diagnostics;
    expect(addIn).toStrictEqual(cli);
    const found = cli.map((d) => [d.cell, d.rule]);
    expect(found).toContainEqual(["D7", "rate-above-100"]);
    expect(found).toContainEqual(["D10", "satisfaction-below-floor"]);
  });

  it("the formats come back in the same requests as the values", async () => {
    const fake = new FakeExcel(asFakeWorkbook());
    await createExcelHost({ runtime: fake.runtime }).readWorkbook();
    const loads = fake.callsOf("Range.load").map((c) => c.args[0]);
    expect(loads.filter((props) => String(props).includes("values"))).toEqual([
      "values,numberFormat",
    ]);
    expect(fake.syncs).toBe(3);
  });
});

describe("a check in real Excel's conditions (issue 12: done means)", () => {
  /** The same table again, on a sheet the user protected. */
  const SHEETS = [
    ["绩效目标表", STORED],
    ["受保护", STORED],
  ] as const;

  it("a protected sheet, percent and date cells, a formula total and a threaded comment: the CLI's diagnostics, marks elsewhere, formulas kept, nothing that clears undo, every format back", async () => {
    const fast = readGridsFast(await asXlsx(SHEETS));
    if (!fast.ok) throw new Error(fast.error.code);
    const workbook = asFakeWorkbook(SHEETS);
    workbook.sheet("受保护").protected = true;
    workbook.addComment("绩效目标表", "D10", "满意度请再核实");
    workbook.setFormat("绩效目标表", "D7", {
      fill: { color: "#FFFFFF", pattern: "Solid", tintAndShade: 0 },
    });
    const formulas = workbook.formulas();
    const before = workbook.state() as { customXmlParts: unknown[] };
    const fake = new FakeExcel(workbook);
    const host = createExcelHost({ runtime: fake.runtime });

    const grids = await host.readWorkbook();
    expect(grids.sheets).toStrictEqual(fast.grids.sheets);
    const { report } = checkWorkbook(grids);
    expect(report.diagnostics).toStrictEqual(
      checkWorkbook(fast.grids).report.diagnostics,
    );
    const onSheet = (sheet: string) =>
      report.diagnostics
        .filter((d) => d.sheet === sheet)
        .map((d) => [d.cell, d.rule]);
    expect(onSheet("受保护")).toEqual(onSheet("绩效目标表"));
    expect(onSheet("绩效目标表")).toContainEqual([
      "D10",
      "satisfaction-below-floor",
    ]);

    const result = await host.highlight(marks(
      report.diagnostics,
      report.diagnostics.map((d) => d.rule),
    ));
    expect(result.skipped).toEqual([{ sheet: "受保护", reason: "protected" }]);
    expect(result.marked).toBe(
      new Set(onSheet("绩效目标表").map(([cell]) => cell)).size,
    );
    expect(workbook.cell("绩效目标表", "D10")!.format.fill.color).toBe(
      "#FFC7CE",
    );
    expect(workbook.sheet("绩效目标表").notes.has(9 * 16384 + 3)).toBe(false);
    expect(fake.requests.filter((r) => r.error)).toEqual([]);

    await host.clearMarks();
    expect(fake.undoCleared).toEqual([]);
    expect(workbook.formulas()).toEqual(formulas);
    const after = workbook.state() as { customXmlParts: unknown[] };
    expect({ ...after, customXmlParts: [] }).toEqual({
      ...before,
      customXmlParts: [],
    });
  });
});

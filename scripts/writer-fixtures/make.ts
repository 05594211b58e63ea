/**
 * Writes the writer fixtures into test/fixtures/writer/ (or the directory given):
 *   libreoffice.xlsx  LibreOffice headless's conversion of the .fods from fods.ts
 *   handmade.xlsm     the part-by-part package from handmade.ts
 *   exceljs.xlsx      what exceljs writes (notes, validation, conditional format, names, links, image)
 *   structured.xlsx, template.xltx, openpyxl.xlsx  the part-by-part packages of more.ts
 *
 *   npm run build:cli && node build/scripts/writer-fixtures/make.js [dir] [--hand-made]
 * --hand-made writes only the part-by-part packages (deterministic; LibreOffice's and exceljs's
 * conversions stamp the time, so regenerating them changes bytes the tests do not care about).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { fixtureFods, redPng } from "./fods";
import { handmadeXlsm } from "./handmade";
import { openpyxlXlsx, structuredXlsx, templateXltx } from "./more";

function libreOfficeXlsx(): Buffer {
  const work = mkdtempSync(join(tmpdir(), "jixiao-fixtures-"));
  try {
    writeFileSync(join(work, "libreoffice.fods"), fixtureFods());
    // A fresh profile per run: a shared one locks and leaks settings between runs.
    execFileSync("soffice", [`-env:UserInstallation=file://${join(work, "profile")}`, "--headless", "--convert-to", "xlsx", "--outdir", work, join(work, "libreoffice.fods")], {
      stdio: "pipe",
      timeout: 120_000,
    });
    return readFileSync(join(work, "libreoffice.xlsx"));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function exceljsXlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet("绩效目标表", { properties: { tabColor: { argb: "FF0070C0" } }, views: [{ state: "frozen", ySplit: 2 }] });
  ws.getCell("A1").value = "项目支出绩效目标表";
  ws.mergeCells("A1:D1");
  ws.getRow(2).values = ["项目名称", "预算数", "财政资金", "其他资金"];
  ws.getRow(3).values = ["信访事项办理", 120, 100, 20];
  ws.getRow(4).values = ["培训", 80, 80, 0];
  ws.getCell("B5").value = { formula: "SUM(B3:B4)", result: 200 };
  ws.getCell("B3").numFmt = '#,##0.00"万元"';
  ws.getCell("B4").note = "原有批注";
  ws.getCell("F4").note = "空单元格上的批注";
  ws.getCell("A6").value = { text: "政策依据", hyperlink: "https://example.org/policy" };
  ws.getCell("C3").dataValidation = { type: "decimal", operator: "greaterThanOrEqual", allowBlank: true, formulae: [0] };
  ws.addConditionalFormatting({ ref: "B3:B4", rules: [{ type: "cellIs", operator: "greaterThan", formulae: [100], priority: 1, style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } } } }] });
  ws.getColumn(5).hidden = true;
  ws.headerFooter.oddHeader = "&C绩效目标表";
  const image = workbook.addImage({ buffer: redPng(6) as unknown as ExcelJS.Buffer, extension: "png" });
  ws.addImage(image, "F6:G8");
  workbook.definedNames.add("'绩效目标表'!$B$5", "预算合计");
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const handMadeOnly = args.includes("--hand-made");
  const dir = resolve(args.find((a) => !a.startsWith("--")) ?? "test/fixtures/writer");
  mkdirSync(dir, { recursive: true });
  const files: [string, () => Buffer | Promise<Buffer>][] = [
    ["handmade.xlsm", handmadeXlsm],
    ["structured.xlsx", structuredXlsx],
    ["template.xltx", templateXltx],
    ["openpyxl.xlsx", openpyxlXlsx],
    ...(handMadeOnly ? [] : ([["libreoffice.xlsx", libreOfficeXlsx], ["exceljs.xlsx", exceljsXlsx]] as [string, () => Buffer | Promise<Buffer>][])),
  ];
  for (const [name, make] of files) writeFileSync(join(dir, name), await make());
  process.stdout.write(`wrote ${files.map(([n]) => n).join(", ")} into ${dir}\n`);
}

void main();

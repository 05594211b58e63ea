import { readWorkbookFile } from "../../../src/host/xlsx";
import { checkWorkbook } from "../../../src/core/check/check";

/**
 * Every diagnostic the full catalogue raises on each bundled example workbook, in report order. Each
 * one was reviewed against the workbook itself: a reviewer at the finance bureau would send the table
 * back for the errors, and would agree with the warnings and notes.
 */
const EXPECTED: Record<string, [string, string, string][]> = {
  "examples/seed000-tianjin-blocks.xlsx": [
    ["warning", "description-boilerplate", "绩效目标表!D8"],
    ["info", "copied-indicators", "绩效目标表!C9"],
    ["warning", "description-boilerplate", "绩效目标表!D23"],
    ["info", "copied-indicators", "绩效目标表!C24"],
    ["warning", "description-boilerplate", "绩效目标表!D38"],
    ["warning", "description-boilerplate", "绩效目标表!D53"],
    ["warning", "description-boilerplate", "绩效目标表!D68"],
    ["info", "copied-indicators", "绩效目标表!C69"],
    ["warning", "description-boilerplate", "绩效目标表!D83"],
    ["warning", "description-boilerplate", "绩效目标表!D98"],
    ["info", "copied-indicators", "绩效目标表!C99"],
  ],
  "examples/seed001-dongli-department.xlsx": [
    ["info", "value-spelling", "绩效目标1!F8"],
    ["warning", "ocr-artefact", "绩效目标1!F9"],
    ["warning", "ocr-artefact", "绩效目标1!F10"],
    ["info", "value-spelling", "绩效目标1!F11"],
    ["warning", "ocr-artefact", "绩效目标1!F12"],
    ["warning", "ocr-artefact", "绩效目标1!F13"],
    ["info", "value-spelling", "绩效目标2!F8"],
    ["warning", "ocr-artefact", "绩效目标2!F9"],
    ["warning", "ocr-artefact", "绩效目标2!F10"],
    ["info", "value-spelling", "绩效目标2!F11"],
    ["warning", "ocr-artefact", "绩效目标2!F13"],
    ["warning", "unit-mismatch", "绩效目标3!F8"],
    ["info", "value-spelling", "绩效目标3!F8"],
    ["info", "value-spelling", "绩效目标3!F9"],
    ["warning", "ocr-artefact", "绩效目标3!F10"],
    ["warning", "ocr-artefact", "绩效目标3!F11"],
    ["info", "value-spelling", "绩效目标3!F12"],
    ["warning", "ocr-artefact", "绩效目标3!F13"],
    ["warning", "ocr-artefact", "绩效目标3!F15"],
    ["info", "value-spelling", "绩效目标4!F8"],
    ["warning", "unit-mismatch", "绩效目标4!F9"],
    ["info", "value-spelling", "绩效目标4!F9"],
    ["info", "value-spelling", "绩效目标4!F10"],
    ["warning", "ocr-artefact", "绩效目标4!F11"],
    ["warning", "ocr-artefact", "绩效目标4!F12"],
    ["info", "value-spelling", "绩效目标4!F13"],
    ["warning", "ocr-artefact", "绩效目标4!F15"],
    ["info", "operator-direction", "绩效目标5!F8"],
    ["info", "value-spelling", "绩效目标5!F8"],
    ["info", "operator-direction", "绩效目标5!F9"],
    ["info", "value-spelling", "绩效目标5!F9"],
    ["info", "operator-direction", "绩效目标5!F10"],
    ["info", "value-spelling", "绩效目标5!F10"],
    ["warning", "ocr-artefact", "绩效目标5!F11"],
    ["warning", "ocr-artefact", "绩效目标5!F12"],
    ["info", "value-spelling", "绩效目标5!F13"],
    ["warning", "ocr-artefact", "绩效目标5!F14"],
    ["warning", "ocr-artefact", "绩效目标5!F15"],
    ["info", "value-spelling", "绩效目标6!F8"],
    ["warning", "ocr-artefact", "绩效目标6!F9"],
    ["warning", "ocr-artefact", "绩效目标6!F10"],
    ["info", "value-spelling", "绩效目标6!F11"],
    ["warning", "ocr-artefact", "绩效目标6!F12"],
    ["warning", "ocr-artefact", "绩效目标6!F13"],
  ],
  "examples/seed002-qingdao-plan.xlsx": [
    ["warning", "plan-label-unit", "绩效目标表!A6"],
    ["warning", "plan-label-unit", "绩效目标表!A25"],
    ["error", "satisfaction-below-floor", "绩效目标表!F38"],
    ["warning", "plan-label-unit", "绩效目标表!A46"],
    ["error", "spending-plan", "绩效目标表!F47"],
  ],
  "examples/seed003-liwan-list.xlsx": [
    ["error", "missing-category", "项目支出绩效目标表!G8"],
    ["error", "missing-category", "项目支出绩效目标表!G11"],
    ["error", "missing-category", "项目支出绩效目标表!G12"],
    ["error", "value-unquantified", "项目支出绩效目标表!G12"],
    ["error", "value-unquantified", "项目支出绩效目标表!G14"],
    ["error", "value-unquantified", "项目支出绩效目标表!G14"],
    ["error", "missing-category", "项目支出绩效目标表!G15"],
  ],
  "examples/seed004-korla-weighted.xlsx": [
    ["error", "level2-mismatch", "绩效目标表!B16"],
    ["info", "value-spelling", "绩效目标表!D26"],
    ["warning", "basis-not-standard", "绩效目标表!E27"],
    ["info", "value-spelling", "绩效目标表!D29"],
    ["error", "level2-mismatch", "绩效目标表!B32"],
    ["info", "value-spelling", "绩效目标表!D32"],
    ["info", "value-spelling", "绩效目标表!D42"],
    ["warning", "below-last-year", "绩效目标表!D44"],
    ["info", "value-spelling", "绩效目标表!D44"],
    ["info", "value-spelling", "绩效目标表!D45"],
    ["info", "value-spelling", "绩效目标表!D46"],
    ["error", "level2-mismatch", "绩效目标表!B49"],
    ["info", "value-spelling", "绩效目标表!D49"],
  ],
};

describe("the rule catalogue on the seed examples", () => {
  it.each(Object.keys(EXPECTED))("%s raises exactly the reviewed diagnostics", async (file) => {
    const read = await readWorkbookFile(file);
    if (!read.ok) throw new Error(read.error.code);
    const { report } = checkWorkbook(read.grids);
    expect(report.diagnostics.map((d) => [d.severity, d.rule, `${d.sheet}!${d.cell}`])).toEqual(EXPECTED[file]);
  });

  it("fixable findings carry their edits: 001's OCR LaTeX becomes ≥95%", async () => {
    const read = await readWorkbookFile("examples/seed001-dongli-department.xlsx");
    if (!read.ok) throw new Error(read.error.code);
    const { report } = checkWorkbook(read.grids);
    const ocr = report.diagnostics.find((d) => d.rule === "ocr-artefact" && d.sheet === "绩效目标1" && d.cell === "F9")!;
    expect(ocr.fix).toEqual({ edits: [{ sheet: "绩效目标1", cell: "F9", from: "$\\geq 95\\%$", to: "≥95%" }] });
    const area = report.diagnostics.find((d) => d.rule === "unit-mismatch" && d.sheet === "绩效目标3")!;
    expect(area.suggestions?.[0]?.edits).toEqual([{ sheet: "绩效目标3", cell: "F8", from: "≥ 240 米", to: "≥240平方米" }]);
  });

  it("004's misfiled 满意度指标 suggests 服务对象满意度指标", async () => {
    const read = await readWorkbookFile("examples/seed004-korla-weighted.xlsx");
    if (!read.ok) throw new Error(read.error.code);
    const { report } = checkWorkbook(read.grids);
    const misfiled = report.diagnostics.filter((d) => d.rule === "level2-mismatch");
    expect(misfiled.map((d) => d.suggestions?.[0]?.edits[0]?.to)).toEqual(["服务对象满意度指标", "服务对象满意度指标", "服务对象满意度指标"]);
  });
});

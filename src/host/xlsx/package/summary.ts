import { a1, columnLetters, sheetRef } from "../../../core/grid/address";
import { uniqueSheetName } from "../../../core/grid/sheet-name";
import type { ConsolidatedSummary, PlanCell, PlannedSheet, PlannedTable, SheetRole } from "../../../core/summary";
import { DEFAULT_SUMMARY_SHEETS, NUMBER_FORMATS, planSummarySheets, SUMMARY_MARKERS } from "../../../core/summary";
import { worksheetXml, type NewCell } from "./new-sheet";
import type { CellValue } from "../../../core/grid/grid";
import { CONTENT_TYPE, REL_TYPE, relsPartOf, type WorkbookSheet, type XlsxPackage } from "./opc";
import { isOwnSummarySheet } from "./signature";
import { openStyles, type StyleBook } from "./styles";
import { escapeAttr, getAttr, TagWalker } from "./xml";

/**
 * 汇总-项目 and 汇总-分类 written into the input's own package: new worksheet and table parts, their
 * relationships, content types and <sheet> entries, the hidden marker names and appended styles.
 * Sheets the tool made before (found by marker name, and still reading as our summary) are
 * rewritten in place; nothing else changes.
 */

export interface SummaryNames {
  readonly projectSheet?: string;
  readonly categorySheet?: string;
}

/** The values of a sheet of the input by name (read only when a marker name points at it), or null. */
export type SheetCells = (sheet: string) => readonly (readonly CellValue[])[] | null;

export interface SummaryWritten {
  readonly projectSheet: string;
  readonly categorySheet: string;
  readonly regenerated: readonly SheetRole[];
}

const TABLE_THEME = "TableStyleMedium2";
const LINK_COLOR = "FF0563C1";
const NOTE_COLOR = "FF595959";

interface TableInfo {
  readonly part: string;
  readonly id: number;
  readonly name: string;
  readonly displayName: string;
}

/** Every table part of the package with the worksheet part that holds it. */
function tablesOf(pkg: XlsxPackage, sheetParts: readonly string[]): Map<string, TableInfo[]> {
  const out = new Map<string, TableInfo[]>();
  for (const sheetPart of sheetParts) {
    const list: TableInfo[] = [];
    for (const rel of pkg.relationships(sheetPart)) {
      if (rel.type !== REL_TYPE.table && !rel.type.endsWith("/table")) continue;
      const part = pkg.target(sheetPart, rel);
      const xml = part === undefined ? undefined : pkg.text(part);
      if (part === undefined || xml === undefined) continue;
      const walker = new TagWalker(xml);
      while (walker.next() && walker.depth() !== 1);
      list.push({ part, id: Number(getAttr(walker.tag, "id") ?? 0), name: getAttr(walker.tag, "name") ?? "", displayName: getAttr(walker.tag, "displayName") ?? "" });
    }
    out.set(sheetPart, list);
  }
  return out;
}

export function sheetOfReference(formula: string): string | null {
  const reference = formula.trim().split(",")[0] ?? "";
  const bang = reference.lastIndexOf("!");
  if (bang < 0 || !/^\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?$/.test(reference.slice(bang + 1))) return null;
  const sheet = reference.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) return sheet.slice(1, -1).replace(/''/g, "'");
  return sheet;
}

/**
 * A summary sheet this tool wrote before: the one its hidden marker names, if it still reads as our
 * summary (title, unit line, header). A forged or copied marker name alone never makes a user's
 * sheet ours: that sheet stays and the summary goes beside it.
 */
function ownedSummarySheets(pkg: XlsxPackage, sheets: readonly WorkbookSheet[], cellsOf: SheetCells): Partial<Record<SheetRole, { name: string; part: string }>> {
  const names = pkg.definedNames();
  const owned: Partial<Record<SheetRole, { name: string; part: string }>> = {};
  for (const role of ["projects", "categories"] as const) {
    const marker = names.filter((n) => n.name === SUMMARY_MARKERS[role] && n.localSheetId === undefined).pop();
    const sheetName = marker ? sheetOfReference(marker.formula) : null;
    const sheet = sheets.find((s) => s.name === sheetName);
    const cells = sheet ? cellsOf(sheet.name) : null;
    if (sheet && cells && isOwnSummarySheet(role, cells)) owned[role] = { name: sheet.name, part: sheet.part! };
  }
  return owned;
}

export function writeSummaryIntoPackage(pkg: XlsxPackage, summary: ConsolidatedSummary, options: SummaryNames, cellsOf: SheetCells): SummaryWritten {
  const sheets = pkg.sheets().filter((s) => s.part !== null && s.type.endsWith("/worksheet") && pkg.has(s.part));
  const owned = ownedSummarySheets(pkg, sheets, cellsOf);
  const wanted: Record<SheetRole, string> = {
    projects: options.projectSheet ?? DEFAULT_SUMMARY_SHEETS.projects,
    categories: options.categorySheet ?? DEFAULT_SUMMARY_SHEETS.categories,
  };
  const finalNames = {} as Record<SheetRole, string>;
  const regenerated: SheetRole[] = [];
  for (const role of ["projects", "categories"] as const) {
    const mine = owned[role];
    if (mine) {
      finalNames[role] = mine.name;
      regenerated.push(role);
    }
  }
  for (const role of ["projects", "categories"] as const) {
    if (finalNames[role] !== undefined) continue;
    finalNames[role] = uniqueSheetName([...pkg.sheets().map((s) => s.name), ...Object.values(finalNames)], wanted[role]);
  }

  const tables = tablesOf(
    pkg,
    sheets.map((s) => s.part!),
  );
  const ownedParts = new Set(Object.values(owned).map((o) => o.part));
  const kept = [...tables].filter(([part]) => !ownedParts.has(part)).flatMap(([, list]) => list);
  const plan = planSummarySheets(summary, {
    projectSheet: finalNames.projects,
    categorySheet: finalNames.categories,
    takenTableNames: kept.flatMap((t) => [t.name, t.displayName]).filter((n) => n !== ""),
    links: true,
  });

  // A regenerated sheet drops its old tables and relationships; its part and position stay.
  for (const part of ownedParts) {
    for (const t of tables.get(part) ?? []) pkg.remove(t.part);
    pkg.remove(relsPartOf(part));
  }
  let nextTableId = kept.reduce((max, t) => Math.max(max, t.id), 0) + 1;
  const styles = openStyles(pkg);
  for (const sheetPlan of plan.sheets) {
    const mine = owned[sheetPlan.role];
    const part = mine ? mine.part : pkg.freeName("xl/worksheets/sheet", ".xml");
    const tableRels = sheetPlan.tables.map((table) => {
      const tablePart = pkg.freeName("xl/tables/table", ".xml");
      pkg.set(tablePart, tableXml(table, nextTableId++));
      pkg.addOverride(tablePart, CONTENT_TYPE.table);
      return pkg.addRelationship(part, REL_TYPE.table, tablePart);
    });
    const xml = worksheetXml(sheetContent(sheetPlan, styles.book, tableRels));
    if (mine) pkg.set(part, xml);
    else pkg.addWorksheet(sheetPlan.name, xml, part);
    pkg.setHiddenName(sheetPlan.marker, sheetRef(sheetPlan.name, "$A$1"));
  }
  styles.save();
  // Excel recalculates on open; the cached results are already the summary's own figures.
  if (!pkg.setWorkbookAttr("calcPr", "fullCalcOnLoad", "1")) pkg.insertWorkbookChild("calcPr", '<calcPr fullCalcOnLoad="1"/>');
  return { projectSheet: finalNames.projects, categorySheet: finalNames.categories, regenerated };
}

function tableXml(table: PlannedTable, id: number): string {
  const top = table.headerRow + 1;
  const last = columnLetters(table.columns.length - 1);
  const bodyEnd = top + Math.max(1, table.rows.length);
  const totalsRow = top + table.rows.length + 1;
  const columns = table.columns.map((column, i) => {
    const label = i === 0 && table.totals[0]?.kind === "text" ? ` totalsRowLabel="${escapeAttr(table.totals[0].text)}"` : "";
    // No dxfId here: ECMA-376 gives tableColumn none, and Excel repairs files that carry one.
    return `<tableColumn id="${i + 1}" name="${escapeAttr(column.header)}"${label}/>`;
  });
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${id}" name="${escapeAttr(table.name)}" displayName="${escapeAttr(table.name)}" ref="A${top}:${last}${totalsRow}" totalsRowCount="1">` +
    `<autoFilter ref="A${top}:${last}${bodyEnd}"/><tableColumns count="${table.columns.length}">${columns.join("")}</tableColumns>` +
    `<tableStyleInfo name="${TABLE_THEME}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}

function sheetContent(plan: PlannedSheet, styles: StyleBook, tableRels: readonly string[]) {
  const rows: NewCell[][] = [];
  const put = (row: number, col: number, cell: NewCell): void => {
    const line = (rows[row] ??= []);
    while (line.length < col) line.push(null);
    line[col] = cell;
  };
  const p = styles.p;
  const lineStyle = {
    title: styles.deriveXf(0, { font: styles.fontLike(`<${p}b/><${p}sz val="14"/>`, ["b", "sz"]) }),
    section: styles.deriveXf(0, { font: styles.fontLike(`<${p}b/><${p}sz val="12"/>`, ["b", "sz"]) }),
    note: styles.deriveXf(0, { font: styles.fontLike(`<${p}color rgb="${NOTE_COLOR}"/>`, ["color"]) }),
  };
  for (const line of plan.lines) put(line.row, 0, { kind: "text", text: line.text, style: lineStyle[line.style] });
  const hyperlinks: { ref: string; location: string }[] = [];
  const linkFont = styles.fontLike(`<${p}u/><${p}color rgb="${LINK_COLOR}"/>`, ["u", "color"]);
  const boldFont = styles.fontLike(`<${p}b/>`, ["b"]);
  for (const table of plan.tables) {
    table.columns.forEach((column, c) => put(table.headerRow, c, { kind: "text", text: column.header }));
    const numFmt = table.columns.map((column) => NUMBER_FORMATS[column.format]);
    table.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        const at = table.headerRow + 1 + r;
        const link = cell.kind === "link";
        const style = styles.deriveXf(0, { numFmt: numFmt[c]!, ...(link ? { font: linkFont } : {}) });
        put(at, c, newCell(cell, style));
        if (cell.kind === "link") hyperlinks.push({ ref: a1(at, c), location: sheetRef(cell.sheet, cell.cell) });
      }),
    );
    const totalsAt = table.headerRow + table.rows.length + 1;
    table.totals.forEach((cell, c) => put(totalsAt, c, newCell(cell, styles.deriveXf(0, { font: boldFont, ...(c === 0 ? {} : { numFmt: numFmt[c]! }) }))));
  }
  const first = plan.tables[0];
  return {
    rows,
    widths: plan.widths,
    ...(plan.role === "projects" && first ? { frozenRows: first.headerRow + 1 } : {}),
    hyperlinks,
    tableParts: tableRels,
  };
}

function newCell(cell: PlanCell, style: number): NewCell {
  switch (cell.kind) {
    case "text":
    case "link":
      return { kind: "text", text: cell.text, style };
    case "number":
      return { kind: "number", value: cell.value, style };
    case "formula":
      return { kind: "formula", formula: cell.formula, result: cell.result, style };
    default:
      return { kind: "blank", style };
  }
}


/**
 * Writer fixtures written part by part, for shapes the other generators cannot make (no Python
 * package is available, so openpyxl's shape is written out here as openpyxl writes it):
 *   structured.xlsx  a table (ListObject) with an autofilter and a calculated column, shared formulas
 *                    that rows inserted at row 5 split or straddle, and a pivot table on the same
 *                    sheet whose cache reads the table's range
 *   template.xltx    an Excel template: the workbook part's content type is the template's
 *   openpyxl.xlsx    openpyxl's shape: inline strings and no shared strings part, absolute
 *                    relationship targets, comments under xl/comments/ with their VML behind the
 *                    relationship id "anysvml", and an image
 */
import { writeZip } from "../../src/host/xlsx/zip";
import { redPng } from "./fods";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument";
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
export const WORKBOOK_TYPE = `${CT}.spreadsheetml.sheet.main+xml`;
export const TEMPLATE_TYPE = `${CT}.spreadsheetml.template.main+xml`;

type Part = readonly [string, string | Buffer];

function rels(...items: readonly [string, string, string][]): string {
  return `<Relationships xmlns="${PKG}">${items.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type.startsWith("http") ? type : `${R}/${type}`}" Target="${target}"/>`).join("")}</Relationships>`;
}

function contentTypes(overrides: readonly [string, string][], defaults: readonly [string, string][] = []): string {
  const d = [["rels", "application/vnd.openxmlformats-package.relationships+xml"], ["xml", "application/xml"], ...defaults];
  return (
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${d.map(([e, t]) => `<Default Extension="${e}" ContentType="${t}"/>`).join("")}` +
    `${overrides.map(([p, t]) => `<Override PartName="${p}" ContentType="${t}"/>`).join("")}</Types>`
  );
}

function zip(parts: readonly Part[]): Buffer {
  return writeZip(parts.map(([name, data]) => ({ name, data: typeof data === "string" ? Buffer.from(HEAD + data, "utf8") : data })));
}

function str(ref: string, text: string): string {
  return `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
}

function num(ref: string, value: number, formula?: string): string {
  return `<c r="${ref}">${formula ?? ""}<v>${value}</v></c>`;
}

const STYLES = `<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

// ------------------------------------------------------------------------------------------------
// structured.xlsx

const BUDGETS: readonly [string, number, number][] = [
  ["信访事项办理", 120, 100],
  ["培训", 80, 80],
  ["宣传", 40, 30],
  ["调研", 60, 50],
];

function structuredRows(): string {
  const rows = [`<row r="1">${str("A1", "项目支出绩效目标表")}</row>`, `<row r="2">${str("A2", "项目名称")}${str("B2", "预算数")}${str("C2", "财政资金")}${str("D2", "两倍")}${str("F2", "累计")}</row>`];
  let running = 0;
  BUDGETS.forEach(([name, budget, funds], i) => {
    const r = i + 3;
    running += budget;
    // D3:D6 and F3:F6 are shared formulas the new row 5 splits; their masters are in row 3.
    const d = i === 0 ? '<f t="shared" ref="D3:D6" si="0">B3*2</f>' : '<f t="shared" si="0"/>';
    const f = i === 0 ? '<f t="shared" ref="F3:F6" si="1">SUM($B$3:B3)</f>' : '<f t="shared" si="1"/>';
    rows.push(`<row r="${r}">${str(`A${r}`, name)}${num(`B${r}`, budget)}${num(`C${r}`, funds)}${num(`D${r}`, budget * 2, d)}${num(`F${r}`, running, f)}</row>`);
  });
  rows.push(`<row r="7">${str("A7", "合计")}${num("B7", 300, "<f>SUM(B3:B6)</f>")}${num("C7", 260, "<f>SUM(C3:C6)</f>")}</row>`);
  // G9:G10 moves whole, but its member reads B5, which the new row moves while the master's B4 stays.
  rows.push(`<row r="9">${str("A9", "对照")}${num("G9", 80, '<f t="shared" ref="G9:G10" si="2">B4+0</f>')}</row>`);
  rows.push(`<row r="10">${num("G10", 40, '<f t="shared" si="2"/>')}</row>`);
  rows.push(`<row r="12">${str("A12", "行标签")}${str("B12", "求和项:预算数")}</row>`);
  [...BUDGETS].sort((a, b) => a[0].localeCompare(b[0])).forEach(([name, budget], i) => rows.push(`<row r="${13 + i}">${str(`A${13 + i}`, name)}${num(`B${13 + i}`, budget)}</row>`));
  rows.push(`<row r="17">${str("A17", "总计")}${num("B17", 300)}</row>`);
  return rows.join("");
}

const STRUCTURED_SHEET = () =>
  `<worksheet xmlns="${MAIN}" xmlns:r="${R}"><dimension ref="A1:G17"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="14.25"/>` +
  `<sheetData>${structuredRows()}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>`;

const TABLE =
  `<table xmlns="${MAIN}" id="1" name="项目清单" displayName="项目清单" ref="A2:D6" totalsRowShown="0"><autoFilter ref="A2:D6"/><sortState ref="A3:D6"><sortCondition ref="B3:B6"/></sortState>` +
  `<tableColumns count="4"><tableColumn id="1" name="项目名称"/><tableColumn id="2" name="预算数"/><tableColumn id="3" name="财政资金"/><tableColumn id="4" name="两倍"><calculatedColumnFormula>项目清单[[#This Row],[预算数]]*2</calculatedColumnFormula></tableColumn></tableColumns>` +
  `<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`;

const PIVOT_TABLE =
  `<pivotTableDefinition xmlns="${MAIN}" name="数据透视表1" cacheId="1" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" dataCaption="值" updatedVersion="6" minRefreshableVersion="3" createdVersion="6" indent="0" outline="1" outlineData="1" multipleFieldFilters="0">` +
  `<location ref="A12:B17" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/>` +
  `<pivotFields count="2"><pivotField axis="axisRow" showAll="0"><items count="5"><item x="1"/><item x="2"/><item x="0"/><item x="3"/><item t="default"/></items></pivotField><pivotField dataField="1" showAll="0"/></pivotFields>` +
  `<rowFields count="1"><field x="0"/></rowFields><rowItems count="5"><i><x/></i><i><x v="1"/></i><i><x v="2"/></i><i><x v="3"/></i><i t="grand"><x/></i></rowItems><colItems count="1"><i/></colItems>` +
  `<dataFields count="1"><dataField name="求和项:预算数" fld="1" baseField="0" baseItem="0"/></dataFields></pivotTableDefinition>`;

const PIVOT_CACHE =
  `<pivotCacheDefinition xmlns="${MAIN}" xmlns:r="${R}" r:id="rId1" refreshedBy="审核" refreshedDate="45000" createdVersion="6" refreshedVersion="6" minRefreshableVersion="3" recordCount="4">` +
  `<cacheSource type="worksheet"><worksheetSource ref="A2:B6" sheet="项目表"/></cacheSource>` +
  `<cacheFields count="2"><cacheField name="项目名称" numFmtId="0"><sharedItems count="4">${BUDGETS.map(([n]) => `<s v="${n}"/>`).join("")}</sharedItems></cacheField>` +
  `<cacheField name="预算数" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="40" maxValue="120"/></cacheField></cacheFields></pivotCacheDefinition>`;

const PIVOT_RECORDS = `<pivotCacheRecords xmlns="${MAIN}" count="4">${BUDGETS.map(([, b], i) => `<r><x v="${i}"/><n v="${b}"/></r>`).join("")}</pivotCacheRecords>`;

export function structuredXlsx(): Buffer {
  return zip([
    [
      "[Content_Types].xml",
      contentTypes([
        ["/xl/workbook.xml", WORKBOOK_TYPE],
        ["/xl/worksheets/sheet1.xml", `${CT}.spreadsheetml.worksheet+xml`],
        ["/xl/styles.xml", `${CT}.spreadsheetml.styles+xml`],
        ["/xl/tables/table1.xml", `${CT}.spreadsheetml.table+xml`],
        ["/xl/pivotTables/pivotTable1.xml", `${CT}.spreadsheetml.pivotTable+xml`],
        ["/xl/pivotCache/pivotCacheDefinition1.xml", `${CT}.spreadsheetml.pivotCacheDefinition+xml`],
        ["/xl/pivotCache/pivotCacheRecords1.xml", `${CT}.spreadsheetml.pivotCacheRecords+xml`],
      ]),
    ],
    ["_rels/.rels", rels(["rId1", "officeDocument", "xl/workbook.xml"])],
    [
      "xl/workbook.xml",
      `<workbook xmlns="${MAIN}" xmlns:r="${R}"><bookViews><workbookView/></bookViews><sheets><sheet name="项目表" sheetId="1" r:id="rId1"/></sheets><definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">项目表!$A$2:$D$6</definedName></definedNames><calcPr calcId="191029"/><pivotCaches><pivotCache cacheId="1" r:id="rId3"/></pivotCaches></workbook>`,
    ],
    ["xl/_rels/workbook.xml.rels", rels(["rId1", "worksheet", "worksheets/sheet1.xml"], ["rId2", "styles", "styles.xml"], ["rId3", "pivotCacheDefinition", "pivotCache/pivotCacheDefinition1.xml"])],
    ["xl/worksheets/sheet1.xml", STRUCTURED_SHEET()],
    ["xl/worksheets/_rels/sheet1.xml.rels", rels(["rId1", "table", "../tables/table1.xml"], ["rId2", "pivotTable", "../pivotTables/pivotTable1.xml"])],
    ["xl/tables/table1.xml", TABLE],
    ["xl/pivotTables/pivotTable1.xml", PIVOT_TABLE],
    ["xl/pivotTables/_rels/pivotTable1.xml.rels", rels(["rId1", "pivotCacheDefinition", "../pivotCache/pivotCacheDefinition1.xml"])],
    ["xl/pivotCache/pivotCacheDefinition1.xml", PIVOT_CACHE],
    ["xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels", rels(["rId1", "pivotCacheRecords", "pivotCacheRecords1.xml"])],
    ["xl/pivotCache/pivotCacheRecords1.xml", PIVOT_RECORDS],
    ["xl/styles.xml", STYLES],
  ]);
}

// ------------------------------------------------------------------------------------------------
// template.xltx and openpyxl.xlsx share one small target table

function targetTableRows(): string {
  return (
    `<row r="1">${str("A1", "项目支出绩效目标表")}</row>` +
    `<row r="2">${str("A2", "项目名称")}${str("B2", "信访事项办理")}</row>` +
    `<row r="3">${str("A3", "预算数")}${num("B3", 120)}</row>` +
    `<row r="4">${str("A4", "财政资金")}${num("B4", 100)}</row>` +
    `<row r="5">${str("A5", "其他资金")}${num("B5", 30)}</row>`
  );
}

export function templateXltx(): Buffer {
  const sheet = `<worksheet xmlns="${MAIN}" xmlns:r="${R}"><dimension ref="A1:B5"/><sheetData>${targetTableRows()}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
  return zip([
    ["[Content_Types].xml", contentTypes([["/xl/workbook.xml", TEMPLATE_TYPE], ["/xl/worksheets/sheet1.xml", `${CT}.spreadsheetml.worksheet+xml`], ["/xl/styles.xml", `${CT}.spreadsheetml.styles+xml`]])],
    ["_rels/.rels", rels(["rId1", "officeDocument", "xl/workbook.xml"])],
    ["xl/workbook.xml", `<workbook xmlns="${MAIN}" xmlns:r="${R}"><bookViews><workbookView/></bookViews><sheets><sheet name="绩效目标表" sheetId="1" r:id="rId1"/></sheets><calcPr calcId="191029"/></workbook>`],
    ["xl/_rels/workbook.xml.rels", rels(["rId1", "worksheet", "worksheets/sheet1.xml"], ["rId2", "styles", "styles.xml"])],
    ["xl/worksheets/sheet1.xml", sheet],
    ["xl/styles.xml", STYLES],
  ]);
}

const OPENPYXL_COMMENTS = `<comments xmlns="${MAIN}"><authors><author>审核</author></authors><commentList><comment ref="B3" authorId="0" shapeId="0"><text><t>请核对预算数</t></text></comment><comment ref="D2" authorId="0" shapeId="0"><text><t>空单元格上的批注</t></text></comment></commentList></comments>`;

function openpyxlVml(): string {
  const shape = (row: number, col: number, n: number): string =>
    `<v:shape id="_x0000_s${String(1025 + n).padStart(4, "0")}" type="#_x0000_t202" style="position:absolute; margin-left:59.25pt;margin-top:1.5pt;width:108pt;height:59.25pt; z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    `<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"/></v:textbox>` +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`;
  return (
    `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>` +
    `<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>${shape(2, 1, 0)}${shape(1, 3, 1)}</xml>`
  );
}

const OPENPYXL_DRAWING =
  `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:oneCellAnchor><xdr:from><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="360000" cy="360000"/>` +
  `<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="1" name="Image 1"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill><a:blip xmlns:r="${R}" r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:prstGeom prst="rect"/></xdr:spPr></xdr:pic><xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>`;

export function openpyxlXlsx(): Buffer {
  const sheet = `<worksheet xmlns="${MAIN}"><sheetPr><outlinePr summaryBelow="1" summaryRight="1"/><pageSetUpPr/></sheetPr><dimension ref="A1:B5"/><sheetViews><sheetView workbookViewId="0"><selection activeCell="A1" sqref="A1"/></sheetView></sheetViews><sheetFormatPr baseColWidth="8" defaultRowHeight="15"/><sheetData>${targetTableRows()}</sheetData><pageMargins left="0.75" right="0.75" top="1" bottom="1" header="0.5" footer="0.5"/><drawing xmlns:r="${R}" r:id="rId1"/><legacyDrawing xmlns:r="${R}" r:id="anysvml"/></worksheet>`;
  return zip([
    ["docProps/app.xml", `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application><AppVersion>3.1</AppVersion></Properties>`],
    ["docProps/core.xml", `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>openpyxl</dc:creator></cp:coreProperties>`],
    ["xl/worksheets/sheet1.xml", sheet],
    ["xl/worksheets/_rels/sheet1.xml.rels", rels(["rId1", "drawing", "/xl/drawings/drawing1.xml"], ["comments", "comments", "/xl/comments/comment1.xml"], ["anysvml", "vmlDrawing", "/xl/drawings/commentsDrawing1.vml"])],
    ["xl/drawings/drawing1.xml", OPENPYXL_DRAWING],
    ["xl/drawings/_rels/drawing1.xml.rels", rels(["rId1", "image", "/xl/media/image1.png"])],
    ["xl/media/image1.png", redPng(5)],
    ["xl/comments/comment1.xml", OPENPYXL_COMMENTS],
    ["xl/drawings/commentsDrawing1.vml", openpyxlVml()],
    ["xl/styles.xml", STYLES],
    ["xl/workbook.xml", `<workbook xmlns="${MAIN}"><workbookPr/><workbookProtection/><bookViews><workbookView visibility="visible" minimized="0" showHorizontalScroll="1" showVerticalScroll="1" showSheetTabs="1" tabRatio="600" firstSheet="0" activeTab="0" autoFilterDateGrouping="1"/></bookViews><sheets><sheet xmlns:r="${R}" name="绩效目标表" sheetId="1" state="visible" r:id="rId1"/></sheets><definedNames/><calcPr calcId="124519" fullCalcOnLoad="1"/></workbook>`],
    ["xl/_rels/workbook.xml.rels", rels(["rId1", "worksheet", "/xl/worksheets/sheet1.xml"], ["rId2", "styles", "/xl/styles.xml"])],
    ["_rels/.rels", rels(["rId1", "officeDocument", "xl/workbook.xml"], ["rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"], ["rId3", "extended-properties", "docProps/app.xml"])],
    [
      "[Content_Types].xml",
      contentTypes(
        [
          ["/xl/workbook.xml", WORKBOOK_TYPE],
          ["/xl/worksheets/sheet1.xml", `${CT}.spreadsheetml.worksheet+xml`],
          ["/xl/styles.xml", `${CT}.spreadsheetml.styles+xml`],
          ["/xl/drawings/drawing1.xml", `${CT}.drawing+xml`],
          ["/xl/comments/comment1.xml", `${CT}.spreadsheetml.comments+xml`],
          ["/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"],
          ["/docProps/app.xml", `${CT}.extended-properties+xml`],
        ],
        [
          ["png", "image/png"],
          ["vml", `${CT}.vmlDrawing`],
        ],
      ),
    ],
  ]);
}

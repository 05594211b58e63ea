/**
 * A macro-enabled workbook written part by part, for what neither LibreOffice nor exceljs writes:
 * a VBA project, a chart, a pivot table with its cache, sparklines, t="d" cells, shared and array
 * formulas, a worksheet part not named sheetN.xml, structure protection, custom properties,
 * date1904="1", frozen panes, a hidden column, a tab colour and sheet-local names.
 */
import { writeZip } from "../../src/host/xlsx/zip";
import { redPng } from "./fods";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';

const PROJECT_SHEET =
  `<worksheet xmlns="${MAIN}" xmlns:r="${R}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" mc:Ignorable="x14ac">` +
  `<sheetPr codeName="Sheet1"><tabColor rgb="FF00B050"/><outlinePr summaryBelow="0"/></sheetPr><dimension ref="A1:F8"/>` +
  `<sheetViews><sheetView tabSelected="1" workbookViewId="0"><pane xSplit="1" ySplit="2" topLeftCell="B3" activePane="bottomRight" state="frozen"/><selection pane="bottomRight" activeCell="B3" sqref="B3"/></sheetView></sheetViews>` +
  `<sheetFormatPr defaultRowHeight="14.25" x14ac:dyDescent="0.2"/><cols><col min="1" max="1" width="20" customWidth="1"/><col min="6" max="6" width="9" hidden="1" customWidth="1"/></cols>` +
  `<sheetData>` +
  `<row r="1" spans="1:6"><c r="A1" s="1" t="inlineStr"><is><t>项目支出绩效目标表</t></is></c><c r="B1" s="1" t="inlineStr"><is><t>合并区域里的值</t></is></c></row>` +
  `<row r="2" spans="1:6"><c r="A2" t="inlineStr"><is><t>项目名称</t></is></c><c r="B2" t="inlineStr"><is><t>预算数</t></is></c><c r="C2" t="inlineStr"><is><t>财政资金</t></is></c><c r="D2" t="inlineStr"><is><t>完成日期</t></is></c><c r="E2" t="inlineStr"><is><t>趋势</t></is></c></row>` +
  `<row r="3" spans="1:6"><c r="A3" t="inlineStr"><is><t>信访事项办理</t></is></c><c r="B3" s="2"><v>120</v></c><c r="C3" s="2"><f t="shared" ref="C3:C5" si="0">B3*1</f><v>120</v></c><c r="D3" s="3" t="d"><v>2024-03-31T00:00:00</v></c><c r="F3"><v>1</v></c></row>` +
  `<row r="4" spans="1:6" outlineLevel="1"><c r="A4" t="inlineStr"><is><t>培训</t></is></c><c r="B4" s="2"><v>80</v></c><c r="C4" s="2"><f t="shared" si="0"/><v>80</v></c><c r="D4" s="3" t="d"><v>2024-06-30T00:00:00</v></c><c r="F4"><v>2</v></c></row>` +
  `<row r="5" spans="1:6" outlineLevel="1"><c r="A5" t="inlineStr"><is><t>宣传</t></is></c><c r="B5" s="2"><v>40</v></c><c r="C5" s="2"><f t="shared" si="0"/><v>40</v></c><c r="F5"><v>3</v></c></row>` +
  `<row r="6" spans="1:6"><c r="A6" t="inlineStr"><is><t>合计</t></is></c><c r="B6" s="2"><f>SUM(B3:B5)</f><v>240</v></c><c r="C6" s="2"><f t="array" ref="C6">SUM(C3:C5*1)</f><v>240</v></c><c r="D6"><f>本表预算+全局预算</f><v>360</v></c></row>` +
  `<row r="8" spans="1:6"><c r="A8" t="inlineStr"><is><t>备注</t></is></c></row>` +
  `</sheetData>` +
  `<sheetProtection sheet="0"/><mergeCells count="1"><mergeCell ref="A1:E1"/></mergeCells>` +
  `<conditionalFormatting sqref="B3:B5"><cfRule type="cellIs" dxfId="0" priority="1" operator="greaterThan"><formula>100</formula></cfRule></conditionalFormatting>` +
  `<dataValidations count="1"><dataValidation type="decimal" operator="greaterThanOrEqual" allowBlank="1" showErrorMessage="1" sqref="B3:B5"><formula1>0</formula1></dataValidation></dataValidations>` +
  `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
  `<headerFooter><oddHeader>&amp;C&amp;"宋体,加粗"绩效目标</oddHeader><oddFooter>&amp;P / &amp;N</oddFooter></headerFooter>` +
  `<drawing r:id="rId1"/>` +
  `<extLst><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:sparklineGroups xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">` +
  `<x14:sparklineGroup displayEmptyCellsAs="gap"><x14:colorSeries rgb="FF376092"/><x14:sparklines><x14:sparkline><xm:f>项目表!B3:C3</xm:f><xm:sqref>E3</xm:sqref></x14:sparkline><x14:sparkline><xm:f>项目表!B4:C4</xm:f><xm:sqref>E4</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup>` +
  `</x14:sparklineGroups></ext></extLst></worksheet>`;

const PIVOT_SHEET =
  `<worksheet xmlns="${MAIN}" xmlns:r="${R}"><dimension ref="A1:B4"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="14.25"/><sheetData>` +
  `<row r="1"><c r="A1" t="inlineStr"><is><t>行标签</t></is></c><c r="B1" t="inlineStr"><is><t>求和项:预算数</t></is></c></row>` +
  `<row r="2"><c r="A2" t="inlineStr"><is><t>培训</t></is></c><c r="B2"><v>80</v></c></row>` +
  `<row r="3"><c r="A3" t="inlineStr"><is><t>信访事项办理</t></is></c><c r="B3"><v>120</v></c></row>` +
  `<row r="4"><c r="A4" t="inlineStr"><is><t>总计</t></is></c><c r="B4"><v>200</v></c></row>` +
  `</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;

const PIVOT_TABLE =
  `<pivotTableDefinition xmlns="${MAIN}" name="数据透视表1" cacheId="1" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" dataCaption="值" updatedVersion="6" minRefreshableVersion="3" createdVersion="6" indent="0" outline="1" outlineData="1" multipleFieldFilters="0">` +
  `<location ref="A1:B4" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/>` +
  `<pivotFields count="2"><pivotField axis="axisRow" showAll="0"><items count="3"><item x="1"/><item x="0"/><item t="default"/></items></pivotField><pivotField dataField="1" showAll="0"/></pivotFields>` +
  `<rowFields count="1"><field x="0"/></rowFields><rowItems count="3"><i><x/></i><i><x v="1"/></i><i t="grand"><x/></i></rowItems><colItems count="1"><i/></colItems>` +
  `<dataFields count="1"><dataField name="求和项:预算数" fld="1" baseField="0" baseItem="0"/></dataFields></pivotTableDefinition>`;

const PIVOT_CACHE =
  `<pivotCacheDefinition xmlns="${MAIN}" xmlns:r="${R}" r:id="rId1" refreshedBy="审核" refreshedDate="45000" createdVersion="6" refreshedVersion="6" minRefreshableVersion="3" recordCount="2">` +
  `<cacheSource type="worksheet"><worksheetSource ref="A2:B4" sheet="项目表"/></cacheSource>` +
  `<cacheFields count="2"><cacheField name="项目名称" numFmtId="0"><sharedItems count="2"><s v="信访事项办理"/><s v="培训"/></sharedItems></cacheField>` +
  `<cacheField name="预算数" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="80" maxValue="120"/></cacheField></cacheFields></pivotCacheDefinition>`;

const PIVOT_RECORDS = `<pivotCacheRecords xmlns="${MAIN}" count="2"><r><x v="0"/><n v="120"/></r><r><x v="1"/><n v="80"/></r></pivotCacheRecords>`;

const DRAWING =
  `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${R}" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
  `<xdr:twoCellAnchor><xdr:from><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>12</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>12</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
  `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="图表 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
  `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>` +
  `<xdr:oneCellAnchor><xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>8</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="360000" cy="360000"/>` +
  `<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="3" name="图片 2"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rId2"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>`;

const CHART =
  `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${R}"><c:chart><c:autoTitleDeleted val="1"/><c:plotArea><c:layout/>` +
  `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/>` +
  `<c:cat><c:strRef><c:f>项目表!$A$3:$A$5</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>项目表!$B$3:$B$5</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="3"/><c:pt idx="0"><c:v>120</c:v></c:pt><c:pt idx="1"><c:v>80</c:v></c:pt><c:pt idx="2"><c:v>40</c:v></c:pt></c:numCache></c:numRef></c:val></c:ser>` +
  `<c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx>` +
  `<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`;

const STYLES =
  `<styleSheet xmlns="${MAIN}"><numFmts count="2"><numFmt numFmtId="176" formatCode="#,##0.00&quot;万元&quot;"/><numFmt numFmtId="177" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>` +
  `<fonts count="2"><font><sz val="11"/><name val="宋体"/><charset val="134"/></font><font><b/><sz val="14"/><name val="宋体"/><charset val="134"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"><alignment horizontal="center"/></xf>` +
  `<xf numFmtId="176" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="177" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles><dxfs count="1"><dxf><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf></dxfs></styleSheet>`;

const WORKBOOK =
  `<workbook xmlns="${MAIN}" xmlns:r="${R}"><fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/><workbookPr codeName="ThisWorkbook" date1904="1"/>` +
  `<workbookProtection lockStructure="1"/><bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews>` +
  `<sheets><sheet name="项目表" sheetId="1" r:id="rId1"/><sheet name="透视" sheetId="3" r:id="rId2"/></sheets>` +
  `<definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">项目表!$A$1:$E$8</definedName><definedName name="_xlnm.Print_Titles" localSheetId="0">项目表!$2:$2</definedName>` +
  `<definedName name="本表预算" localSheetId="0">项目表!$B$3</definedName><definedName name="本表预算" localSheetId="1">透视!$B$4</definedName><definedName name="全局预算">项目表!$B$6</definedName></definedNames>` +
  `<calcPr calcId="191029"/><pivotCaches><pivotCache cacheId="1" r:id="rId5"/></pivotCaches></workbook>`;

const CONTENT_TYPES =
  `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default Extension="png" ContentType="image/png"/>` +
  `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
  `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/>` +
  `<Override PartName="/xl/worksheets/project-table.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
  `<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
  `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
  `<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>` +
  `<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>` +
  `<Override PartName="/xl/pivotTables/pivotTable1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml"/>` +
  `<Override PartName="/xl/pivotCache/pivotCacheDefinition1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml"/>` +
  `<Override PartName="/xl/pivotCache/pivotCacheRecords1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml"/>` +
  `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
  `<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>` +
  `<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>`;

function rels(...items: readonly [string, string, string][]): string {
  return `<Relationships xmlns="${PKG}">${items.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`).join("")}</Relationships>`;
}

/** Not a real VBA project: its bytes only have to come through unchanged. */
function fakeVbaProject(): Buffer {
  const out = Buffer.alloc(1536);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(out);
  for (let i = 8; i < out.length; i++) out[i] = (i * 31) & 0xff;
  return out;
}

export function handmadeXlsm(): Buffer {
  const parts: [string, string | Buffer][] = [
    ["[Content_Types].xml", CONTENT_TYPES],
    ["_rels/.rels", rels(["rId1", `${R}/officeDocument`, "xl/workbook.xml"], ["rId2", `${PKG}/metadata/core-properties`, "docProps/core.xml"], ["rId3", `${R}/extended-properties`, "docProps/app.xml"], ["rId4", `${R}/custom-properties`, "docProps/custom.xml"])],
    ["xl/workbook.xml", WORKBOOK],
    [
      "xl/_rels/workbook.xml.rels",
      rels(
        ["rId1", `${R}/worksheet`, "worksheets/project-table.xml"],
        ["rId2", `${R}/worksheet`, "worksheets/sheet2.xml"],
        ["rId3", `${R}/styles`, "styles.xml"],
        ["rId4", "http://schemas.microsoft.com/office/2006/relationships/vbaProject", "vbaProject.bin"],
        ["rId5", `${R}/pivotCacheDefinition`, "pivotCache/pivotCacheDefinition1.xml"],
      ),
    ],
    ["xl/worksheets/project-table.xml", PROJECT_SHEET],
    ["xl/worksheets/_rels/project-table.xml.rels", rels(["rId1", `${R}/drawing`, "../drawings/drawing1.xml"])],
    ["xl/worksheets/sheet2.xml", PIVOT_SHEET],
    ["xl/worksheets/_rels/sheet2.xml.rels", rels(["rId1", `${R}/pivotTable`, "../pivotTables/pivotTable1.xml"])],
    ["xl/pivotTables/pivotTable1.xml", PIVOT_TABLE],
    ["xl/pivotTables/_rels/pivotTable1.xml.rels", rels(["rId1", `${R}/pivotCacheDefinition`, "../pivotCache/pivotCacheDefinition1.xml"])],
    ["xl/pivotCache/pivotCacheDefinition1.xml", PIVOT_CACHE],
    ["xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels", rels(["rId1", `${R}/pivotCacheRecords`, "pivotCacheRecords1.xml"])],
    ["xl/pivotCache/pivotCacheRecords1.xml", PIVOT_RECORDS],
    ["xl/drawings/drawing1.xml", DRAWING],
    ["xl/drawings/_rels/drawing1.xml.rels", rels(["rId1", `${R}/chart`, "../charts/chart1.xml"], ["rId2", `${R}/image`, "../media/image1.png"])],
    ["xl/charts/chart1.xml", CHART],
    ["xl/media/image1.png", redPng(8)],
    ["xl/styles.xml", STYLES],
    ["xl/vbaProject.bin", fakeVbaProject()],
    [
      "docProps/core.xml",
      `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>审核</dc:creator></cp:coreProperties>`,
    ],
    ["docProps/app.xml", `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application></Properties>`],
    [
      "docProps/custom.xml",
      `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="预算单位"><vt:lpwstr>某局</vt:lpwstr></property></Properties>`,
    ],
  ];
  return writeZip(parts.map(([name, data]) => ({ name, data: typeof data === "string" ? Buffer.from(HEAD + data, "utf8") : data })));
}

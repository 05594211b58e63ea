/**
 * The flat OpenDocument spreadsheet LibreOffice converts into test/fixtures/writer/libreoffice.xlsx:
 * one sheet in the shape of a target table with most of what a budget officer's workbook carries
 * (merged title with a value in a covered cell, notes on empty and filled cells, links out and in,
 * a list validation, a conditional format, global and sheet-local names, frozen panes, print area
 * and titles, a row outline, a hidden column, a tab colour, a custom number format, header and
 * footer, an image, structure protection, a custom property, the 1904 date system).
 */

import { deflateSync } from "node:zlib";
import { crc32 } from "../../src/host/xlsx/zip";

/** A small red PNG, made here so the fixture carries a real image. */
export function redPng(size = 4): Buffer {
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const head = Buffer.alloc(4);
    head.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([head, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(size * 3, Buffer.from([0xc0, 0, 0]))]);
  const pixels = Buffer.concat(Array.from({ length: size }, () => row));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", ihdr), chunk("IDAT", deflateSync(pixels)), chunk("IEND", Buffer.alloc(0))]);
}

const NS = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
  'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"',
  'xmlns:xlink="http://www.w3.org/1999/xlink"',
  'xmlns:dc="http://purl.org/dc/elements/1.1/"',
  'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"',
  'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0"',
  'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"',
  'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"',
  'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"',
  'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"',
  'xmlns:tableooo="http://openoffice.org/2009/table"',
].join(" ");

function text(value: string): string {
  return `<table:table-cell office:value-type="string" calcext:value-type="string"><text:p>${value}</text:p></table:table-cell>`;
}

function num(value: number, style = ""): string {
  return `<table:table-cell${style ? ` table:style-name="${style}"` : ""} office:value-type="float" office:value="${value}" calcext:value-type="float"><text:p>${value}</text:p></table:table-cell>`;
}

function formula(f: string, value: number): string {
  return `<table:table-cell table:formula="of:=${f}" office:value-type="float" office:value="${value}" calcext:value-type="float"><text:p>${value}</text:p></table:table-cell>`;
}

function note(body: string): string {
  return `<office:annotation><dc:creator>审核</dc:creator><text:p>${body}</text:p></office:annotation>`;
}

const EMPTY = "<table:table-cell/>";

function config(name: string, type: string, value: string | number): string {
  return `<config:config-item config:name="${name}" config:type="${type}">${value}</config:config-item>`;
}

export function fixtureFods(): string {
  const rows = [
    // 1: merged title; B1 is covered but holds a value of its own.
    `<table:table-row><table:table-cell table:number-columns-spanned="4" table:number-rows-spanned="1" office:value-type="string" calcext:value-type="string"><text:p>项目支出绩效目标表</text:p></table:table-cell>` +
      `<table:covered-table-cell office:value-type="string" calcext:value-type="string"><text:p>遮住的值</text:p></table:covered-table-cell><table:covered-table-cell/><table:covered-table-cell/>${EMPTY}</table:table-row>`,
    // 2: the header row (print titles).
    `<table:table-row>${text("项目名称")}${text("预算数")}${text("日期")}${text("是否完成")}${text("隐藏列")}</table:table-row>`,
    `<table:table-row>${text("信访事项办理")}${num(120, "ce_money")}<table:table-cell table:style-name="ce_date" office:value-type="date" office:date-value="2024-03-31" calcext:value-type="date"><text:p>2024-03-31</text:p></table:table-cell>${text("是")}${num(1)}</table:table-row>`,
    // 4: a note on a filled cell and one on an empty cell.
    `<table:table-row>${text("培训")}<table:table-cell table:style-name="ce_money" office:value-type="float" office:value="80" calcext:value-type="float">${note("原有批注")}<text:p>80</text:p></table:table-cell>${EMPTY}<table:table-cell>${note("空单元格上的批注")}</table:table-cell>${num(2)}</table:table-row>`,
    `<table:table-row>${text("合计")}${formula("SUM([.B3:.B4])", 200)}${formula("本表预算", 120)}${formula("SUM(预算合计)", 200)}${num(3)}</table:table-row>`,
    // 6–7: grouped rows (outline).
    `<table:table-row-group><table:table-row>${text("明细一")}${num(10)}${EMPTY}${EMPTY}${EMPTY}</table:table-row><table:table-row>${text("明细二")}${num(20)}${EMPTY}${EMPTY}${EMPTY}</table:table-row></table:table-row-group>`,
    `<table:table-row><table:table-cell office:value-type="string" calcext:value-type="string"><text:p><text:a xlink:href="https://example.org/policy" xlink:type="simple">政策依据</text:a></text:p></table:table-cell>` +
      `<table:table-cell office:value-type="string" calcext:value-type="string"><text:p><text:a xlink:href="#数据.A1" xlink:type="simple">去数据表</text:a></text:p></table:table-cell>` +
      `<table:table-cell><draw:frame draw:z-index="0" draw:name="图片1" svg:width="1cm" svg:height="1cm" svg:x="0cm" svg:y="0cm"><draw:image><office:binary-data>${redPng().toString("base64")}</office:binary-data></draw:image></draw:frame></table:table-cell>${EMPTY}${EMPTY}</table:table-row>`,
  ];
  const dataRows = [
    `<table:table-row>${text("数据")}${num(120)}</table:table-row>`,
    `<table:table-row>${text("培训")}${num(80)}</table:table-row>`,
    `<table:table-row>${text("本表")}${num(999)}</table:table-row>`,
  ];
  const tableSettings = (name: string, frozen: boolean): string =>
    `<config:config-item-map-entry config:name="${name}">` +
    (frozen
      ? config("HorizontalSplitMode", "short", 2) +
        config("VerticalSplitMode", "short", 2) +
        config("HorizontalSplitPosition", "int", 1) +
        config("VerticalSplitPosition", "int", 2) +
        config("ActiveSplitRange", "short", 2) +
        config("PositionLeft", "int", 0) +
        config("PositionRight", "int", 1) +
        config("PositionTop", "int", 0) +
        config("PositionBottom", "int", 2)
      : "") +
    `</config:config-item-map-entry>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document ${NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:meta><meta:user-defined meta:name="审核人" meta:value-type="string">张三</meta:user-defined></office:meta>
<office:settings><config:config-item-set config:name="ooo:view-settings"><config:config-item-map-indexed config:name="Views"><config:config-item-map-entry>${config("ViewId", "string", "view1")}<config:config-item-map-named config:name="Tables">${tableSettings("项目表", true)}${tableSettings("数据", false)}</config:config-item-map-named>${config("ActiveTable", "string", "项目表")}</config:config-item-map-entry></config:config-item-map-indexed></config:config-item-set></office:settings>
<office:styles>
<style:style style:name="Default" style:family="table-cell"/>
<style:style style:name="超支" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:background-color="#ffcccc"/></style:style>
</office:styles>
<office:automatic-styles>
<number:number-style style:name="N_money"><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/><number:text> 万元</number:text></number:number-style>
<number:date-style style:name="N_date"><number:year number:style="long"/><number:text>年</number:text><number:month/><number:text>月</number:text><number:day/><number:text>日</number:text></number:date-style>
<style:style style:name="ce_money" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N_money"/>
<style:style style:name="ce_date" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N_date"/>
<style:style style:name="ta1" style:family="table" style:master-page-name="mp1"><style:table-properties table:display="true" tableooo:tab-color="#c00000"/></style:style>
<style:style style:name="ta2" style:family="table" style:master-page-name="mp1"><style:table-properties table:display="true"/></style:style>
<style:style style:name="co1" style:family="table-column"><style:table-column-properties style:column-width="3cm"/></style:style>
<style:page-layout style:name="pm1"><style:page-layout-properties style:print-orientation="landscape"/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="mp1" style:page-layout-name="pm1"><style:header><text:p>绩效目标表 页眉</text:p></style:header><style:footer><text:p>第 <text:page-number>1</text:page-number> 页</text:p></style:footer></style:master-page></office:master-styles>
<office:body><office:spreadsheet table:structure-protected="true">
<table:calculation-settings><table:null-date table:date-value="1904-01-01"/></table:calculation-settings>
<table:content-validations><table:content-validation table:name="val1" table:condition="of:cell-content-is-in-list(&quot;是&quot;;&quot;否&quot;)" table:allow-empty-cell="true" table:base-cell-address="项目表.D3"/></table:content-validations>
<table:table table:name="项目表" table:style-name="ta1" table:print-ranges="$项目表.$A$1:.$E$8">
<table:table-column table:style-name="co1" table:number-columns-repeated="4"/><table:table-column table:style-name="co1" table:visibility="collapse"/>
${rows[0]}
<table:table-header-rows>${rows[1]}</table:table-header-rows>
${rows[2]!.replace(`${text("是")}`, `<table:table-cell table:content-validation-name="val1" office:value-type="string" calcext:value-type="string"><text:p>是</text:p></table:table-cell>`)}
${rows.slice(3).join("\n")}
<calcext:conditional-formats><calcext:conditional-format calcext:target-range-address="项目表.B3:项目表.B7"><calcext:condition calcext:apply-style-name="超支" calcext:value="&gt;100" calcext:base-cell-address="项目表.B3"/></calcext:conditional-format></calcext:conditional-formats>
<table:named-expressions><table:named-range table:name="本表预算" table:base-cell-address="$项目表.$A$1" table:cell-range-address="$项目表.$B$3"/></table:named-expressions>
</table:table>
<table:table table:name="数据" table:style-name="ta2">
<table:table-column table:number-columns-repeated="2"/>
${dataRows.join("\n")}
<table:named-expressions><table:named-range table:name="本表预算" table:base-cell-address="$数据.$A$1" table:cell-range-address="$数据.$B$3"/></table:named-expressions>
</table:table>
<table:named-expressions><table:named-range table:name="预算合计" table:base-cell-address="$数据.$A$1" table:cell-range-address="$数据.$B$1:.$B$2"/></table:named-expressions>
</office:spreadsheet></office:body></office:document>
`;
}

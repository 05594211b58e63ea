/**
 * Bad and huge inputs, built byte by byte without the code under test: a minimal zip writer
 * (deflate from node:zlib, a table CRC-32), minimal xlsx packages around hand-written sheet XML,
 * and a minimal OLE compound file holding an EncryptedPackage stream, as Excel saves a workbook
 * with an open password.
 */
import { deflateRawSync } from "node:zlib";

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A zip archive of deflated entries (no ZIP64: every entry and the archive stay under 4 GB). */
export function zip(entries: readonly { readonly name: string; readonly data: Buffer }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name, "utf8");
    const packed = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(0, 10); // time, date
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(0, 12);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A one-sheet xlsx package: the parts Excel needs, with `sheetXml` as xl/worksheets/sheet1.xml. */
export function xlsxPackage(sheetName: string, sheetXml: Buffer): Buffer {
  const text = (s: string): Buffer => Buffer.from(XML_HEAD + s, "utf8");
  return zip([
    {
      name: "[Content_Types].xml",
      data: text(
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
          '<Default Extension="xml" ContentType="application/xml"/>' +
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
          "</Types>",
      ),
    },
    {
      name: "_rels/.rels",
      data: text(`<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    },
    {
      name: "xl/workbook.xml",
      data: text(`<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets><sheet name="${sheetName}" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: text(`<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`),
    },
    { name: "xl/worksheets/sheet1.xml", data: sheetXml },
  ]);
}

/** A sheet that declares `ref` as its used range in <dimension> but holds only a title in A1. */
export function declaredOnlySheet(ref: string): Buffer {
  return Buffer.from(
    `${XML_HEAD}<worksheet xmlns="${MAIN_NS}"><dimension ref="${ref}"/><sheetData>` +
      '<row r="1"><c r="A1" t="inlineStr"><is><t>项目支出绩效目标表</t></is></c></row>' +
      "</sheetData></worksheet>",
    "utf8",
  );
}

/** A sheet of `rows` real rows, one small number each, written in chunks (no <dimension>: the reader must find out by itself). */
export function manyRowsSheet(rows: number): Buffer {
  const chunks: Buffer[] = [Buffer.from(`${XML_HEAD}<worksheet xmlns="${MAIN_NS}"><sheetData>`, "utf8")];
  const CHUNK = 50_000;
  for (let start = 1; start <= rows; start += CHUNK) {
    let xml = "";
    for (let r = start; r < Math.min(rows + 1, start + CHUNK); r++) xml += `<row r="${r}"><c r="A${r}"><v>${r % 10}</v></c></row>`;
    chunks.push(Buffer.from(xml, "utf8"));
  }
  chunks.push(Buffer.from("</sheetData></worksheet>", "utf8"));
  return Buffer.concat(chunks);
}

const SECTOR = 512;
const FREESECT = 0xffffffff;
const ENDOFCHAIN = 0xfffffffe;
const FATSECT = 0xfffffffd;
const NOSTREAM = 0xffffffff;

/**
 * A minimal but well-formed compound file (CFB version 3, 512-byte sectors) with the two streams
 * of an encrypted OOXML package: EncryptionInfo (agile, version 4.4) and EncryptedPackage
 * (an 8-byte plain size, then ciphertext; here random-looking bytes). Both are 4,096 bytes, so
 * they live in regular sectors and no mini stream is needed.
 */
export function encryptedPackage(): Buffer {
  const streamSectors = 8; // 4,096 bytes each
  const infoStart = 2;
  const packageStart = infoStart + streamSectors;
  const sectors = 2 + 2 * streamSectors;

  const header = Buffer.alloc(SECTOR);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 24); // minor version
  header.writeUInt16LE(0x0003, 26); // major version 3
  header.writeUInt16LE(0xfffe, 28); // little-endian
  header.writeUInt16LE(9, 30); // 512-byte sectors
  header.writeUInt16LE(6, 32); // 64-byte mini sectors
  header.writeUInt32LE(0, 40); // directory sectors (0 in version 3)
  header.writeUInt32LE(1, 44); // FAT sectors
  header.writeUInt32LE(1, 48); // first directory sector
  header.writeUInt32LE(0, 52); // transaction signature
  header.writeUInt32LE(4096, 56); // mini stream cutoff
  header.writeUInt32LE(ENDOFCHAIN, 60); // first mini FAT sector
  header.writeUInt32LE(0, 64); // mini FAT sectors
  header.writeUInt32LE(ENDOFCHAIN, 68); // first DIFAT sector
  header.writeUInt32LE(0, 72); // DIFAT sectors
  header.writeUInt32LE(0, 76); // DIFAT[0]: the FAT is sector 0
  for (let i = 1; i < 109; i++) header.writeUInt32LE(FREESECT, 76 + 4 * i);

  const fat = Buffer.alloc(SECTOR, 0xff);
  fat.writeUInt32LE(FATSECT, 0);
  fat.writeUInt32LE(ENDOFCHAIN, 4);
  for (const start of [infoStart, packageStart]) {
    for (let s = start; s < start + streamSectors; s++) fat.writeUInt32LE(s === start + streamSectors - 1 ? ENDOFCHAIN : s + 1, 4 * s);
  }

  const directory = Buffer.alloc(SECTOR);
  const entry = (index: number, name: string, type: number, left: number, right: number, child: number, start: number, size: number): void => {
    const at = index * 128;
    const nameBytes = Buffer.from(`${name}\u0000`, "utf16le");
    nameBytes.copy(directory, at);
    directory.writeUInt16LE(nameBytes.length, at + 64);
    directory.writeUInt8(type, at + 66);
    directory.writeUInt8(1, at + 67); // black
    directory.writeUInt32LE(left, at + 68);
    directory.writeUInt32LE(right, at + 72);
    directory.writeUInt32LE(child, at + 76);
    directory.writeUInt32LE(start, at + 116);
    directory.writeUInt32LE(size, at + 120);
  };
  entry(0, "Root Entry", 5, NOSTREAM, NOSTREAM, 1, ENDOFCHAIN, 0);
  // Siblings sort by name length first: EncryptionInfo (14) before EncryptedPackage (16).
  entry(1, "EncryptionInfo", 2, NOSTREAM, 2, NOSTREAM, infoStart, streamSectors * SECTOR);
  entry(2, "EncryptedPackage", 2, NOSTREAM, NOSTREAM, NOSTREAM, packageStart, streamSectors * SECTOR);
  for (let i = 3; i < 4; i++) {
    directory.writeUInt32LE(NOSTREAM, i * 128 + 68);
    directory.writeUInt32LE(NOSTREAM, i * 128 + 72);
    directory.writeUInt32LE(NOSTREAM, i * 128 + 76);
  }

  const info = Buffer.alloc(streamSectors * SECTOR);
  info.writeUInt16LE(4, 0);
  info.writeUInt16LE(4, 2);
  info.writeUInt32LE(0x40, 4);
  Buffer.from('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><encryption xmlns="http://schemas.microsoft.com/office/2006/encryption"/>', "utf8").copy(info, 8);
  const encrypted = Buffer.alloc(streamSectors * SECTOR);
  encrypted.writeUInt32LE(3000, 0);
  let x = 0x2545f491;
  for (let i = 8; i < encrypted.length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    encrypted[i] = x >>> 24;
  }
  const body = Buffer.concat([fat, directory, info, encrypted]);
  if (body.length !== sectors * SECTOR) throw new Error("compound file layout is off");
  return Buffer.concat([header, body]);
}

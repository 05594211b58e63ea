import { crc32, readCentralDirectory, readEntry, readEntryPrefix, rewriteZip, writeZip } from "../../../src/host/xlsx/zip";
import type { ZipEntry } from "../../../src/host/xlsx/zip";

function entries(zip: Buffer): readonly ZipEntry[] {
  const directory = readCentralDirectory(zip);
  if (directory.status !== "ok") throw new Error(directory.status);
  return directory.entries;
}

describe("zip", () => {
  it("computes the standard CRC-32", () => {
    expect(crc32(Buffer.from("123456789"))).toBe(0xcbf43926);
    expect(crc32(Buffer.alloc(0))).toBe(0);
  });

  it("reads back what it writes, names in UTF-8", () => {
    const zip = writeZip([
      { name: "a.txt", data: Buffer.from("hello") },
      { name: "目录/表.xml", data: Buffer.from("<x>绩效</x>") },
      { name: "empty", data: Buffer.alloc(0) },
    ]);
    const list = entries(zip);
    expect(list.map((e) => e.name)).toEqual(["a.txt", "目录/表.xml", "empty"]);
    expect(list.map((e) => readEntry(zip, e).toString("utf8"))).toEqual(["hello", "<x>绩效</x>", ""]);
    expect(list[1]!.crc32).toBe(crc32(Buffer.from("<x>绩效</x>")));
  });

  it("tells a missing end record from a damaged central directory", () => {
    const zip = writeZip([{ name: "a", data: Buffer.from("x") }]);
    expect(readCentralDirectory(zip.subarray(0, zip.length - 5)).status).toBe("no-eocd");
    expect(readCentralDirectory(Buffer.alloc(10)).status).toBe("no-eocd");
    const damaged = Buffer.from(zip);
    damaged.writeUInt32LE(0xdeadbeef, damaged.length - 22 + 16);
    expect(readCentralDirectory(damaged).status).toBe("corrupt");
  });

  it("inflates only a prefix of a large entry", () => {
    const big = Buffer.from(`<worksheet><dimension ref="A1:C3"/>${"<row/>".repeat(2_000_000)}</worksheet>`);
    const zip = writeZip([{ name: "s.xml", data: big }]);
    const head = readEntryPrefix(zip, entries(zip)[0]!, 100).toString("utf8");
    expect(head).toBe(big.subarray(0, 100).toString("utf8"));
  });

  it("rewrites chosen entries and copies the rest untouched", () => {
    const original = writeZip([
      { name: "keep.xml", data: Buffer.from("<keep/>") },
      { name: "edit.xml", data: Buffer.from("<old/>") },
    ]);
    const rewritten = rewriteZip(original, (name, read) => (name === "edit.xml" ? Buffer.from(read().toString().replace("old", "new")) : undefined));
    const list = entries(rewritten);
    expect(list.map((e) => [e.name, readEntry(rewritten, e).toString()])).toEqual([
      ["keep.xml", "<keep/>"],
      ["edit.xml", "<new/>"],
    ]);
    const keptBefore = entries(original)[0]!;
    expect(list[0]!.crc32).toBe(keptBefore.crc32);
    expect(list[0]!.compressedSize).toBe(keptBefore.compressedSize);
  });

  it("reads stored (uncompressed) entries too", () => {
    // A stored entry written by hand: local header, data, central header, end record.
    const name = Buffer.from("s.txt");
    const data = Buffer.from("plain");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(1, 8);
    end.writeUInt16LE(1, 10);
    end.writeUInt32LE(central.length + name.length, 12);
    end.writeUInt32LE(local.length + name.length + data.length, 16);
    const zip = Buffer.concat([local, name, data, central, name, end]);
    const [entry] = entries(zip);
    expect(readEntry(zip, entry!).toString()).toBe("plain");
    expect(readEntryPrefix(zip, entry!, 3).toString()).toBe("pla");
  });
});

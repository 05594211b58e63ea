import * as zlib from "node:zlib";
import { constants as zlibConstants, deflateRawSync, inflateRawSync } from "node:zlib";

/**
 * The ZIP layer under every xlsx reader and writer: the central directory (ZIP64 end records read),
 * parts inflated with output limits (per part and per package, never past the declared size), and
 * packages written by copying untouched entries still compressed and deflating only the replaced
 * or added ones (package/opc.ts builds on this). Not a general archiver: ZIP64 is never written;
 * no encryption, no spanning.
 */

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const ZIP64_END_OF_CENTRAL_DIRECTORY = 0x06064b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_LOCATOR_LENGTH = 20;
const ZIP64_EXTRA = 0x0001;
const EOCD_MIN_LENGTH = 22;
const MAX_COMMENT_LENGTH = 0xffff;
const FLAG_UTF8 = 0x0800;

export const METHOD_STORED = 0;
export const METHOD_DEFLATED = 8;

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly dosTime: number;
  readonly dosDate: number;
  readonly localHeaderOffset: number;
}

export type CentralDirectory =
  | { readonly status: "ok"; readonly entries: readonly ZipEntry[] }
  /** No end-of-central-directory record: the tail of the file is missing. */
  | { readonly status: "no-eocd" }
  /** Something this reader does not handle (ZIP64) or offsets that point outside the file. */
  | { readonly status: "unsupported" | "corrupt"; readonly reason: string };

export function startsWithZipLocalHeader(buf: Uint8Array): boolean {
  return buf.length >= 4 && buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 0x03 && buf[3] === 0x04;
}

function findEndOfCentralDirectory(buf: Buffer): number {
  const last = buf.length - EOCD_MIN_LENGTH;
  const first = Math.max(0, last - MAX_COMMENT_LENGTH);
  for (let i = last; i >= first; i--) {
    if (buf.readUInt32LE(i) === END_OF_CENTRAL_DIRECTORY) return i;
  }
  return -1;
}

/** Where the central directory is and how many entries it has, from the (ZIP64) end records. */
function directoryLocation(buf: Buffer, eocd: number): { count: number; size: number; offset: number } | { error: string } {
  const count = buf.readUInt16LE(eocd + 10);
  const size = buf.readUInt32LE(eocd + 12);
  const offset = buf.readUInt32LE(eocd + 16);
  if (count !== 0xffff && size !== 0xffffffff && offset !== 0xffffffff) return { count, size, offset };
  const locator = eocd - ZIP64_LOCATOR_LENGTH;
  if (locator < 0 || buf.readUInt32LE(locator) !== ZIP64_LOCATOR) return { error: "ZIP64 end record missing" };
  const record = safeNumber(buf.readBigUInt64LE(locator + 8));
  if (record === null || record + 56 > locator || buf.readUInt32LE(record) !== ZIP64_END_OF_CENTRAL_DIRECTORY) return { error: "ZIP64 end record damaged" };
  const count64 = safeNumber(buf.readBigUInt64LE(record + 32));
  const size64 = safeNumber(buf.readBigUInt64LE(record + 40));
  const offset64 = safeNumber(buf.readBigUInt64LE(record + 48));
  if (count64 === null || size64 === null || offset64 === null) return { error: "ZIP64 end record damaged" };
  return { count: count64, size: size64, offset: offset64 };
}

function safeNumber(n: bigint): number | null {
  return n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : null;
}

/** The 64-bit sizes and offset of a ZIP64 entry, from its extra field (only the fields set to 0xFFFFFFFF are there). */
function zip64Fields(extra: Buffer, fields: { uncompressed: boolean; compressed: boolean; offset: boolean }): { uncompressed?: number; compressed?: number; offset?: number } | null {
  for (let p = 0; p + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(p);
    const length = extra.readUInt16LE(p + 2);
    if (id === ZIP64_EXTRA) {
      const out: { uncompressed?: number; compressed?: number; offset?: number } = {};
      let q = p + 4;
      const end = Math.min(extra.length, q + length);
      for (const field of ["uncompressed", "compressed", "offset"] as const) {
        if (!fields[field]) continue;
        if (q + 8 > end) return null;
        const value = safeNumber(extra.readBigUInt64LE(q));
        if (value === null) return null;
        out[field] = value;
        q += 8;
      }
      return out;
    }
    p += 4 + length;
  }
  return null;
}

export function readCentralDirectory(buf: Buffer): CentralDirectory {
  if (buf.length < EOCD_MIN_LENGTH) return { status: "no-eocd" };
  const eocd = findEndOfCentralDirectory(buf);
  if (eocd < 0) return { status: "no-eocd" };

  const location = directoryLocation(buf, eocd);
  if ("error" in location) return { status: "corrupt", reason: location.error };
  const { count, size, offset } = location;
  if (offset + size > eocd) return { status: "corrupt", reason: "central directory lies outside the file" };
  // Each entry takes at least 46 bytes: a count the directory cannot hold is a lie.
  if (count * 46 > size) return { status: "corrupt", reason: `central directory too small for ${count} entries` };

  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || buf.readUInt32LE(p) !== CENTRAL_HEADER) {
      return { status: "corrupt", reason: `central directory entry ${i} is damaged` };
    }
    const flags = buf.readUInt16LE(p + 8);
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    const nameBytes = buf.subarray(p + 46, p + 46 + nameLength);
    let compressedSize = buf.readUInt32LE(p + 20);
    let uncompressedSize = buf.readUInt32LE(p + 24);
    let localHeaderOffset = buf.readUInt32LE(p + 42);
    const name = nameBytes.toString(flags & FLAG_UTF8 ? "utf8" : "latin1");
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
      const extra = buf.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength);
      const wide = zip64Fields(extra, { uncompressed: uncompressedSize === 0xffffffff, compressed: compressedSize === 0xffffffff, offset: localHeaderOffset === 0xffffffff });
      if (wide === null) return { status: "corrupt", reason: `entry ${name}: ZIP64 extra field damaged` };
      uncompressedSize = wide.uncompressed ?? uncompressedSize;
      compressedSize = wide.compressed ?? compressedSize;
      localHeaderOffset = wide.offset ?? localHeaderOffset;
    }
    const entry: ZipEntry = {
      name,
      flags,
      method: buf.readUInt16LE(p + 10),
      dosTime: buf.readUInt16LE(p + 12),
      dosDate: buf.readUInt16LE(p + 14),
      crc32: buf.readUInt32LE(p + 16),
      compressedSize,
      uncompressedSize,
      localHeaderOffset,
    };
    if (entry.localHeaderOffset + 30 > buf.length) {
      return { status: "corrupt", reason: `entry ${entry.name} points outside the file` };
    }
    entries.push(entry);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return { status: "ok", entries };
}

/** The entry's bytes as stored (still compressed). */
export function rawEntryData(buf: Buffer, entry: ZipEntry): Buffer {
  const p = entry.localHeaderOffset;
  if (buf.readUInt32LE(p) !== LOCAL_HEADER) throw new Error(`zip entry ${entry.name}: bad local header`);
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  const end = start + entry.compressedSize;
  if (end > buf.length) throw new Error(`zip entry ${entry.name}: data runs past the end of the file`);
  return buf.subarray(start, end);
}

/** Largest part inflated, whatever the directory says it holds. */
export const MAX_PART_BYTES = 128 * 1024 * 1024;
/** Most bytes inflated from one package, all parts together. */
export const MAX_PACKAGE_BYTES = 384 * 1024 * 1024;

/** A part larger than the limits allow (by what it declares or what it turned out to hold). */
export class ZipLimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ZipLimitError";
  }
}

/** How many bytes one package may still inflate, shared by every read of its parts. */
export class InflateBudget {
  constructor(public remaining: number = MAX_PACKAGE_BYTES) {}
}

export interface ReadEntryOptions {
  /** Refuse the part beyond this many bytes; MAX_PART_BYTES unless given. */
  readonly maxBytes?: number;
  readonly budget?: InflateBudget;
}

/**
 * The entry's bytes, inflated with an output limit: never more than it declares (a part that holds
 * more is damaged), never more than the per-part limit or what the package budget has left.
 */
export function readEntry(buf: Buffer, entry: ZipEntry, options: ReadEntryOptions = {}): Buffer {
  const limit = Math.min(options.maxBytes ?? MAX_PART_BYTES, options.budget?.remaining ?? Infinity);
  if (entry.uncompressedSize > limit) throw new ZipLimitError(`zip entry ${entry.name} declares ${entry.uncompressedSize} bytes (limit ${limit})`);
  const raw = rawEntryData(buf, entry);
  let data: Buffer;
  if (entry.method === METHOD_STORED) {
    data = raw;
  } else if (entry.method === METHOD_DEFLATED) {
    try {
      data = inflateRawSync(raw, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") throw new Error(`zip entry ${entry.name} holds more than the ${entry.uncompressedSize} bytes it declares`);
      throw err;
    }
  } else {
    throw new Error(`zip entry ${entry.name}: unsupported compression method ${entry.method}`);
  }
  if (data.length !== entry.uncompressedSize) throw new Error(`zip entry ${entry.name}: ${data.length} bytes, the zip says ${entry.uncompressedSize}`);
  if (options.budget) options.budget.remaining -= data.length;
  return data;
}

/**
 * The first bytes of an entry, inflating only a bounded slice of its compressed data so a
 * huge (or hostile) part costs next to nothing. May return fewer than `maxBytes`.
 */
export function readEntryPrefix(buf: Buffer, entry: ZipEntry, maxBytes: number): Buffer {
  const raw = rawEntryData(buf, entry);
  if (entry.method === METHOD_STORED) return raw.subarray(0, maxBytes);
  if (entry.method !== METHOD_DEFLATED) throw new Error(`zip entry ${entry.name}: unsupported compression method ${entry.method}`);
  // Deflate expands at most ~1032:1, so this slice yields well over maxBytes for any real part.
  const slice = raw.subarray(0, Math.min(raw.length, Math.max(1024, Math.ceil(maxBytes / 4))));
  const out = inflateRawSync(slice, { finishFlush: zlibConstants.Z_SYNC_FLUSH });
  return out.subarray(0, maxBytes);
}

const CRC_TABLE = ((): Uint32Array => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

// zlib's own CRC (Node 20.15 and later) is many times quicker than the table loop below.
const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

export function crc32(data: Uint8Array): number {
  if (nativeCrc32) return nativeCrc32(data);
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** An entry ready to be written: its stored bytes plus the header fields that describe them. */
interface PackedEntry {
  readonly name: Buffer;
  readonly method: number;
  readonly crc32: number;
  readonly uncompressedSize: number;
  readonly data: Buffer;
  readonly dosTime: number;
  readonly dosDate: number;
}

export interface NewZipEntry {
  readonly name: string;
  readonly data: Uint8Array;
}

const LARGE_PART = 8 * 1024 * 1024;

// 1980-01-01 00:00, the earliest DOS date: keeps written archives byte-for-byte reproducible.
const DOS_EPOCH_DATE = (1 << 5) | 1;

function packNew(name: string, data: Uint8Array, dosTime = 0, dosDate = DOS_EPOCH_DATE): PackedEntry {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  return {
    name: Buffer.from(name, "utf8"),
    method: METHOD_DEFLATED,
    crc32: crc32(bytes),
    uncompressedSize: bytes.length,
    // A large part (a big sheet) at a lighter level: a fifth of the time for about a tenth more bytes.
    data: deflateRawSync(bytes, { level: bytes.length >= LARGE_PART ? 3 : zlibConstants.Z_DEFAULT_COMPRESSION }),
    dosTime,
    dosDate,
  };
}

/**
 * From "version needed to extract" to the name's length, a local header and a central directory
 * record hold the same fields in the same order (APPNOTE 4.3.7 and 4.3.12): written here at `at`.
 */
function writeEntryFields(header: Buffer, at: number, e: PackedEntry): void {
  header.writeUInt16LE(20, at);
  header.writeUInt16LE(FLAG_UTF8, at + 2);
  header.writeUInt16LE(e.method, at + 4);
  header.writeUInt16LE(e.dosTime, at + 6);
  header.writeUInt16LE(e.dosDate, at + 8);
  header.writeUInt32LE(e.crc32, at + 10);
  header.writeUInt32LE(e.data.length, at + 14);
  header.writeUInt32LE(e.uncompressedSize, at + 18);
  header.writeUInt16LE(e.name.length, at + 22);
}

function assemble(entries: readonly PackedEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    // Extra field lengths, comments, disk numbers and attributes stay zero (Buffer.alloc).
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_HEADER, 0);
    writeEntryFields(local, 4, e);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL_HEADER, 0);
    // Version made by: 2.0, MS-DOS attributes.
    central.writeUInt16LE(20, 4);
    writeEntryFields(central, 6, e);
    central.writeUInt32LE(offset, 42);

    locals.push(local, e.name, e.data);
    centrals.push(central, e.name);
    offset += 30 + e.name.length + e.data.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const eocd = Buffer.alloc(EOCD_MIN_LENGTH);
  eocd.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(centralSize, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, eocd]);
}

export function writeZip(entries: readonly NewZipEntry[]): Buffer {
  if (entries.length > 0xfffe) throw new Error("too many zip entries");
  return assemble(entries.map((e) => packNew(e.name, e.data)));
}

/**
 * Copy an archive, replacing the entries for which `edit` returns new content (dropping those it
 * returns null for) and appending `added`. Untouched entries are copied still compressed; order
 * and timestamps are kept.
 */
export function rewriteZip(buf: Buffer, edit: (name: string, read: () => Buffer) => Uint8Array | null | undefined, added: readonly NewZipEntry[] = []): Buffer {
  const directory = readCentralDirectory(buf);
  if (directory.status !== "ok") {
    throw new Error(`cannot rewrite zip: ${directory.status === "no-eocd" ? "no end of central directory" : directory.reason}`);
  }
  const packed = directory.entries.map((entry): PackedEntry | null => {
    const replacement = edit(entry.name, () => readEntry(buf, entry));
    if (replacement === null) return null;
    if (replacement !== undefined) return packNew(entry.name, replacement, entry.dosTime, entry.dosDate);
    return {
      name: Buffer.from(entry.name, "utf8"),
      method: entry.method,
      crc32: entry.crc32,
      uncompressedSize: entry.uncompressedSize,
      data: rawEntryData(buf, entry),
      dosTime: entry.dosTime,
      dosDate: entry.dosDate,
    };
  });
  const kept = packed.filter((p): p is PackedEntry => p !== null);
  if (kept.length + added.length > 0xfffe) throw new Error("too many zip entries");
  return assemble([...kept, ...added.map((e) => packNew(e.name, e.data))]);
}

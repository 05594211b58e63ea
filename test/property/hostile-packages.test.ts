import fc from "fast-check";
import { deflateRawSync } from "node:zlib";
import { smallSheetXml, workbookEntries, zipOf, type RawEntry } from "../../bench/hostile-files";
import { readWorkbookBuffer } from "../../src/host/xlsx";
import { MAX_CELL_TEXT } from "../../src/host/xlsx/preflight";
import { crc32 } from "../../src/host/xlsx/zip";
import { RUNS, runParameters } from "./cases";

/** A package a hostile or broken writer could produce: each trait is one way to lie or overflow. */
interface Hostile {
  readonly lie: "none" | "smaller" | "larger";
  readonly zip64: boolean;
  readonly textLength: number;
  readonly controls: string;
  readonly contentTypes: boolean;
  readonly cut: number;
}

const hostile: fc.Arbitrary<Hostile> = fc.record({
  lie: fc.constantFrom("none", "none", "smaller", "larger"),
  zip64: fc.boolean(),
  textLength: fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: MAX_CELL_TEXT - 3, max: MAX_CELL_TEXT + 3 }), fc.integer({ min: 40_000, max: 200_000 })),
  controls: fc.string({ unit: fc.constantFrom("\u001b", "\u0007", "\r", "\u202e", "a", "项"), maxLength: 6 }),
  contentTypes: fc.boolean(),
  cut: fc.constantFrom(0, 0, 0, 1, 100),
});

function build(h: Hostile): Buffer {
  // Control characters go in as the _xHHHH_ escapes OOXML uses for them.
  const escaped = [...h.controls].map((ch) => (ch.charCodeAt(0) < 0x20 ? `_x${ch.charCodeAt(0).toString(16).padStart(4, "0").toUpperCase()}_` : ch)).join("");
  const sheetXml = smallSheetXml(`<row r="4"><c r="A4" t="inlineStr"><is><t>${"甲".repeat(h.textLength)}${escaped}</t></is></c></row>`);
  const bytes = Buffer.from(sheetXml, "utf8");
  const declared = h.lie === "smaller" ? Math.max(1, Math.floor(bytes.length / 3)) : h.lie === "larger" ? bytes.length * 3 : bytes.length;
  const sheet: RawEntry = { name: "xl/worksheets/sheet1.xml", data: deflateRawSync(bytes), crc: crc32(bytes), declaredSize: declared };
  const zip = zipOf(workbookEntries(sheet, { contentTypes: h.contentTypes }), h.zip64);
  return h.cut > 0 ? zip.subarray(0, zip.length - h.cut) : zip;
}

describe("hostile packages (lying sizes, ZIP64, long texts, control characters, missing parts, truncation)", () => {
  it(`${RUNS.hostilePackages} cases: never a throw; read only when nothing lies, and then no cell over ${MAX_CELL_TEXT} characters`, async () => {
    let read = 0;
    await fc.assert(
      fc.asyncProperty(hostile, async (h) => {
        const result = await readWorkbookBuffer(build(h), { engine: "fast" });
        const textLength = h.textLength + h.controls.length;
        const honest = h.lie === "none" && h.contentTypes && h.cut === 0 && textLength <= MAX_CELL_TEXT;
        expect(result.ok).toBe(honest);
        if (result.ok) {
          read++;
          const cell = result.grids.sheets[0]!.cells[3]![0];
          expect(typeof cell === "string" ? cell.length : 0).toBe(textLength);
        } else {
          const expected = h.cut > 0 ? ["truncated"] : !h.contentTypes ? ["damaged"] : h.lie !== "none" ? ["unreadable"] : ["damaged"];
          expect(expected).toContain(result.error.code);
        }
      }),
      runParameters(RUNS.hostilePackages),
    );
    expect(read).toBeGreaterThan(0);
  }, 300_000);
});

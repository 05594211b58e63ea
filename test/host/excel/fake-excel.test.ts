import { FakeExcel, FakeWorkbook } from "./fake-excel";

function session(apiVersion = "1.18", limits: { maxRequestBytes?: number; maxResponseBytes?: number } = {}): { workbook: FakeWorkbook; fake: FakeExcel } {
  const workbook = new FakeWorkbook();
  workbook.addSheet("Sheet1", [["a", 1], [null, true]], ["A3:B4"]);
  return { workbook, fake: new FakeExcel(workbook, { apiVersion, ...limits }) };
}

describe("the fake Excel keeps Office.js's request model", () => {
  test("a property read before load and sync throws PropertyNotLoaded", async () => {
    const { fake } = session();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([["a", 1], ["", true]]);
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  test("isNullObject is known only after a sync", async () => {
    const { fake } = session();
    await fake.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(missing.isNullObject).toBe(true);
    });
  });

  test("actions never synced fail the run", async () => {
    const { fake } = session();
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").activate();
      }),
    ).rejects.toThrow(/never synced/);
  });

  test("proxies cannot be used after their Excel.run", async () => {
    const { fake } = session();
    const range = await fake.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      await context.sync();
      return r;
    });
    expect(() => range.load("values")).toThrow(expect.objectContaining({ code: "InvalidRequestContext" }));
  });

  test("strings written to General cells are evaluated; text-formatted cells keep them", async () => {
    const { workbook, fake } = session();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("C1:F1").values = [['=HYPERLINK("x")', "+1", "-2", "@x"]];
      const text = sheet.getRange("C2:F2");
      text.numberFormat = [["@", "@", "@", "@"]];
      text.values = [['=HYPERLINK("x")', "+1", "-2", "@x"]];
      sheet.getRange("G1").values = [["'=quoted"]];
      await context.sync();
    });
    expect(workbook.formulas().map((f) => f.address)).toEqual(["C1", "F1"]);
    expect(workbook.cell("Sheet1", "D1")!.value).toBe(1);
    expect(workbook.cell("Sheet1", "E1")!.value).toBe(-2);
    expect(["C2", "D2", "E2", "F2"].map((a) => workbook.cell("Sheet1", a)!.value)).toEqual(['=HYPERLINK("x")', "+1", "-2", "@x"]);
    expect(workbook.cell("Sheet1", "G1")!.value).toBe("=quoted");
  });

  test("requests and responses over the limit are refused and measured", async () => {
    const { fake } = session("1.18", { maxRequestBytes: 2000, maxResponseBytes: 100 });
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["x".repeat(3000)]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:Z9").load("values");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(fake.requests.map((r) => r.error)).toEqual(["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"]);
    expect(fake.requests[0]!.requestBytes).toBeGreaterThan(3000);
  });

  test("merged areas: anchored in the range, whole, refused past a configured count (none documented), from ExcelApi 1.13", async () => {
    const { workbook } = session();
    const fake = new FakeExcel(workbook, { maxMergedAreas: 512 });
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const anchored = sheet.getRange("A3:A3").getMergedAreasOrNullObject();
      anchored.areas.load("items/address");
      const notAnchored = sheet.getRange("B4").getMergedAreasOrNullObject();
      await context.sync();
      expect(anchored.areas.items.map((a) => a.address)).toEqual(["Sheet1!A3:B4"]);
      expect(notAnchored.isNullObject).toBe(true);
    });
    workbook.sheet("Sheet1").merges = Array.from({ length: 513 }, (_, i) => ({ top: 10 + i, left: 0, bottom: 10 + i, right: 1 }));
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A:B").getMergedAreasOrNullObject();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "GeneralException", debugInfo: { errorLocation: "Range.getMergedAreasOrNullObject" } });
    await new FakeExcel(workbook).run(async (context) => {
      const all = context.workbook.worksheets.getItem("Sheet1").getRange("A:B").getMergedAreasOrNullObject();
      all.load("areaCount");
      await context.sync();
      expect(all.areaCount).toBe(513);
    });
    const old = new FakeExcel(workbook, { apiVersion: "1.12" });
    await expect(
      old.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").getMergedAreasOrNullObject();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  test("notes need ExcelApi 1.18; a very hidden sheet cannot be deleted", async () => {
    const { workbook } = session();
    workbook.addSheet("Hidden").visibility = "VeryHidden";
    const old = new FakeExcel(workbook, { apiVersion: "1.17" });
    await expect(
      old.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").notes.add("A1", "x");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    await expect(
      old.run(async (context) => {
        context.workbook.worksheets.getItem("Hidden").delete();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  test("getRanges refuses address lists over 8,192 characters", async () => {
    const { fake } = session();
    const list = Array.from({ length: 2000 }, (_, i) => `A${i + 1}`).join(", ");
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRanges(list).format.fill.color = "#FF0000";
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("every executed call is logged with its target", async () => {
    const { fake } = session();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.activate();
      sheet.getRange("B2").select();
      await context.sync();
    });
    expect(fake.calls.map((c) => `${c.call} ${c.target}`)).toEqual([
      "Workbook.worksheets workbook",
      "WorksheetCollection.getItem worksheets",
      "Worksheet.activate Sheet1",
      "Worksheet.getRange Sheet1",
      "Range.select Sheet1!B2",
    ]);
  });
});

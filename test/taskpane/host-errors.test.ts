import { describeHostError, hostErrorCode } from "../../src/taskpane/host-errors";

describe("Excel errors in plain words", () => {
  it("puts the Office codes the add-in meets into sentences, keeping the code", () => {
    for (const code of ["ItemNotFound", "InvalidArgument", "RequestPayloadSizeLimitExceeded", "GeneralException", "AccessDenied", "InvalidOperationInCellEditMode"]) {
      const view = describeHostError({ code, message: "RichApi.Error at Range.format", stack: "Error\n    at x (office.js:1:1)" }, "zh-CN");
      expect(view.code).toBe(code);
      expect(view.sentence).toMatch(/[\u4e00-\u9fff]/u);
      expect(view.sentence).not.toMatch(/RichApi|office\.js|Range\.format/u);
      expect(describeHostError({ code }, "en").sentence).not.toBe(view.sentence);
    }
    expect(describeHostError({ code: "RequestPayloadSizeLimitExceeded" }, "zh-CN").sentence).toContain("5 MB");
  });

  it("an unknown code or an error without one still reads as a sentence, never the message", () => {
    expect(describeHostError({ code: "SomethingNew", message: "secret detail" }, "zh-CN")).toEqual({
      sentence: expect.stringContaining("Excel 报告了一个问题") as unknown as string,
      code: "SomethingNew",
    });
    const plain = describeHostError(new TypeError("x is undefined"), "en");
    expect(plain.code).toBeNull();
    expect(plain.sentence).not.toContain("undefined");
    expect(hostErrorCode("ItemNotFound")).toBeNull();
    expect(hostErrorCode({ code: 42 })).toBeNull();
  });
});

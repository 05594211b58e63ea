import { parseCheckConfig } from "../../src/core/config";
import { parseStoredSettings } from "../../src/host/excel/settings";
import { configProblemLine, problemField } from "../../src/taskpane/config-notice";
import { uiStrings } from "../../src/taskpane/i18n";
import { applyDraft, draftOf, normaliseSettings } from "../../src/taskpane/settings";

const zh = uiStrings("zh-CN");
const en = uiStrings("en");

/** Every kind of problem parseCheckConfig reports, from one stored config. */
const STORED = {
  profile: "2030",
  satisfactionFloor: 150,
  weightTotals: [0, "一百"],
  rules: { "weights-total": "fatal", "typo-rule": "off" },
  colour: "red",
};

describe("the settings a workbook stored that could not be used, in a budget officer's words", () => {
  const problems = parseCheckConfig(STORED).problems;

  test("each problem names the setting as the pane does, what was stored, and what the check uses instead", () => {
    expect(problems.map((p) => configProblemLine(p, zh))).toEqual([
      "保存了本版本不认识的设置“colour”，未使用。",
      "指标框架：保存的“2030”无法识别，按“自动判断（逐表）”校验。",
      "满意度下限：保存的“150”不是 0 到 100 之间的数，按 80% 校验。",
      "可接受的权重合计：保存的“0、一百”不是一个或多个正数，按 90、100 校验。",
      "规则“指标分值权重合计应为规定总分”的级别“fatal”无法识别（可设为错误、警告、提示或关闭），按默认级别校验。",
      "规则级别中的“typo-rule”不是本加载项的规则，未使用。",
    ]);
    expect(problems.map((p) => configProblemLine(p, en))).toEqual([
      "“colour” is not a setting this version knows; it is not used.",
      "Indicator framework: “2030” is not one of the choices; “Detect per table” is used.",
      "Satisfaction floor: “150” is not a number from 0 to 100; 80% is used.",
      "Accepted weight totals: “0, 一百” is not one or more positive numbers; 90, 100 are used.",
      "The level “fatal” of the rule “Indicator weights must add up to an accepted total” is not error, warning, info or off; the rule keeps its default level.",
      "Rule levels: “typo-rule” is not a rule of this add-in; it is not used.",
    ]);
  });

  test("a config that is no object at all, and a rules entry that is not one", () => {
    expect(parseCheckConfig("90").problems.map((p) => configProblemLine(p, zh))).toEqual(["保存的校验设置无法读取，全部按默认设置校验。"]);
    expect(parseCheckConfig({ rules: ["off"] }).problems.map((p) => configProblemLine(p, zh))).toEqual(["规则级别：保存的“off”无法读取，各规则按默认级别校验。"]);
  });

  test("an empty value reads as blank", () => {
    expect(parseCheckConfig({ weightTotals: [], profile: "" }).problems.map((p) => configProblemLine(p, zh))).toEqual([
      "指标框架：保存的“（空）”无法识别，按“自动判断（逐表）”校验。",
      "可接受的权重合计：保存的“（空）”不是一个或多个正数，按 90、100 校验。",
    ]);
  });

  test("the three that 设置 shows lead to their field; the others to none", () => {
    expect(problems.map(problemField)).toEqual([null, "profile", "satisfactionFloor", "weightTotals", null, null]);
  });

  test("the problems reach the pane whichever host parsed the stored config, and a save of 设置 clears them", () => {
    const fromExcel = normaliseSettings(parseStoredSettings({ config: STORED, liveCheck: false, locale: "zh-CN" }));
    // Parsed by another host (the browser test's stand-in stores the raw config): the pane parses it itself.
    const raw = normaliseSettings({ config: STORED as never, liveCheck: false, locale: "zh-CN" });
    expect(fromExcel.configProblems).toEqual(problems);
    expect(raw.configProblems).toEqual(problems);
    expect(raw.config).toEqual({ profile: "auto", satisfactionFloor: 80, weightTotals: [90, 100] });
    const saved = applyDraft(raw, draftOf(raw));
    expect(saved).toEqual({ ok: true, settings: { config: { profile: "auto", satisfactionFloor: 80, weightTotals: [90, 100] }, liveCheck: false, locale: "zh-CN" } });
  });
});

import { configProblemText, configToStore, parseCheckConfig, type ConfigProblemKind } from "../../../src/core/config";
import { validateConfig } from "../../../src/cli/config-file";
import { parseStoredSettings } from "../../../src/host/excel/settings";
import { normaliseSettings } from "../../../src/taskpane/settings";

type Case = readonly [field: string, value: unknown, kept: boolean, kind?: ConfigProblemKind];

/** Every bound, at and just past its edge; the same table drives the three readers below. */
const BOUNDS: readonly Case[] = [
  ["profile", "auto", true],
  ["profile", "2021", true],
  ["profile", "legacy", true],
  ["profile", "2030", false, "profile"],
  ["profile", 2021, false, "profile"],
  ["satisfactionFloor", 0, true],
  ["satisfactionFloor", 100, true],
  ["satisfactionFloor", 85.5, true],
  ["satisfactionFloor", -0.01, false, "satisfactionFloor"],
  ["satisfactionFloor", 100.01, false, "satisfactionFloor"],
  ["satisfactionFloor", "80", false, "satisfactionFloor"],
  ["satisfactionFloor", null, false, "satisfactionFloor"],
  ["weightTotals", [100], true],
  ["weightTotals", [90, 100], true],
  ["weightTotals", [0.5], true],
  ["weightTotals", [], false, "weightTotals"],
  ["weightTotals", [0], false, "weightTotals"],
  ["weightTotals", [-5, 100], false, "weightTotals"],
  ["weightTotals", [90, "100"], false, "weightTotals"],
  ["weightTotals", 100, false, "weightTotals"],
  ["rules", { "amount-as-text": "off" }, true],
  ["rules", { "amount-as-text": "error" }, true],
  ["rules", { "amount-as-text": "loud" }, false, "rule-setting"],
  ["rules", { "no-such-rule": "off" }, false, "unknown-rule"],
  ["rules", [], false, "rules"],
  ["colour", "red", false, "unknown-field"],
];

describe("parseCheckConfig: one set of bounds", () => {
  test.each(BOUNDS.map((c) => ({ field: c[0], value: c[1], kept: c[2], kind: c[3] })))("$field = $value: kept $kept", ({ field, value, kept, kind }) => {
    const { config, problems } = parseCheckConfig({ [field]: value });
    if (kept) {
      expect(problems).toEqual([]);
      expect(config).toEqual({ [field]: value });
    } else {
      const entry = kind === "unknown-rule" || kind === "rule-setting" ? Object.entries(value as object)[0]! : null;
      expect(problems).toEqual([entry ? { kind, field: `rules.${entry[0]}`, value: JSON.stringify(entry[1]) } : { kind, field, value: JSON.stringify(value) }]);
      expect(config).toEqual({});
    }
  });

  test("not an object: one problem, nothing kept", () => {
    for (const raw of [null, 7, "x", [1]]) expect(parseCheckConfig(raw)).toEqual({ config: {}, problems: [{ kind: "not-an-object", field: "", value: JSON.stringify(raw) }] });
  });

  test("an unknown rule id is reported, the known ones next to it kept", () => {
    const { config, problems } = parseCheckConfig({ rules: { "amount-as-text": "off", typo: "off" } });
    expect(config).toEqual({ rules: { "amount-as-text": "off" } });
    expect(problems.map((p) => configProblemText(p, "zh-CN"))).toEqual(["未知规则 typo"]);
    expect(problems.map((p) => configProblemText(p, "en"))).toEqual(["unknown rule typo"]);
  });
});

describe("the three readers agree", () => {
  test.each(BOUNDS.map((c) => ({ field: c[0], value: c[1], kept: c[2] })))("$field = $value", ({ field, value, kept }) => {
    const raw = { [field]: value };
    // The CLI refuses a file with any problem; the workbook and the pane fall back to the field's default and keep the problem.
    if (kept) expect(validateConfig(raw)).toEqual(raw);
    else expect(() => validateConfig(raw)).toThrow(configProblemText(parseCheckConfig(raw).problems[0]!, "zh-CN"));
    const stored = parseStoredSettings({ config: raw, liveCheck: false, locale: "zh-CN" })!;
    expect(stored.config).toEqual(kept ? raw : {});
    expect(stored.configProblems ?? []).toEqual(parseCheckConfig(raw).problems);
    const normalised = normaliseSettings(stored);
    if (kept && field !== "rules") expect(normalised.config[field as "profile"]).toEqual(value);
    if (kept && field === "rules") expect(normalised.config.rules).toEqual(value);
    expect(normalised.configProblems ?? []).toEqual(parseCheckConfig(raw).problems);
  });
});

describe("configToStore: what a save writes over the stored config", () => {
  // Stored by a newer version: a rule this version does not have, a severity it does not know, a field it does not have.
  const NEWER = {
    profile: "2021",
    satisfactionFloor: 85,
    weightTotals: [100],
    rules: { "amount-as-text": "off", "spending-plan": "critical", "future-rule": "error" },
    tolerance: { amount: 0.01 },
  };

  test("the fields this version owns are replaced; unknown fields, unknown rule ids and settings it cannot read are carried", () => {
    const { config } = parseCheckConfig(NEWER);
    expect(configToStore(NEWER, { ...config, satisfactionFloor: 90, rules: { "amount-as-text": "warning" } })).toEqual({
      profile: "2021",
      satisfactionFloor: 90,
      weightTotals: [100],
      rules: { "amount-as-text": "warning", "spending-plan": "critical", "future-rule": "error" },
      tolerance: { amount: 0.01 },
    });
  });

  test("a known rule set to a known level is this version's: left out of the config, it goes", () => {
    expect(configToStore(NEWER, { profile: "auto", satisfactionFloor: 80, weightTotals: [90, 100] })).toEqual({
      profile: "auto",
      satisfactionFloor: 80,
      weightTotals: [90, 100],
      rules: { "spending-plan": "critical", "future-rule": "error" },
      tolerance: { amount: 0.01 },
    });
    expect(configToStore({ rules: { "amount-as-text": "off" } }, {})).toEqual({});
  });

  test("what is read again is reported as before the save", () => {
    const saved = configToStore(NEWER, parseCheckConfig(NEWER).config);
    expect(saved).toEqual(NEWER);
    expect(parseCheckConfig(saved).problems).toEqual(parseCheckConfig(NEWER).problems);
    expect(parseCheckConfig(saved).problems.map((p) => p.field)).toEqual(["tolerance", "rules.spending-plan", "rules.future-rule"]);
  });

  test("nothing stored, or no object: the config as it is", () => {
    for (const stored of [undefined, null, 7, "x", [1]]) {
      expect(configToStore(stored, { profile: "2021", rules: { "amount-as-text": "off" } })).toEqual({ profile: "2021", rules: { "amount-as-text": "off" } });
    }
    // A rules field that is not an object is this version's to replace.
    expect(configToStore({ rules: ["off"] }, { satisfactionFloor: 70 })).toEqual({ satisfactionFloor: 70 });
  });

  test("the stored object is not changed", () => {
    const stored = structuredClone(NEWER);
    configToStore(stored, { profile: "legacy", rules: {} });
    expect(stored).toEqual(NEWER);
  });
});

import type { StoredSettings } from "../../src/host/excel/host-actions";
import { parseStoredSettings } from "../../src/host/excel/settings";
import { DEFAULT_SETTINGS, applyDraft, draftOf, normaliseSettings, parseSatisfactionFloor, parseWeightTotals } from "../../src/taskpane/settings";

describe("task pane settings", () => {
  it("reads weight totals written with ASCII or Chinese separators", () => {
    expect(parseWeightTotals("90, 100")).toEqual([90, 100]);
    expect(parseWeightTotals("90，100、100")).toEqual([90, 100]);
    expect(parseWeightTotals(" 100 ")).toEqual([100]);
    for (const bad of ["", "  ", "90, abc", "0", "-5", "1e3"]) expect(parseWeightTotals(bad)).toBeNull();
  });

  it("reads a satisfaction floor from 0 to 100, with or without %", () => {
    expect(parseSatisfactionFloor("85")).toBe(85);
    expect(parseSatisfactionFloor("90.5%")).toBe(90.5);
    expect(parseSatisfactionFloor("85％")).toBe(85);
    for (const bad of ["", "101", "abc", "-1"]) expect(parseSatisfactionFloor(bad)).toBeNull();
  });

  it("applies a draft and keeps the rule overrides the form does not show", () => {
    const current: StoredSettings = { ...DEFAULT_SETTINGS, config: { ...DEFAULT_SETTINGS.config, rules: { "spending-plan": "off" } } };
    const draft = { ...draftOf(current), profile: "2021" as const, satisfactionFloor: "85", weightTotals: "100", liveCheck: true, locale: "en" as const };
    expect(applyDraft(current, draft)).toEqual({
      ok: true,
      settings: {
        config: { profile: "2021", satisfactionFloor: 85, weightTotals: [100], rules: { "spending-plan": "off" } },
        liveCheck: true,
        locale: "en",
      },
    });
  });

  it("names every invalid field", () => {
    expect(applyDraft(DEFAULT_SETTINGS, { ...draftOf(DEFAULT_SETTINGS), satisfactionFloor: "x", weightTotals: "" })).toEqual({
      ok: false,
      invalid: ["satisfactionFloor", "weightTotals"],
    });
  });

  it("falls back to defaults for missing or odd stored values", () => {
    expect(normaliseSettings(null)).toEqual(DEFAULT_SETTINGS);
    const odd = { config: { profile: "2030", satisfactionFloor: 300, weightTotals: [] }, liveCheck: "yes", locale: "fr" } as unknown as StoredSettings;
    // What could not be used is named, never dropped silently.
    expect(normaliseSettings(odd)).toEqual({
      ...DEFAULT_SETTINGS,
      configProblems: [
        { kind: "profile", field: "profile", value: '"2030"' },
        { kind: "satisfactionFloor", field: "satisfactionFloor", value: "300" },
        { kind: "weightTotals", field: "weightTotals", value: "[]" },
      ],
    });
  });

  it("keeps the ignored findings through loading and through a saved draft, dropping odd entries", () => {
    const stored = { ...DEFAULT_SETTINGS, ignored: ["a", 7, "b"] } as unknown as StoredSettings;
    const loaded = normaliseSettings(stored);
    expect(loaded.ignored).toEqual(["a", "b"]);
    const saved = applyDraft(loaded, { ...draftOf(loaded), satisfactionFloor: "85" });
    expect(saved.ok && saved.settings.ignored).toEqual(["a", "b"]);
    expect(parseStoredSettings({ config: {}, ignored: ["x", null] })?.ignored).toEqual(["x"]);
    expect(parseStoredSettings({ config: {} })).not.toHaveProperty("ignored");
  });
});

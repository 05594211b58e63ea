/** The layouts registry: every project layout once, with what fill, the CLI and the pane derive from it. */
import { isProjectLayout, PROJECT_LAYOUT_IDS, PROJECT_LAYOUTS, projectLayout } from "../../../src/core/layouts";
import { parseNewOptions } from "../../../src/cli/fill-command";
import { parseArgs } from "../../../src/cli/args";

describe("project layouts registry", () => {
  it("lists block, list and flat once each, with names in both languages", () => {
    expect(PROJECT_LAYOUT_IDS).toEqual(["block", "list", "flat"]);
    expect(PROJECT_LAYOUTS.map((l) => [l.id, l.name.zh, l.name.en])).toEqual([
      ["block", "分块", "Block"],
      ["list", "列表", "List"],
      ["flat", "逐行", "Flat"],
    ]);
  });

  it("gives each skeleton its widths and indicator columns inside them", () => {
    for (const l of PROJECT_LAYOUTS) {
      const cols = Object.values(l.skeleton.columns ?? {});
      expect(cols.every((c) => c >= 0 && c < l.skeleton.widths.length)).toBe(true);
    }
    expect(projectLayout("block").skeleton.columns).toEqual({ level1: 0, level2: 1, level3: 2, description: 3, value: 5, basis: 6 });
    expect(projectLayout("list").skeleton.columns).toBeNull();
  });

  it("is what `jixiao new --layout` accepts", () => {
    expect([isProjectLayout("flat"), isProjectLayout("grid"), isProjectLayout(undefined)]).toEqual([true, false, false]);
    const args = parseArgs(["new", "--layout", "grid", "--name", "甲", "--budget", "1", "--out", "x.xlsx"], new Set(["layout", "name", "budget", "out"]), new Set<string>());
    expect(parseNewOptions(args, {}, "zh-CN")).toBe("new 需要 --layout block|list|flat / new needs --layout block|list|flat");
  });
});

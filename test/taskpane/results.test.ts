import type { Diagnostic, Severity } from "../../src/core/types";
import { countBySeverity, groupDiagnostics } from "../../src/taskpane/results";

const d = (sheet: string, table: string, cell: string, severity: Severity): Diagnostic => ({
  rule: "missing-category",
  messageId: "missing",
  severity,
  sheet,
  cell,
  related: [],
  table,
  data: {},
});

const diagnostics = [
  d("表A", "项目一", "B3", "error"),
  d("表A", "项目一", "C9", "warning"),
  d("表A", "项目二", "B20", "info"),
  d("表B", "项目三", "D4", "error"),
  d("表A", "项目一", "F30", "error"),
];

const shape = (groups: ReturnType<typeof groupDiagnostics>) =>
  groups.map((s) => [s.sheet, s.counts, s.tables.map((t) => [t.table, t.counts, t.diagnostics.map((x) => x.cell)])]);

describe("grouping diagnostics for the task pane", () => {
  it("groups by sheet then table in first-seen order, with counts per group", () => {
    expect(shape(groupDiagnostics(diagnostics, "all"))).toEqual([
      [
        "表A",
        { error: 2, warning: 1, info: 1 },
        [
          ["项目一", { error: 2, warning: 1, info: 0 }, ["B3", "C9", "F30"]],
          ["项目二", { error: 0, warning: 0, info: 1 }, ["B20"]],
        ],
      ],
      ["表B", { error: 1, warning: 0, info: 0 }, [["项目三", { error: 1, warning: 0, info: 0 }, ["D4"]]]],
    ]);
  });

  it("a severity filter leaves out empty tables and sheets", () => {
    expect(shape(groupDiagnostics(diagnostics, "warning"))).toEqual([["表A", { error: 0, warning: 1, info: 0 }, [["项目一", { error: 0, warning: 1, info: 0 }, ["C9"]]]]]);
    expect(groupDiagnostics(diagnostics.slice(0, 1), "info")).toEqual([]);
  });

  it("counts by severity", () => {
    expect(countBySeverity(diagnostics)).toEqual({ error: 3, warning: 1, info: 1 });
    expect(countBySeverity([])).toEqual({ error: 0, warning: 0, info: 0 });
  });
});

import type { CellValue } from "./grid/grid";
import type { ProfileSetting } from "./model/framework";

export type Severity = "error" | "warning" | "info";

export interface Localized {
  readonly zh: string;
  readonly en: string;
}

/** One cell write. `from` is what the cell must still hold when the edit is applied (stale edits are refused). */
export interface CellEdit {
  readonly sheet: string;
  readonly cell: string;
  readonly from: CellValue;
  readonly to: CellValue;
}

export interface Fix {
  readonly edits: readonly CellEdit[];
}

export interface Suggestion {
  readonly messageId: string;
  readonly data: DiagnosticData;
  readonly edits: readonly CellEdit[];
}

/** Values a message is rendered from; a list (such as the fields a table is missing) renders joined. */
export type DiagnosticData = Readonly<Record<string, string | number | null | readonly string[]>>;

export interface Diagnostic {
  readonly rule: string;
  readonly messageId: string;
  readonly severity: Severity;
  readonly sheet: string;
  readonly cell: string;
  readonly related: readonly string[];
  /** The table's id (project name, or summary title). */
  readonly table: string;
  readonly data: DiagnosticData;
  readonly fix?: Fix;
  readonly suggestions?: readonly Suggestion[];
}

export interface CheckConfig {
  readonly profile: ProfileSetting;
  /** Satisfaction targets below this percentage are reported. */
  readonly satisfactionFloor: number;
  /** Accepted per-project totals of 指标分值权重. */
  readonly weightTotals: readonly number[];
  /** Per-rule severity override, or "off". */
  readonly rules: Readonly<Record<string, Severity | "off">>;
}

export const DEFAULT_CONFIG: CheckConfig = {
  profile: "auto",
  satisfactionFloor: 80,
  weightTotals: [90, 100],
  rules: {},
};

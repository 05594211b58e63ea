/** The task pane's state and actions as data: what useTaskPane returns, and what its notices say. */
import type { Diagnostic } from "../core/types";
import type { CellWrite } from "../core/fill";
import type { PlanApplyResult, RowBlock, StoredSettings } from "../host/excel/host-actions";
import type { CheckRun } from "./check-run";
import type { EditDetail, EditProblem, EditRequest, InsertionTarget, NewProjectForm } from "./edit-plans";
import type { Locale, UiStrings } from "./i18n";
import type { UndoRecord } from "./undo";

export type Busy =
  | { readonly kind: "reading"; readonly done: number; readonly total: number }
  | { readonly kind: "checking" }
  | { readonly kind: "marking" }
  | { readonly kind: "clearing" }
  | { readonly kind: "planning" }
  | { readonly kind: "applying" }
  | { readonly kind: "summarizing" };

export type HostStep = keyof UiStrings["during"];

/** A host failure kept raw so it is put into words in whatever language the pane shows when it renders. */
export interface HostFailure {
  readonly id: number;
  readonly step: HostStep;
  readonly error: unknown;
}

/** A cell a notice or a finding is about; 转到 selects it. */
export interface CellPlace {
  readonly sheet: string;
  readonly cell: string;
}

/** Where a notice is shown: next to the control that caused it. */
export type NoticeOrigin = "toolbar" | "list" | "insert";

export type NoticeBody =
  /** `restored` 0: there were no marks to clear. `report`: the 校验报告 sheet can be deleted too. */
  | { readonly kind: "cleared"; readonly restored: number; readonly report: boolean }
  | { readonly kind: "reportDeleted"; readonly deleted: boolean }
  /** `rechecked`: the workbook was checked again with the new settings; otherwise the user is told to. */
  | { readonly kind: "settingsSaved"; readonly rechecked: boolean }
  /** A fill plan was applied (or refused as a whole); the workbook was checked again after it. */
  | {
      readonly kind: "edited";
      readonly detail: EditDetail;
      readonly result: PlanApplyResult;
      readonly changes: readonly CellWrite[];
      readonly undo: UndoRecord | null;
    }
  /**
   * 撤销: the pane's writes put back, less the cells the user changed since, and the rows it added
   * deleted; `rowsChanged`: cells of those rows changed since, so nothing was undone.
   */
  | {
      readonly kind: "undone";
      readonly changes: readonly CellWrite[];
      readonly changed: readonly CellWrite[];
      readonly rows: readonly RowBlock[];
      readonly rowsChanged: readonly string[];
    }
  /** Nothing was planned, and why. */
  | { readonly kind: "problem"; readonly problem: EditProblem }
  | { readonly kind: "summary"; readonly sheets: readonly string[] }
  | { readonly kind: "ignored"; readonly total: number }
  | { readonly kind: "restored"; readonly count: number };

export type Notice = NoticeBody & { readonly origin: NoticeOrigin; readonly id: number };

/** What 插入 came to: written, waiting for the user to confirm a converted amount, or not done (the notice says why). */
export type InsertOutcome = { readonly status: "inserted" } | { readonly status: "confirm"; readonly target: InsertionTarget } | { readonly status: "failed" };

/**
 * What the result list and the 插入新项目 panel ask for; a new project goes where the selection is,
 * which the pane looks up. `confirmed`: the target the user saw and accepted (a converted amount).
 */
export type PaneEdit =
  Exclude<EditRequest, { readonly kind: "insert" }> | { readonly kind: "insert"; readonly form: NewProjectForm; readonly confirmed?: InsertionTarget };

export interface TaskPaneState {
  readonly settings: StoredSettings;
  readonly settingsLoaded: boolean;
  readonly busy: Busy | null;
  readonly run: CheckRun | null;
  readonly failures: readonly HostFailure[];
  readonly notice: Notice | null;
  /** The last check failed: the list shows the workbook as it was before. */
  readonly stale: boolean;
  /** The host can delete the 校验报告 sheet. */
  readonly canDeleteReport: boolean;
}

export interface TaskPaneActions {
  check(): Promise<void>;
  clearMarks(): Promise<void>;
  /** Reads the workbook again, plans the edit on it, applies it through the host, then checks again. */
  edit(request: PaneEdit): Promise<InsertOutcome>;
  /** Puts back what an edit wrote, refusing cells changed since. */
  undo(record: UndoRecord, origin: NoticeOrigin): Promise<void>;
  ignore(d: Diagnostic): Promise<void>;
  restoreIgnored(): Promise<void>;
  deleteReport(): Promise<void>;
  /** Reads and checks the workbook, and writes 汇总-项目 and 汇总-分类 into it. */
  makeSummary(): Promise<void>;
  /** Selects the cell of a finding or a notice (a diagnostic is one). */
  goTo(place: CellPlace): Promise<void>;
  /** `announce` shows 设置已保存 (the settings panel does; the language switch does not). */
  saveSettings(next: StoredSettings, announce?: boolean): Promise<boolean>;
  setLocale(locale: Locale): Promise<void>;
  dismissFailure(id: number): void;
  dismissNotice(): void;
}

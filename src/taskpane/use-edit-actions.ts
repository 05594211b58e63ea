/**
 * 修复, 采纳, 补全, 全部修复, 全部补全 and 插入新项目: the workbook is read again, the edit planned on
 * it, an amount typed in another unit shown for confirmation, the plan applied through the host,
 * and the workbook checked again. The notice says what changed and offers 撤销.
 */
import { useCallback, type MutableRefObject } from "react";
import type { StoredSettings } from "../host/excel/host-actions";
import { checkGrids, formProblem, insertionTarget, needsMarksCleared, planEdit, type EditOutcome, type EditRequest, type InsertionTarget } from "./edit-plans";
import { paint, type PaneCore } from "./pane-core";
import type { InsertOutcome, NoticeOrigin, PaneEdit } from "./pane-types";
import { undoRecordOf, writtenPart } from "./undo";
import type { Checking } from "./use-checking";

type Planned = { readonly kind: "plan"; readonly outcome: EditOutcome } | { readonly kind: "confirm"; readonly target: InsertionTarget } | null;
type Applicable = Extract<EditOutcome, { readonly ok: true }>;

const FAILED: InsertOutcome = { status: "failed" };

/** The target the user confirmed is still the one the fresh read gives. */
function sameTarget(confirmed: InsertionTarget | undefined, now: InsertionTarget): boolean {
  return (
    confirmed !== undefined &&
    confirmed.sheet === now.sheet &&
    confirmed.cell === now.cell &&
    confirmed.unit === now.unit &&
    confirmed.budget === now.budget &&
    confirmed.layout === now.layout
  );
}

/** The rows a new project was written into without inserting any: deleted by 撤销 like inserted ones. */
function addedRows(outcome: Applicable): { sheet: string; first: number; count: number } | undefined {
  const d = outcome.detail;
  return d.kind === "insert" ? { sheet: d.sheet, first: d.rows.first - 1, count: d.rows.last - d.rows.first + 1 } : undefined;
}

/** The steps of an edit: the request completed with the selection, the plan on a fresh read, the plan applied. */
function useEditSteps(core: PaneCore, settingsRef: MutableRefObject<StoredSettings>) {
  const { host, fail, setBusy, setNotice, readFresh } = core;

  /** The request with the selection a new project goes to; null (the notice says why) when it cannot be made. */
  const fullRequest = useCallback(
    async (request: PaneEdit, origin: NoticeOrigin): Promise<EditRequest | null> => {
      if (request.kind !== "insert") return request;
      const problem = formProblem(request.form);
      if (problem !== null) {
        setNotice({ kind: "problem", problem }, origin);
        return null;
      }
      try {
        return { kind: "insert", form: request.form, at: await host.getSelection() };
      } catch (error) {
        fail("selection", error);
        return null;
      }
    },
    [host, fail, setNotice],
  );

  /** The plan made on the workbook as read just now, or the conversion the user must confirm first. */
  const planFresh = useCallback(
    async (full: EditRequest, request: PaneEdit): Promise<Planned> => {
      const grids = await readFresh();
      if (grids === null) return null;
      setBusy({ kind: "planning" });
      await paint();
      try {
        const checked = checkGrids(grids, settingsRef.current.config);
        if (full.kind === "insert") {
          const found = insertionTarget(full.form, full.at, checked);
          const confirmed = request.kind === "insert" ? request.confirmed : undefined;
          if (found.ok && found.target.typed !== null && !sameTarget(confirmed, found.target)) return { kind: "confirm", target: found.target };
        }
        return { kind: "plan", outcome: planEdit(full, checked) };
      } catch (error) {
        fail("check", error);
        return null;
      }
    },
    [readFresh, setBusy, settingsRef, fail],
  );

  /** Applies the plan; true when anything was written. */
  const applyPlanned = useCallback(
    async (outcome: Applicable, origin: NoticeOrigin): Promise<boolean> => {
      setBusy({ kind: "applying" });
      if (needsMarksCleared(outcome.plan)) {
        try {
          await host.clearMarks();
        } catch (error) {
          fail("clear", error);
          return false;
        }
      }
      try {
        const result = await host.applyPlan(outcome.plan);
        const wrote = result.applied > 0 || result.insertedRows > 0;
        const written = writtenPart(outcome.plan, result.formulasKept);
        const record = wrote && result.refused === 0 ? undoRecordOf(written, { rowsDeletable: host.deleteRows !== undefined, added: addedRows(outcome) }) : null;
        setNotice({ kind: "edited", detail: outcome.detail, result, changes: written.writes, undo: record }, origin);
        return wrote;
      } catch (error) {
        fail("fill", error);
        return false;
      }
    },
    [host, fail, setBusy, setNotice],
  );

  return { fullRequest, planFresh, applyPlanned };
}

export function useEditActions(core: PaneCore, settingsRef: MutableRefObject<StoredSettings>, checking: Checking): (request: PaneEdit) => Promise<InsertOutcome> {
  const { clearFailures, setNotice, exclusive } = core;
  const { recheckAfter } = checking;
  const { fullRequest, planFresh, applyPlanned } = useEditSteps(core, settingsRef);
  return useCallback(
    (request: PaneEdit): Promise<InsertOutcome> =>
      exclusive(FAILED, async () => {
        const origin: NoticeOrigin = request.kind === "insert" ? "insert" : "list";
        setNotice(null);
        clearFailures(["fill", "selection", "clear"]);
        let recheck = false;
        try {
          const full = await fullRequest(request, origin);
          const planned = full === null ? null : await planFresh(full, request);
          if (planned === null) return FAILED;
          if (planned.kind === "confirm") return { status: "confirm", target: planned.target };
          if (!planned.outcome.ok) {
            setNotice({ kind: "problem", problem: planned.outcome.problem }, origin);
            // The list named something the workbook no longer has: the list is refreshed.
            recheck = planned.outcome.problem.code === "gone";
            return FAILED;
          }
          // Whatever happens from here, the list and the marks must show the workbook as it is now.
          recheck = true;
          return (await applyPlanned(planned.outcome, origin)) ? { status: "inserted" } : FAILED;
        } finally {
          await recheckAfter(recheck);
        }
      }),
    [exclusive, setNotice, clearFailures, fullRequest, planFresh, applyPlanned, recheckAfter],
  );
}

/**
 * 撤销 of what the pane wrote: the workbook is read again, each written cell still holding what the
 * pane wrote is put back, and the rows it added are deleted while they hold exactly what it wrote.
 */
import { useCallback } from "react";
import type { RowBlock } from "../host/excel/host-actions";
import type { PaneCore } from "./pane-core";
import type { NoticeOrigin } from "./pane-types";
import { planUndo, type UndoPlan, type UndoRecord } from "./undo";
import type { Checking } from "./use-checking";

export function useUndoAction(core: PaneCore, checking: Checking): (record: UndoRecord, origin: NoticeOrigin) => Promise<void> {
  const { host, fail, clearFailures, setBusy, setNotice, readFresh, exclusive } = core;
  const { recheckAfter } = checking;

  /** Puts the cells back, then deletes the rows; the rows deleted, or null when Excel refused. */
  const reverse = useCallback(
    async (undo: UndoPlan): Promise<{ readonly deleted: readonly RowBlock[]; readonly changed: readonly string[] } | null> => {
      setBusy({ kind: "applying" });
      try {
        if (undo.plan.writes.length > 0) await host.applyPlan(undo.plan);
        if (undo.rows.length === 0 || host.deleteRows === undefined) return { deleted: [], changed: [] };
        const result = await host.deleteRows(undo.rows);
        return { deleted: result.changed.length === 0 ? undo.rows : [], changed: result.changed };
      } catch (error) {
        fail("fill", error);
        return null;
      }
    },
    [host, fail, setBusy],
  );

  return useCallback(
    (record: UndoRecord, origin: NoticeOrigin): Promise<void> =>
      exclusive(undefined, async () => {
        setNotice(null);
        clearFailures(["fill"]);
        let recheck = false;
        try {
          const grids = await readFresh();
          if (grids === null) return;
          const undo = planUndo(record, grids);
          const writes = undo.rowsChanged.length > 0 ? [] : undo.plan.writes;
          let rows: readonly RowBlock[] = [];
          let rowsChanged = undo.rowsChanged;
          // The user changed what the pane wrote: the list is checked again to show the workbook as it is.
          recheck = rowsChanged.length > 0 || undo.changed.length > 0;
          if (writes.length > 0 || undo.rows.length > 0) {
            recheck = true;
            const done = await reverse(undo);
            if (done === null) return;
            rows = done.deleted;
            // Typed into between the read and the delete: the host found it, nothing was deleted.
            if (done.changed.length > 0) rowsChanged = done.changed;
          }
          setNotice({ kind: "undone", changes: writes, changed: undo.changed, rows, rowsChanged }, origin);
        } finally {
          await recheckAfter(recheck);
        }
      }),
    [exclusive, setNotice, clearFailures, readFresh, reverse, recheckAfter],
  );
}

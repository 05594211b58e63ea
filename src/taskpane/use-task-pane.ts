/** The pane's state and what its buttons do; everything that touches the workbook goes through `host`. */
import { useEffect, useRef } from "react";
import type { HostActions } from "../host/excel/host-actions";
import type { ErrorFeed } from "./error-feed";
import { usePaneCore } from "./pane-core";
import type { TaskPaneActions, TaskPaneState } from "./pane-types";
import { useChecking } from "./use-checking";
import { useEditActions } from "./use-edit-actions";
import { useListActions } from "./use-list-actions";
import { useStoredSettings } from "./use-stored-settings";
import { useUndoAction } from "./use-undo-action";
import { useWorkbookActions } from "./use-workbook-actions";

export type { Busy, CellPlace, HostFailure, HostStep, InsertOutcome, Notice, NoticeBody, NoticeOrigin, PaneEdit, TaskPaneActions, TaskPaneState } from "./pane-types";

export function useTaskPane(host: HostActions, liveCheckErrors?: ErrorFeed): TaskPaneState & TaskPaneActions {
  const core = usePaneCore(host);
  // The live re-check calls whatever check is current: host callbacks outlive the render that made them.
  const onLiveChange = useRef<() => void>(() => undefined);
  const stored = useStoredSettings(core, onLiveChange, liveCheckErrors);
  const checking = useChecking(core, stored.settingsRef);
  onLiveChange.current = () => void checking.check();
  // The ribbon's 校验 runs in a runtime of its own: when it has checked, check again so the list matches its marks.
  useEffect(() => host.watchChecks?.(() => onLiveChange.current()), [host]);
  const edit = useEditActions(core, stored.settingsRef, checking);
  const undo = useUndoAction(core, checking);
  const list = useListActions(core, stored, checking);
  const workbook = useWorkbookActions(core, stored, checking);
  return {
    settings: stored.settings,
    settingsLoaded: stored.settingsLoaded,
    busy: core.busy,
    run: checking.run,
    failures: core.failures,
    notice: core.notice,
    stale: checking.stale,
    canDeleteReport: host.deleteReport !== undefined,
    check: checking.check,
    edit,
    undo,
    ...list,
    ...workbook,
    dismissFailure: core.dismissFailure,
    dismissNotice: core.dismissNotice,
  };
}

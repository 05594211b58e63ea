import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactElement, type ReactNode } from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles } from "@fluentui/react-components";
import { Dismiss20Regular } from "@fluentui/react-icons";
import { useUi } from "../context";
import { editedMessage, problemMessage, undoneMessage, type EditMessage } from "../edit-messages";
import type { UiStrings } from "../i18n";
import type { CellPlace, Notice } from "../use-task-pane";
import type { UndoRecord } from "../undo";

const useStyles = makeStyles({
  lines: { display: "flex", flexDirection: "column", overflowWrap: "anywhere" },
  line: { overflowWrap: "anywhere" },
  ask: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: "4px 8px" },
  question: { flexBasis: "100%", overflowWrap: "anywhere" },
});

/** A notice in the user's words: its lines, how it reads, and whether it needs a second line of actions. */
export function noticeMessage(notice: Notice, t: UiStrings): EditMessage {
  switch (notice.kind) {
    case "cleared":
      if (notice.restored === 0) return { intent: "info", lines: notice.report ? [t.noMarks, t.deleteReportOffer] : [t.noMarks] };
      return { intent: "success", lines: notice.report ? [t.marksCleared(notice.restored), t.deleteReportOffer] : [t.marksCleared(notice.restored)] };
    case "reportDeleted":
      return { intent: notice.deleted ? "success" : "info", lines: [notice.deleted ? t.reportDeleted : t.noReport] };
    case "settingsSaved":
      return { intent: "success", lines: [notice.rechecked ? t.settingsPanel.savedRechecked : t.settingsPanel.savedCheckNow] };
    case "summary":
      return { intent: "success", lines: [t.summaryWritten(notice.sheets)] };
    case "edited":
      return editedMessage(notice.detail, notice.result, t, notice.changes, notice.undo !== null);
    case "undone":
      return undoneMessage(notice.changes, notice.changed, t, notice.rows, notice.rowsChanged);
    case "problem":
      return problemMessage(notice.problem, t);
    case "ignored":
      return { intent: "info", lines: [t.list.ignoredNotice(notice.total)] };
    case "restored":
      return { intent: "success", lines: [t.list.restoredNotice(notice.count)] };
  }
}

export interface NoticeBarProps {
  readonly notice: Notice;
  readonly onDismiss: () => void;
  readonly onUndo?: (record: UndoRecord) => void;
  readonly onDeleteReport?: () => void;
  readonly onGoTo?: (place: CellPlace) => void;
  readonly busy: boolean;
}

/**
 * 删除“校验报告”, asked first: deleting a sheet clears Excel's undo history (Worksheet.delete), so the
 * user is told so and confirms; the focus goes to the choice that keeps the sheet.
 */
function DeleteReportOffer({ onDelete, busy }: { readonly onDelete: () => void; readonly busy: boolean }): ReactElement {
  const styles = useStyles();
  const { t } = useUi();
  const [asking, setAsking] = useState(false);
  const question = useId();
  const keep = useRef<HTMLButtonElement>(null);
  const offer = useRef<HTMLButtonElement>(null);
  const answered = useRef(false);
  // Asking moves the focus to 不删除; answering it moves it back to the offer, never to <body>.
  useLayoutEffect(() => {
    if (asking) keep.current?.focus();
    else if (answered.current) offer.current?.focus();
  }, [asking]);
  if (!asking)
    return (
      <Button ref={offer} size="small" disabledFocusable={busy} onClick={() => setAsking(true)}>
        {t.deleteReport}
      </Button>
    );
  return (
    <span className={styles.ask} role="group" aria-label={t.deleteReport} aria-describedby={question} data-confirm-delete="">
      <span id={question} className={styles.question} data-question="">
        {t.deleteReportConfirm}
      </span>
      <Button size="small" appearance="primary" disabledFocusable={busy} onClick={onDelete}>
        {t.deleteReportYes}
      </Button>
      <Button
        ref={keep}
        size="small"
        onClick={() => {
          answered.current = true;
          setAsking(false);
        }}
      >
        {t.deleteReportNo}
      </Button>
    </span>
  );
}

export interface NoticeFrameProps {
  /** What the notice is about (`data-notice`). */
  readonly kind: string;
  readonly message: EditMessage;
  readonly title?: string;
  /** A new value scrolls the notice into view again. */
  readonly shown: unknown;
  readonly onDismiss: () => void;
  /** 转到 for each cell the message names; absent, the cells are only named. */
  readonly onGoTo?: (place: CellPlace) => void;
  readonly children?: ReactNode;
}

/** A notice's frame: its lines, 转到 for each cell it names, its own actions and ✕, scrolled into view when it appears. */
export function NoticeFrame({ kind, message, title, shown, onDismiss, onGoTo, children }: NoticeFrameProps): ReactElement {
  const styles = useStyles();
  const { t } = useUi();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.scrollIntoView?.({ block: "nearest" });
  }, [shown]);
  return (
    <MessageBar ref={ref} intent={message.intent} layout="multiline" data-notice={kind}>
      <MessageBarBody>
        {title !== undefined ? <MessageBarTitle>{title}</MessageBarTitle> : null}
        <span className={styles.lines}>
          {message.lines.map((line, i) => (
            <span key={i} className={styles.line} data-notice-line="">
              {line}
            </span>
          ))}
        </span>
      </MessageBarBody>
      <MessageBarActions containerAction={<Button appearance="transparent" aria-label={t.dismiss} icon={<Dismiss20Regular />} onClick={onDismiss} />}>
        {onGoTo !== undefined
          ? (message.cells ?? []).map((place) => (
              <Button key={`${place.sheet}!${place.cell}`} size="small" data-go-to={`${place.sheet}!${place.cell}`} onClick={() => onGoTo(place)}>
                {t.goToCell(place.sheet, place.cell)}
              </Button>
            ))
          : null}
        {children}
      </MessageBarActions>
    </MessageBar>
  );
}

/** The result of an action, shown where the action was taken. */
export function NoticeBar({ notice, onDismiss, onUndo, onDeleteReport, onGoTo, busy }: NoticeBarProps): ReactElement {
  const { t } = useUi();
  const undo = notice.kind === "edited" ? notice.undo : null;
  const offerDelete = notice.kind === "cleared" && notice.report;
  return (
    <NoticeFrame kind={notice.kind} message={noticeMessage(notice, t)} shown={notice.id} onDismiss={onDismiss} onGoTo={onGoTo}>
      {undo !== null && onUndo ? (
        <Button size="small" disabledFocusable={busy} onClick={() => onUndo(undo)}>
          {t.undo}
        </Button>
      ) : null}
      {offerDelete && onDeleteReport ? <DeleteReportOffer key={notice.id} onDelete={onDeleteReport} busy={busy} /> : null}
    </NoticeFrame>
  );
}

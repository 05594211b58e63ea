/** What a check found: the workbook's summary line, the list header with its actions, and the list. */
import type { ReactElement, ReactNode, RefObject } from "react";
import { Button, Caption1, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDown16Regular, ArrowUp16Regular } from "@fluentui/react-icons";
import type { Report } from "../../core/check/check";
import type { SheetReading } from "../../core/model/model";
import { useUi } from "../context";
import { sheetReason, type SeverityCounts, type UiStrings } from "../i18n";
import type { ResultList } from "../use-result-list";
import { ResultsList } from "./ResultsList";
import { SeverityFilterTabs } from "./SeverityFilterTabs";

const useStyles = makeStyles({
  summary: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  muted: { color: tokens.colorNeutralForeground3 },
  listHead: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  sheetList: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  stale: { opacity: 0.6 },
});

/** The reading report's sheets that were not read, or only partly: what the user is told about. */
function unreadSheets(report: Report): readonly SheetReading[] {
  return report.stats.sheets.filter((s) => s.status !== "read");
}

function sheetLine(s: SheetReading, t: UiStrings): string {
  return `${s.sheet}${s.cell !== null ? `（${s.cell}）` : ""}：${sheetReason(t, s.reason, s.status)}`;
}

/** 未识别到绩效目标表, with each sheet and why it was not read; never 未发现问题. */
export function NothingRecognised({ report }: { readonly report: Report }): ReactElement {
  const styles = useStyles();
  const { t } = useUi();
  return (
    <MessageBar intent="warning" layout="multiline" data-state="none-recognised">
      <MessageBarBody>
        <MessageBarTitle>{t.noneRecognised}</MessageBarTitle>
        <span>{t.noneRecognisedHint}</span>
        <ul className={styles.sheetList}>
          {report.stats.sheets.map((s) => (
            <li key={s.sheet} data-sheet-reading={s.sheet}>
              {sheetLine(s, t)}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

export function CheckSummary({ report, total, counts }: { readonly report: Report; readonly total: number; readonly counts: SeverityCounts }): ReactElement {
  const styles = useStyles();
  const { t } = useUi();
  const unread = unreadSheets(report);
  return (
    <div className={styles.summary} data-summary="">
      <Text>{t.workbookSummary(report.stats.sheets.length, report.stats.projects, report.stats.summaries)}</Text>
      <Text weight="semibold">{total === 0 ? t.noProblems : t.countsLine(counts)}</Text>
      {unread.length > 0 ? (
        <Caption1 className={styles.muted} data-unread="">
          {t.unrecognisedSheets(unread.map((s) => sheetLine(s, t)).join(t.listSeparator))}
        </Caption1>
      ) : null}
    </div>
  );
}

export interface ListHeadProps {
  readonly headRef: RefObject<HTMLDivElement>;
  /** The filter, the counts, 上一个 / 下一个 and the current item. */
  readonly list: ResultList;
  readonly busy: boolean;
  readonly ignored: number;
  readonly onFixAll: () => void;
  readonly onCompleteAll: () => void;
  readonly onRestore: () => void;
  /** The notice of the list's actions, shown here, next to them. */
  readonly notice: ReactNode;
}

/** The list header, sticky above the list: filter, 全部修复 / 全部补全, 上一个 / 下一个, the ignored count, the notice. */
export function ListHead({ headRef, list, busy, ignored, onFixAll, onCompleteAll, onRestore, notice }: ListHeadProps): ReactElement {
  const styles = useStyles();
  const { t } = useUi();
  const shown = list.order.length;
  return (
    <div ref={headRef} className={styles.listHead} data-list-head="">
      {list.diagnostics.length > 0 ? <SeverityFilterTabs value={list.filter} counts={list.counts} onChange={list.setFilter} /> : null}
      <div className={styles.row}>
        {list.fixable > 0 ? (
          <Button size="small" appearance="primary" disabledFocusable={busy} onClick={onFixAll}>
            {t.list.fixAll(list.fixable)}
          </Button>
        ) : null}
        {list.missing > 0 ? (
          <Button size="small" disabledFocusable={busy} onClick={onCompleteAll}>
            {t.list.completeAll(list.missing)}
          </Button>
        ) : null}
        {shown > 0 ? (
          <>
            <Button size="small" appearance="subtle" icon={<ArrowUp16Regular />} onClick={() => list.walk(-1)}>
              {t.list.previous}
            </Button>
            <Button size="small" appearance="subtle" icon={<ArrowDown16Regular />} onClick={() => list.walk(1)}>
              {t.list.next}
            </Button>
            {list.current !== null ? <Caption1 data-position="">{t.list.position(list.current + 1, shown)}</Caption1> : null}
          </>
        ) : null}
        {ignored > 0 ? (
          <span className={styles.row} data-ignored={ignored}>
            <Caption1>{t.list.ignoredCount(ignored)}</Caption1>
            <Button size="small" appearance="subtle" disabledFocusable={busy} onClick={onRestore}>
              {t.list.restore}
            </Button>
          </span>
        ) : null}
      </div>
      {notice}
    </div>
  );
}

/** The list itself, or why it is empty under the chosen filter. */
export function ListBody({ list, busy, stale }: { readonly list: ResultList; readonly busy: boolean; readonly stale: boolean }): ReactElement | null {
  const styles = useStyles();
  const { t } = useUi();
  if (list.diagnostics.length === 0) return null;
  if (list.groups.length === 0 && list.filter !== "all") return <Text className={styles.muted}>{t.nothingInFilter(t.severity[list.filter])}</Text>;
  return (
    <div className={stale ? styles.stale : undefined}>
      <ResultsList
        groups={list.groups}
        order={list.order}
        current={list.current}
        busy={busy}
        skipped={list.skipped}
        focus={list.focus}
        onSelect={list.select}
        onAction={list.onAction}
      />
    </div>
  );
}

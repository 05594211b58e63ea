/** What a check found: the workbook's summary line, the list header with its actions, and the list. */
import type { ReactElement, ReactNode, RefObject } from "react";
import { Button, Caption1, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDown16Regular, ArrowUp16Regular } from "@fluentui/react-icons";
import type { Report } from "../../core/check/check";
import type { SheetReading } from "../../core/model/model";
import type { Diagnostic } from "../../core/types";
import { useUi } from "../context";
import { sheetReason, type SeverityCounts, type UiStrings } from "../i18n";
import type { SeverityFilter, SheetGroup } from "../results";
import { ResultsList, type ItemAction } from "./ResultsList";
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
  readonly total: number;
  readonly counts: SeverityCounts;
  readonly filter: SeverityFilter;
  readonly onFilter: (filter: SeverityFilter) => void;
  readonly busy: boolean;
  readonly fixable: number;
  readonly missing: number;
  readonly shown: number;
  readonly current: number | null;
  readonly ignored: number;
  readonly onFixAll: () => void;
  readonly onCompleteAll: () => void;
  readonly onWalk: (step: 1 | -1) => void;
  readonly onRestore: () => void;
  /** The notice of the list's actions, shown here, next to them. */
  readonly notice: ReactNode;
}

/** The list header, sticky above the list: filter, 全部修复 / 全部补全, 上一个 / 下一个, the ignored count, the notice. */
export function ListHead(p: ListHeadProps): ReactElement {
  const styles = useStyles();
  const { t } = useUi();
  return (
    <div ref={p.headRef} className={styles.listHead} data-list-head="">
      {p.total > 0 ? <SeverityFilterTabs value={p.filter} counts={p.counts} onChange={p.onFilter} /> : null}
      <div className={styles.row}>
        {p.fixable > 0 ? (
          <Button size="small" appearance="primary" disabledFocusable={p.busy} onClick={p.onFixAll}>
            {t.list.fixAll(p.fixable)}
          </Button>
        ) : null}
        {p.missing > 0 ? (
          <Button size="small" disabledFocusable={p.busy} onClick={p.onCompleteAll}>
            {t.list.completeAll(p.missing)}
          </Button>
        ) : null}
        {p.shown > 0 ? (
          <>
            <Button size="small" appearance="subtle" icon={<ArrowUp16Regular />} onClick={() => p.onWalk(-1)}>
              {t.list.previous}
            </Button>
            <Button size="small" appearance="subtle" icon={<ArrowDown16Regular />} onClick={() => p.onWalk(1)}>
              {t.list.next}
            </Button>
            {p.current !== null ? <Caption1 data-position="">{t.list.position(p.current + 1, p.shown)}</Caption1> : null}
          </>
        ) : null}
        {p.ignored > 0 ? (
          <span className={styles.row} data-ignored={p.ignored}>
            <Caption1>{t.list.ignoredCount(p.ignored)}</Caption1>
            <Button size="small" appearance="subtle" disabledFocusable={p.busy} onClick={p.onRestore}>
              {t.list.restore}
            </Button>
          </span>
        ) : null}
      </div>
      {p.notice}
    </div>
  );
}

export interface ListBodyProps {
  readonly total: number;
  readonly filter: SeverityFilter;
  readonly groups: readonly SheetGroup[];
  readonly order: readonly Diagnostic[];
  readonly current: number | null;
  readonly busy: boolean;
  readonly stale: boolean;
  readonly skipped: ReadonlySet<string>;
  readonly focus: { readonly index: number; readonly seq: number } | null;
  readonly onSelect: (d: Diagnostic, index: number) => void;
  readonly onAction: (action: ItemAction, d: Diagnostic, index: number) => void;
}

/** The list itself, or why it is empty under the chosen filter. */
export function ListBody({ total, filter, groups, stale, ...list }: ListBodyProps): ReactElement | null {
  const styles = useStyles();
  const { t } = useUi();
  if (total === 0) return null;
  if (groups.length === 0 && filter !== "all") return <Text className={styles.muted}>{t.nothingInFilter(t.severity[filter])}</Text>;
  return (
    <div className={stale ? styles.stale : undefined}>
      <ResultsList groups={groups} {...list} />
    </div>
  );
}

import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactElement, type RefObject } from "react";
import {
  AriaLiveAnnouncer,
  Button,
  Caption1,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Text,
  Title3,
  ToggleButton,
  makeStyles,
  tokens,
  useAnnounce,
  webLightTheme,
} from "@fluentui/react-components";
import { ArrowDown16Regular, ArrowUp16Regular, Settings20Regular } from "@fluentui/react-icons";
import type { Report } from "../core/check/check";
import type { SheetReading } from "../core/model/model";
import type { Diagnostic } from "../core/types";
import type { HostActions } from "../host/excel/host-actions";
import { HostProvider, UiProvider, useHost, useUi } from "./context";
import { diagnosticRef, fixableDiagnostics, projectsMissingCategories } from "./edit-plans";
import type { ErrorFeed } from "./error-feed";
import { FEATURES, type FeatureFlags } from "./features";
import { countBySeverity, diagnosticKey, groupDiagnostics, type SeverityFilter } from "./results";
import { useTaskPane, type Busy, type NoticeOrigin } from "./use-task-pane";
import { HostFailureBar } from "./components/HostFailureBar";
import { InsertPanel } from "./components/InsertPanel";
import { NoticeBar, noticeMessage } from "./components/NoticeBar";
import { ResultsList, type ItemAction } from "./components/ResultsList";
import { SettingsPanel } from "./components/SettingsPanel";
import { SeverityFilterTabs } from "./components/SeverityFilterTabs";
import type { UiStrings } from "./i18n";

const useStyles = makeStyles({
  provider: { minHeight: "100vh" },
  page: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  titleRow: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  title: { margin: 0 },
  titleActions: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  toolbar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  progress: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
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

export interface AppProps {
  readonly host: HostActions;
  readonly features?: FeatureFlags;
  /** Failures of the live re-check, which happen in Excel's event handler rather than on a button press. */
  readonly liveCheckErrors?: ErrorFeed;
}

export function App({ host, features = FEATURES, liveCheckErrors }: AppProps): ReactElement {
  return (
    <HostProvider host={host}>
      <TaskPane features={features} liveCheckErrors={liveCheckErrors} />
    </HostProvider>
  );
}

function TaskPane({ features, liveCheckErrors }: { readonly features: FeatureFlags; readonly liveCheckErrors: ErrorFeed | undefined }): ReactElement {
  const styles = useStyles();
  const pane = useTaskPane(useHost(), liveCheckErrors);
  const locale = pane.settings.locale;

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  return (
    <FluentProvider theme={webLightTheme} className={styles.provider}>
      <AriaLiveAnnouncer>
        <UiProvider locale={locale}>
          <PaneBody pane={pane} features={features} />
        </UiProvider>
      </AriaLiveAnnouncer>
    </FluentProvider>
  );
}

type Pane = ReturnType<typeof useTaskPane>;

/** The reading report's sheets that were not read, or only partly: what the user is told about. */
function unreadSheets(report: Report): readonly SheetReading[] {
  return report.stats.sheets.filter((s) => s.status !== "read");
}

function sheetLine(s: SheetReading, t: UiStrings): string {
  return `${s.sheet}${s.cell !== null ? `（${s.cell}）` : ""}：${t.sheetReason(s.reason, s.status)}`;
}

function PaneBody({ pane, features }: { readonly pane: Pane; readonly features: FeatureFlags }): ReactElement {
  const styles = useStyles();
  const { t } = useUi();
  const { announce } = useAnnounce();
  const [filter, setFilter] = useState<SeverityFilter>("all");
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [insertOpen, setInsertOpen] = useState(false);
  const [current, setCurrent] = useState<number | null>(null);
  const [focus, setFocus] = useState<{ index: number; seq: number } | null>(null);
  const [skipped, setSkipped] = useState<ReadonlySet<string>>(() => new Set());
  const checkButton = useRef<HTMLButtonElement>(null);
  const clearButton = useRef<HTMLButtonElement>(null);
  const settingsToggle = useRef<HTMLButtonElement>(null);
  const insertToggle = useRef<HTMLButtonElement>(null);
  const listHead = useRef<HTMLDivElement>(null);
  const seq = useRef(0);

  const diagnostics = useMemo(() => pane.run?.diagnostics ?? [], [pane.run]);
  const counts = useMemo(() => countBySeverity(diagnostics), [diagnostics]);
  const groups = useMemo(() => groupDiagnostics(diagnostics, filter), [diagnostics, filter]);
  const order = useMemo(() => groups.flatMap((s) => s.tables.flatMap((g) => g.diagnostics)), [groups]);
  const fixable = useMemo(() => fixableDiagnostics(diagnostics).length, [diagnostics]);
  const missing = useMemo(() => projectsMissingCategories(diagnostics).length, [diagnostics]);
  const busy = pane.busy !== null;
  const report = pane.run?.report;
  const notice = pane.notice;

  // Results and counts are said aloud as well as shown.
  useEffect(() => {
    if (notice !== null) announce(noticeMessage(notice, t).lines.join(" "), { polite: true });
  }, [notice, announce, t]);
  const tRef = useRef(t);
  tRef.current = t;
  // Only a new run is announced, not a language switch.
  useEffect(() => {
    const words = tRef.current;
    if (pane.run !== null)
      announce(pane.run.diagnostics.length === 0 ? words.noProblems : words.countsLine(countBySeverity(pane.run.diagnostics)), { polite: true });
  }, [pane.run, announce]);

  useEffect(() => {
    setCurrent((c) => (c === null || order.length === 0 ? null : Math.min(c, order.length - 1)));
  }, [order]);

  const focusItem = useCallback((index: number) => setFocus({ index: Math.max(0, index), seq: ++seq.current }), []);
  // With no item left to focus, the focus goes to 校验 rather than <body>.
  useEffect(() => {
    if (focus !== null && order.length === 0 && (document.activeElement === document.body || document.activeElement === null)) checkButton.current?.focus();
  }, [focus, order.length]);

  const onAction = useCallback(
    (action: ItemAction, d: Diagnostic, index: number): void => {
      switch (action) {
        case "fix":
          void pane.edit({ kind: "fix", diagnostic: diagnosticRef(d) }).then(() => focusItem(index));
          break;
        case "accept":
          void pane.edit({ kind: "suggestion", diagnostic: diagnosticRef(d), index: 0 }).then(() => focusItem(index));
          break;
        case "skip":
          setSkipped((s) => new Set([...s, diagnosticKey(d, 0)]));
          focusItem(index + 1);
          break;
        case "complete":
          void pane.edit({ kind: "complete", project: { sheet: d.sheet, table: d.table } }).then(() => focusItem(index));
          break;
        case "ignore":
          void pane.ignore(d).then(() => focusItem(index));
          break;
      }
    },
    [pane, focusItem],
  );

  const walk = (step: 1 | -1): void => {
    if (order.length === 0) return;
    const next = current === null ? (step === 1 ? 0 : order.length - 1) : (current + step + order.length) % order.length;
    setCurrent(next);
    void pane.goTo(order[next]!);
  };

  /** The focus goes back to the control a notice was about, never to <body>. */
  const refocus = (origin: NoticeOrigin): void => {
    if (origin === "insert") document.querySelector<HTMLButtonElement>("[data-insert-button]")?.focus();
    else if (origin === "list" && order.length > 0) focusItem(current ?? 0);
    else if (notice?.kind === "cleared" || notice?.kind === "reportDeleted") clearButton.current?.focus();
    else checkButton.current?.focus();
  };
  const dismiss = (origin: NoticeOrigin): void => {
    pane.dismissNotice();
    refocus(origin);
  };

  const noticeAt = (origin: NoticeOrigin): ReactElement | null =>
    notice !== null && notice.origin === origin ? (
      <NoticeBar
        notice={notice}
        busy={busy}
        onDismiss={() => dismiss(origin)}
        onUndo={(record) => void pane.undo(record, origin).then(() => refocus(origin))}
        onDeleteReport={pane.canDeleteReport ? () => void pane.deleteReport().then(() => clearButton.current?.focus()) : undefined}
      />
    ) : null;

  const closeOn = (close: () => void, toggle: RefObject<HTMLButtonElement>) => (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== "Escape") return;
    event.stopPropagation();
    close();
    toggle.current?.focus();
  };
  const closeSettings = (): void => {
    setSettingsOpen(false);
    settingsToggle.current?.focus();
  };
  const closeInsert = (): void => {
    setInsertOpen(false);
    insertToggle.current?.focus();
  };

  const nothingRecognised = report !== undefined && report.stats.projects === 0 && report.stats.summaries === 0;

  return (
    <main className={styles.page}>
      <header className={styles.titleRow}>
        <Title3 as="h1" className={styles.title}>
          {t.appTitle}
        </Title3>
        <span className={styles.titleActions}>
          <Button
            size="small"
            appearance="subtle"
            lang={pane.settings.locale === "en" ? "zh-CN" : "en"}
            onClick={() => void pane.setLocale(pane.settings.locale === "en" ? "zh-CN" : "en")}
          >
            {t.switchLanguage}
          </Button>
          <ToggleButton
            ref={settingsToggle}
            size="small"
            appearance="subtle"
            checked={settingsOpen}
            icon={<Settings20Regular />}
            aria-label={t.settings}
            aria-expanded={settingsOpen}
            title={t.settings}
            onClick={() => setSettingsOpen((open) => !open)}
          />
        </span>
      </header>

      {settingsOpen && pane.settingsLoaded ? (
        <div onKeyDown={closeOn(() => setSettingsOpen(false), settingsToggle)}>
          <SettingsPanel
            settings={pane.settings}
            onCancel={closeSettings}
            onSave={(next) => {
              void pane.saveSettings(next, true).then((saved) => {
                if (saved) closeSettings();
              });
            }}
          />
        </div>
      ) : null}

      <div className={styles.toolbar}>
        <Button ref={checkButton} appearance="primary" disabledFocusable={busy} onClick={() => void pane.check()}>
          {t.check}
        </Button>
        <Button ref={clearButton} disabledFocusable={busy} onClick={() => void pane.clearMarks()}>
          {t.clearMarks}
        </Button>
        {features.fillTemplate ? (
          <ToggleButton ref={insertToggle} checked={insertOpen} aria-expanded={insertOpen} onClick={() => setInsertOpen((open) => !open)}>
            {t.insertProject}
          </ToggleButton>
        ) : null}
        {features.makeSummary ? (
          <Button disabledFocusable={busy} onClick={() => void pane.makeSummary()}>
            {t.makeSummary}
          </Button>
        ) : null}
      </div>

      {pane.busy !== null ? <Progress busy={pane.busy} t={t} /> : null}
      {noticeAt("toolbar")}
      {pane.failures.map((f) => (
        <HostFailureBar key={f.id} failure={f} onDismiss={() => pane.dismissFailure(f.id)} />
      ))}

      {features.fillTemplate && insertOpen ? (
        <div onKeyDown={closeOn(() => setInsertOpen(false), insertToggle)}>
          <InsertPanel busy={busy} onInsert={(request) => pane.edit(request)} onClose={closeInsert} notice={noticeAt("insert")} />
        </div>
      ) : null}

      {pane.stale && report !== undefined ? (
        <MessageBar intent="warning" data-state="stale">
          <MessageBarBody>{t.staleList}</MessageBarBody>
        </MessageBar>
      ) : null}

      {report === undefined ? (
        <Text className={styles.muted}>{t.idleHint}</Text>
      ) : nothingRecognised ? (
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
      ) : (
        <>
          <div className={styles.summary} data-summary="">
            <Text>{t.workbookSummary(report.stats.sheets.length, report.stats.projects, report.stats.summaries)}</Text>
            <Text weight="semibold">{diagnostics.length === 0 ? t.noProblems : t.countsLine(counts)}</Text>
            {unreadSheets(report).length > 0 ? (
              <Caption1 className={styles.muted} data-unread="">
                {t.unrecognisedSheets(unreadSheets(report).map((s) => sheetLine(s, t)).join(t.listSeparator))}
              </Caption1>
            ) : null}
          </div>
          <div ref={listHead} className={styles.listHead} data-list-head="">
            {diagnostics.length > 0 ? <SeverityFilterTabs value={filter} counts={counts} onChange={setFilter} /> : null}
            <div className={styles.row}>
              {fixable > 0 ? (
                <Button size="small" appearance="primary" disabledFocusable={busy} onClick={() => void pane.edit({ kind: "fixAll" }).then(() => focusItem(0))}>
                  {t.list.fixAll(fixable)}
                </Button>
              ) : null}
              {missing > 0 ? (
                <Button size="small" disabledFocusable={busy} onClick={() => void pane.edit({ kind: "completeAll" }).then(() => focusItem(0))}>
                  {t.list.completeAll(missing)}
                </Button>
              ) : null}
              {order.length > 0 ? (
                <>
                  <Button size="small" appearance="subtle" icon={<ArrowUp16Regular />} onClick={() => walk(-1)}>
                    {t.list.previous}
                  </Button>
                  <Button size="small" appearance="subtle" icon={<ArrowDown16Regular />} onClick={() => walk(1)}>
                    {t.list.next}
                  </Button>
                  {current !== null ? <Caption1 data-position="">{t.list.position(current + 1, order.length)}</Caption1> : null}
                </>
              ) : null}
              {pane.run !== null && pane.run.ignored > 0 ? (
                <span className={styles.row} data-ignored={pane.run.ignored}>
                  <Caption1>{t.list.ignoredCount(pane.run.ignored)}</Caption1>
                  <Button size="small" appearance="subtle" disabledFocusable={busy} onClick={() => void pane.restoreIgnored().then(() => focusItem(0))}>
                    {t.list.restore}
                  </Button>
                </span>
              ) : null}
            </div>
            {noticeAt("list")}
          </div>
          {diagnostics.length > 0 ? (
            groups.length === 0 && filter !== "all" ? (
              <Text className={styles.muted}>{t.nothingInFilter(t.severity[filter])}</Text>
            ) : (
              <div className={pane.stale ? styles.stale : undefined}>
                <ResultsList
                  groups={groups}
                  order={order}
                  current={current}
                  busy={busy}
                  skipped={skipped}
                  focus={focus}
                  onSelect={(d, index) => {
                    setCurrent(index);
                    void pane.goTo(d);
                  }}
                  onAction={onAction}
                />
              </div>
            )
          ) : null}
        </>
      )}
    </main>
  );
}

function Progress({ busy, t }: { readonly busy: Busy; readonly t: UiStrings }): ReactElement {
  const styles = useStyles();
  const label = progressLabel(busy, t);
  const value = busy.kind === "reading" && busy.total > 0 ? busy.done / busy.total : undefined;
  return (
    <div className={styles.progress} role="status" aria-live="polite" data-progress={busy.kind}>
      <ProgressBar value={value} thickness="large" aria-label={label} />
      <Caption1>{label}</Caption1>
    </div>
  );
}

function progressLabel(busy: Busy, t: UiStrings): string {
  switch (busy.kind) {
    case "reading":
      return busy.total > 0 ? t.readingSheets(busy.done, busy.total) : t.readingStarted;
    case "checking":
      return t.checking;
    case "marking":
      return t.marking;
    case "clearing":
      return t.clearing;
    case "planning":
      return t.planning;
    case "applying":
      return t.applying;
    case "summarizing":
      return t.summarizing;
  }
}

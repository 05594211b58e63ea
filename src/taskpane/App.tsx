import { useEffect, useRef, useState, type KeyboardEvent, type ReactElement, type RefObject } from "react";
import { AriaLiveAnnouncer, Button, FluentProvider, MessageBar, MessageBarBody, Text, Title3, ToggleButton, makeStyles, tokens, useAnnounce, webLightTheme } from "@fluentui/react-components";
import { Settings20Regular } from "@fluentui/react-icons";
import type { HostActions } from "../host/excel/host-actions";
import { HostProvider, UiProvider, useHost, useUi } from "./context";
import type { ErrorFeed } from "./error-feed";
import { FEATURES, type FeatureFlags } from "./features";
import { countBySeverity } from "./results";
import { useTaskPane, type NoticeOrigin } from "./use-task-pane";
import { useElementHeight, useResultList, type ResultList } from "./use-result-list";
import type { ConfigProblem } from "../core/config";
import { ConfigProblemsBar } from "./components/ConfigProblemsBar";
import { HostFailureBar } from "./components/HostFailureBar";
import { InsertPanel } from "./components/InsertPanel";
import { NoticeBar, noticeMessage } from "./components/NoticeBar";
import { Progress } from "./components/Progress";
import { CheckSummary, ListBody, ListHead, NothingRecognised } from "./components/ResultsArea";
import { SettingsPanel } from "./components/SettingsPanel";

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
  muted: { color: tokens.colorNeutralForeground3 },
  // Summary, list header and list stay items of the page's column; the wrapper only carries the header's height.
  results: { display: "contents" },
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

const NONE: readonly ConfigProblem[] = [];

/** Results and counts are said aloud as well as shown: each notice, and each new check (not a language switch). */
function useAnnouncements(pane: Pane): void {
  const { t } = useUi();
  const { announce } = useAnnounce();
  const notice = pane.notice;
  useEffect(() => {
    if (notice !== null) announce(noticeMessage(notice, t).lines.join(" "), { polite: true });
  }, [notice, announce, t]);
  const tRef = useRef(t);
  tRef.current = t;
  useEffect(() => {
    const words = tRef.current;
    if (pane.run !== null) announce(pane.run.diagnostics.length === 0 ? words.noProblems : words.countsLine(countBySeverity(pane.run.diagnostics)), { polite: true });
  }, [pane.run, announce]);
}

/** A panel opened from a toggle, or shown at a field (`at`): Escape or ✕ closes it and gives the focus back to the toggle. */
function usePanel(): {
  open: boolean;
  at: string | null;
  toggle: RefObject<HTMLButtonElement>;
  flip: () => void;
  show: (at: string | null) => void;
  close: () => void;
  onKeyDown: (e: KeyboardEvent<HTMLElement>) => void;
} {
  const [open, setOpen] = useState(false);
  const [at, setAt] = useState<string | null>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const close = (): void => {
    setOpen(false);
    toggle.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLElement>): void => {
    if (event.key !== "Escape") return;
    event.stopPropagation();
    close();
  };
  const flip = (): void => {
    setAt(null);
    setOpen((o) => !o);
  };
  const show = (field: string | null): void => {
    setAt(field);
    setOpen(true);
  };
  return { open, at, toggle, flip, show, close, onKeyDown };
}

function PaneBody({ pane, features }: { readonly pane: Pane; readonly features: FeatureFlags }): ReactElement {
  const styles = useStyles();
  const { t } = useUi();
  const settings = usePanel();
  const insert = usePanel();
  const checkButton = useRef<HTMLButtonElement>(null);
  const clearButton = useRef<HTMLButtonElement>(null);
  const list = useResultList(pane, checkButton);
  const busy = pane.busy !== null;
  const notice = pane.notice;
  useAnnouncements(pane);

  /** The focus goes back to the control a notice was about, never to <body>. */
  const refocus = (origin: NoticeOrigin): void => {
    if (origin === "insert") document.querySelector<HTMLButtonElement>("[data-insert-button]")?.focus();
    else if (origin === "list" && list.order.length > 0) list.focusItem(list.current ?? 0);
    else if (notice?.kind === "cleared" || notice?.kind === "reportDeleted") clearButton.current?.focus();
    else checkButton.current?.focus();
  };
  const noticeAt = (origin: NoticeOrigin): ReactElement | null =>
    notice !== null && notice.origin === origin ? (
      <NoticeBar
        notice={notice}
        busy={busy}
        onDismiss={() => {
          pane.dismissNotice();
          refocus(origin);
        }}
        onUndo={(record) => void pane.undo(record, origin).then(() => refocus(origin))}
        onDeleteReport={pane.canDeleteReport ? () => void pane.deleteReport().then(() => clearButton.current?.focus()) : undefined}
        onGoTo={(place) => void pane.goTo(place)}
      />
    ) : null;

  return (
    <main className={styles.page}>
      <TitleBar pane={pane} settings={settings} />
      <SettingsArea pane={pane} panel={settings} />
      <div className={styles.toolbar}>
        <Button ref={checkButton} appearance="primary" disabledFocusable={busy} onClick={() => void pane.check()}>
          {t.check}
        </Button>
        <Button ref={clearButton} disabledFocusable={busy} onClick={() => void pane.clearMarks()}>
          {t.clearMarks}
        </Button>
        {features.fillTemplate ? (
          <ToggleButton ref={insert.toggle} checked={insert.open} aria-expanded={insert.open} onClick={insert.flip}>
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
      <ConfigProblemsBar problems={pane.settings.configProblems ?? NONE} onOpenSettings={(field) => settings.show(field ?? "save")} onDismissed={() => settings.toggle.current?.focus()} />
      {noticeAt("toolbar")}
      {pane.failures.map((f) => (
        <HostFailureBar key={f.id} failure={f} onDismiss={() => pane.dismissFailure(f.id)} />
      ))}
      {features.fillTemplate && insert.open ? (
        <div onKeyDown={insert.onKeyDown}>
          <InsertPanel busy={busy} onInsert={(request) => pane.edit(request)} onClose={insert.close} notice={noticeAt("insert")} />
        </div>
      ) : null}
      {pane.stale && pane.run !== null ? (
        <MessageBar intent="warning" data-state="stale">
          <MessageBarBody>{t.staleList}</MessageBarBody>
        </MessageBar>
      ) : null}
      <Results pane={pane} list={list} busy={busy} notice={noticeAt("list")} />
    </main>
  );
}

type Panel = ReturnType<typeof usePanel>;

/** 设置, when open: saving closes it; opened from a notice, at the field the notice is about. */
function SettingsArea({ pane, panel }: { readonly pane: Pane; readonly panel: Panel }): ReactElement | null {
  if (!panel.open || !pane.settingsLoaded) return null;
  return (
    <div onKeyDown={panel.onKeyDown}>
      <SettingsPanel
        key={panel.at ?? ""}
        settings={pane.settings}
        focus={panel.at}
        onCancel={panel.close}
        onSave={(next) => void pane.saveSettings(next, true).then((saved) => saved && panel.close())}
      />
    </div>
  );
}

function TitleBar({ pane, settings }: { readonly pane: Pane; readonly settings: Panel }): ReactElement {
  const styles = useStyles();
  const { t } = useUi();
  const other = pane.settings.locale === "en" ? "zh-CN" : "en";
  return (
    <header className={styles.titleRow}>
      <Title3 as="h1" className={styles.title}>
        {t.appTitle}
      </Title3>
      <span className={styles.titleActions}>
        <Button size="small" appearance="subtle" lang={other} onClick={() => void pane.setLocale(other)}>
          {t.switchLanguage}
        </Button>
        <ToggleButton
          ref={settings.toggle}
          size="small"
          appearance="subtle"
          checked={settings.open}
          icon={<Settings20Regular />}
          aria-label={t.settings}
          aria-expanded={settings.open}
          title={t.settings}
          onClick={settings.flip}
        />
      </span>
    </header>
  );
}

/** Nothing checked yet, nothing recognised, or the summary, the list header and the list. */
function Results({ pane, list, busy, notice }: { readonly pane: Pane; readonly list: ResultList; readonly busy: boolean; readonly notice: ReactElement | null }): ReactElement {
  const styles = useStyles();
  const { t } = useUi();
  const headRef = useRef<HTMLDivElement>(null);
  const headHeight = useElementHeight(headRef);
  const report = pane.run?.report;
  if (report === undefined) return <Text className={styles.muted}>{t.idleHint}</Text>;
  if (report.stats.projects === 0 && report.stats.summaries === 0) return <NothingRecognised report={report} />;
  return (
    // The list scrolls in its own viewport, as tall as the pane less the sticky header above it.
    <div className={styles.results} style={{ ["--jixiao-list-head" as string]: `${headHeight}px` }}>
      <CheckSummary report={report} total={list.diagnostics.length} counts={list.counts} />
      <ListHead
        headRef={headRef}
        list={list}
        busy={busy}
        ignored={pane.run?.ignored ?? 0}
        onFixAll={() => void pane.edit({ kind: "fixAll" }).then(() => list.focusItem(0))}
        onCompleteAll={() => void pane.edit({ kind: "completeAll" }).then(() => list.focusItem(0))}
        onRestore={() => void pane.restoreIgnored().then(() => list.focusItem(0))}
        notice={notice}
      />
      <ListBody list={list} busy={busy} stale={pane.stale} />
    </div>
  );
}

import { useEffect, useMemo, useState, type ReactElement } from "react";
import {
  Button,
  Caption1,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  ProgressBar,
  Text,
  Title3,
  ToggleButton,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { Dismiss20Regular, Settings20Regular } from "@fluentui/react-icons";
import type { HostActions } from "../host/excel/host-actions";
import { HostProvider, UiProvider, useHost, useUi } from "./context";
import type { ErrorFeed } from "./error-feed";
import { FEATURES, type FeatureFlags } from "./features";
import { countBySeverity, groupDiagnostics, type SeverityFilter } from "./results";
import { editedMessage, problemMessage, type EditMessage } from "./edit-messages";
import { useTaskPane, type Busy, type Notice } from "./use-task-pane";
import { FillPanel } from "./components/FillPanel";
import { HostFailureBar } from "./components/HostFailureBar";
import { ResultsList } from "./components/ResultsList";
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
  },
  titleRow: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  title: { margin: 0 },
  titleActions: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  toolbar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  progress: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  summary: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  muted: { color: tokens.colorNeutralForeground3 },
  noticeLines: { display: "flex", flexDirection: "column" },
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
      <UiProvider locale={locale}>
        <PaneBody pane={pane} features={features} />
      </UiProvider>
    </FluentProvider>
  );
}

function PaneBody({ pane, features }: { readonly pane: ReturnType<typeof useTaskPane>; readonly features: FeatureFlags }): ReactElement {
  const styles = useStyles();
  const { t } = useUi();
  const [filter, setFilter] = useState<SeverityFilter>("all");
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [fillOpen, setFillOpen] = useState(false);
  const diagnostics = useMemo(() => pane.run?.report.diagnostics ?? [], [pane.run]);
  const counts = useMemo(() => countBySeverity(diagnostics), [diagnostics]);
  const groups = useMemo(() => groupDiagnostics(diagnostics, filter), [diagnostics, filter]);
  const busy = pane.busy !== null;
  const report = pane.run?.report;

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
            size="small"
            appearance="subtle"
            checked={settingsOpen}
            icon={<Settings20Regular />}
            aria-label={t.settings}
            title={t.settings}
            onClick={() => setSettingsOpen((open) => !open)}
          />
        </span>
      </header>

      {settingsOpen && pane.settingsLoaded ? (
        <SettingsPanel
          settings={pane.settings}
          onCancel={() => setSettingsOpen(false)}
          onSave={(next) => {
            void pane.saveSettings(next, true).then((saved) => {
              if (saved) setSettingsOpen(false);
            });
          }}
        />
      ) : null}

      <div className={styles.toolbar}>
        <Button appearance="primary" disabled={busy} onClick={() => void pane.check()}>
          {t.check}
        </Button>
        <Button disabled={busy} onClick={() => void pane.clearMarks()}>
          {t.clearMarks}
        </Button>
        {features.fillTemplate ? (
          <ToggleButton checked={fillOpen} onClick={() => setFillOpen((open) => !open)}>
            {t.fillTemplate}
          </ToggleButton>
        ) : null}
        {features.makeSummary ? (
          <Button disabled={busy} onClick={() => void pane.makeSummary()}>
            {t.makeSummary}
          </Button>
        ) : null}
      </div>

      {features.fillTemplate && fillOpen ? (
        <FillPanel run={pane.run} busy={busy} onEdit={(request) => void pane.edit(request)} onClose={() => setFillOpen(false)} />
      ) : null}

      {pane.busy !== null ? <Progress busy={pane.busy} t={t} /> : null}

      {pane.failures.map((f) => (
        <HostFailureBar key={f.id} failure={f} onDismiss={() => pane.dismissFailure(f.id)} />
      ))}

      {pane.notice !== null ? <NoticeBar notice={pane.notice} t={t} onDismiss={pane.dismissNotice} /> : null}

      {report === undefined ? (
        <Text className={styles.muted}>{t.idleHint}</Text>
      ) : (
        <>
          <div className={styles.summary} data-summary="">
            <Text>{t.workbookSummary(report.stats.sheets.length, report.stats.projects, report.stats.summaries)}</Text>
            <Text weight="semibold">{diagnostics.length === 0 ? t.noProblems : t.countsLine(counts)}</Text>
            {report.stats.unrecognisedSheets.length > 0 ? (
              <Caption1 className={styles.muted}>{t.unrecognisedSheets(report.stats.unrecognisedSheets.join("、"))}</Caption1>
            ) : null}
          </div>
          {diagnostics.length > 0 ? (
            <>
              <SeverityFilterTabs value={filter} counts={counts} onChange={setFilter} />
              {groups.length === 0 && filter !== "all" ? (
                <Text className={styles.muted}>{t.nothingInFilter(t.severity[filter])}</Text>
              ) : (
                <ResultsList groups={groups} onSelect={(d) => void pane.goTo(d)} />
              )}
            </>
          ) : null}
        </>
      )}
    </main>
  );
}

function noticeMessage(notice: Notice, t: UiStrings): EditMessage {
  switch (notice.kind) {
    case "cleared":
      return { intent: "success", lines: [t.marksCleared(notice.restored)] };
    case "settingsSaved":
      return { intent: "success", lines: [t.settingsPanel.saved] };
    case "summary":
      return { intent: "success", lines: [t.summaryWritten(notice.sheets)] };
    case "edited":
      return editedMessage(notice.detail, notice.result, t);
    case "problem":
      return problemMessage(notice.problem, t);
  }
}

function NoticeBar({ notice, t, onDismiss }: { readonly notice: Notice; readonly t: UiStrings; readonly onDismiss: () => void }): ReactElement {
  const styles = useStyles();
  const message = noticeMessage(notice, t);
  return (
    <MessageBar intent={message.intent} layout={message.lines.length > 1 ? "multiline" : "auto"} data-notice={notice.kind}>
      <MessageBarBody>
        {message.lines.length === 1 ? (
          message.lines[0]
        ) : (
          <span className={styles.noticeLines}>
            {message.lines.map((line, i) => (
              <span key={i}>{line}</span>
            ))}
          </span>
        )}
      </MessageBarBody>
      <MessageBarActions containerAction={<Button appearance="transparent" aria-label={t.dismiss} icon={<Dismiss20Regular />} onClick={onDismiss} />} />
    </MessageBar>
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

import type { ReactElement } from "react";
import { Caption1, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import type { UiStrings } from "../i18n";
import type { Busy } from "../pane-types";

const useStyles = makeStyles({ progress: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS } });

/** What the pane is doing now, with the sheets read so far while it reads. */
export function Progress({ busy, t }: { readonly busy: Busy; readonly t: UiStrings }): ReactElement {
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
  if (busy.kind !== "reading") return t.progress[busy.kind];
  return busy.total > 0 ? t.progress.reading(busy.done, busy.total) : t.progress.readingStarted;
}

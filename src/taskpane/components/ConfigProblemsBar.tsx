import { useEffect, useMemo, useState, type ReactElement } from "react";
import { Button, useAnnounce } from "@fluentui/react-components";
import type { ConfigProblem } from "../../core/config";
import { configProblemLine, problemField, type SettingField } from "../config-notice";
import { useUi } from "../context";
import type { EditMessage } from "../edit-messages";
import { NoticeFrame } from "./NoticeBar";

export interface ConfigProblemsBarProps {
  /** What parseCheckConfig refused in the settings the workbook (or the pane) stored. */
  readonly problems: readonly ConfigProblem[];
  /** 打开设置, at the field of the first problem that has one (null: the panel shows none of them). */
  readonly onOpenSettings: (field: SettingField | null) => void;
  /** After ✕: the focus goes back to a control, never to <body>. */
  readonly onDismissed: () => void;
}

/**
 * The settings that could not be used, each in a budget officer's words with the value used instead,
 * said aloud when they appear; it stays through checks (they use the defaults) until ✕ or a save of 设置.
 */
export function ConfigProblemsBar({ problems, onOpenSettings, onDismissed }: ConfigProblemsBarProps): ReactElement | null {
  const { t } = useUi();
  const { announce } = useAnnounce();
  const [dismissed, setDismissed] = useState<readonly ConfigProblem[] | null>(null);
  const shown = problems.length > 0 && dismissed !== problems;
  const title = t.configProblems.title(problems.length);
  const message = useMemo<EditMessage>(() => ({ intent: "warning", lines: [...problems.map((p) => configProblemLine(p, t)), t.configProblems.hint] }), [problems, t]);
  useEffect(() => {
    if (shown) announce(`${title} ${message.lines.join(" ")}`, { polite: true });
  }, [shown, title, message, announce]);
  if (!shown) return null;
  const field = problems.map(problemField).find((f) => f !== null) ?? null;
  return (
    <NoticeFrame
      kind="configProblems"
      title={title}
      message={message}
      shown={problems}
      onDismiss={() => {
        setDismissed(problems);
        onDismissed();
      }}
    >
      <Button size="small" onClick={() => onOpenSettings(field)}>
        {t.configProblems.openSettings}
      </Button>
    </NoticeFrame>
  );
}

import type { ReactElement } from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { Dismiss20Regular } from "@fluentui/react-icons";
import { useUi } from "../context";
import { describeHostError } from "../host-errors";
import type { HostFailure } from "../use-task-pane";

/** A failed workbook action in plain words: which step, what to do, and the Office code (never a stack). */
export function HostFailureBar({ failure, onDismiss }: { readonly failure: HostFailure; readonly onDismiss: () => void }): ReactElement {
  const { t, locale } = useUi();
  const view = describeHostError(failure.error, locale);
  return (
    <MessageBar intent="error" layout="multiline" data-failure={failure.step}>
      <MessageBarBody>
        <MessageBarTitle>{t.errorTitle}</MessageBarTitle>
        {`${t.during[failure.step]}${locale === "en" ? " " : ""}${view.sentence}${view.code === null ? "" : t.errorCode(view.code)}`}
      </MessageBarBody>
      <MessageBarActions
        containerAction={<Button appearance="transparent" aria-label={t.dismiss} icon={<Dismiss20Regular />} onClick={onDismiss} />}
      />
    </MessageBar>
  );
}

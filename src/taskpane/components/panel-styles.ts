/** What the settings and 插入新项目 panels share: the panel's frame, its heading and its row of buttons. */
import { makeStyles, tokens } from "@fluentui/react-components";

export const usePanelStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
  heading: { margin: 0 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** A Field's props for a message under it. */
export interface FieldMessage {
  readonly validationState?: "error" | "warning";
  readonly validationMessage?: string;
}

/** A Field's props for an error shown under it (`validationMessage`), or none. */
export function fieldError(message: string | null): FieldMessage {
  return message === null ? {} : { validationState: "error", validationMessage: message };
}

/** A Field's props for a warning shown under it, or none. */
export function fieldWarning(message: string | null): FieldMessage {
  return message === null ? {} : { validationState: "warning", validationMessage: message };
}

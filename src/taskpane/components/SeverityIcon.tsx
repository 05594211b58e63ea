import type { ReactElement } from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ErrorCircle16Filled, Info16Filled, Warning16Filled } from "@fluentui/react-icons";
import type { Severity } from "../../core/types";
import { useUi } from "../context";

const useStyles = makeStyles({
  icon: { flexShrink: 0 },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorPaletteBlueForeground2 },
});

const ICONS = { error: ErrorCircle16Filled, warning: Warning16Filled, info: Info16Filled } as const;

export function SeverityIcon({ severity }: { readonly severity: Severity }): ReactElement {
  const styles = useStyles();
  const { t } = useUi();
  const Icon = ICONS[severity];
  return <Icon role="img" aria-label={t.severity[severity]} className={mergeClasses(styles.icon, styles[severity])} />;
}

import type { ReactElement } from "react";
import { Badge, makeStyles, tokens } from "@fluentui/react-components";
import type { SeverityCounts } from "../i18n";
import { useUi } from "../context";
import { SEVERITIES } from "../results";

const useStyles = makeStyles({
  badges: { display: "inline-flex", gap: tokens.spacingHorizontalXS, flexShrink: 0 },
});

const COLOR = { error: "danger", warning: "warning", info: "informative" } as const;

/** "错误 2 · 警告 1" as small badges; zero counts are left out. */
export function CountBadges({ counts }: { readonly counts: SeverityCounts }): ReactElement {
  const styles = useStyles();
  const { t } = useUi();
  return (
    <span className={styles.badges}>
      {SEVERITIES.filter((s) => counts[s] > 0).map((s) => (
        <Badge key={s} size="small" appearance="tint" color={COLOR[s]} data-count={s}>
          {`${t.severity[s]} ${counts[s]}`}
        </Badge>
      ))}
    </span>
  );
}

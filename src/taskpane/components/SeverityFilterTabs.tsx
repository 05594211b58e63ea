import type { ReactElement } from "react";
import { Tab, TabList, makeStyles } from "@fluentui/react-components";
import type { SeverityCounts } from "../i18n";
import { useUi } from "../context";
import { SEVERITIES, type SeverityFilter } from "../results";

export interface SeverityFilterTabsProps {
  readonly value: SeverityFilter;
  readonly counts: SeverityCounts;
  readonly onChange: (filter: SeverityFilter) => void;
}

function isFilter(value: unknown): value is SeverityFilter {
  return value === "all" || SEVERITIES.some((s) => s === value);
}

// The tabs wrap rather than widen a 300 px pane (the English labels are longer).
const useStyles = makeStyles({ tabs: { flexWrap: "wrap" } });

/** 全部 / 错误 / 警告 / 提示, each with its count. */
export function SeverityFilterTabs({ value, counts, onChange }: SeverityFilterTabsProps): ReactElement {
  const { t } = useUi();
  const styles = useStyles();
  const all = counts.error + counts.warning + counts.info;
  return (
    <TabList
      className={styles.tabs}
      size="small"
      aria-label={t.filterLabel}
      selectedValue={value}
      onTabSelect={(_, data) => {
        if (isFilter(data.value)) onChange(data.value);
      }}
    >
      <Tab value="all" data-filter="all">{`${t.filterAll} ${all}`}</Tab>
      {SEVERITIES.map((s) => (
        <Tab key={s} value={s} data-filter={s}>{`${t.severity[s]} ${counts[s]}`}</Tab>
      ))}
    </TabList>
  );
}

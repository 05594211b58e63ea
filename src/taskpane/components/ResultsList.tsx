import type { ReactElement } from "react";
import { Body1Strong, Caption1, Subtitle2, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { renderMessage, ruleDescription } from "../../core/messages/render";
import type { Diagnostic } from "../../core/rules/types";
import { useUi } from "../context";
import { diagnosticKey, type SheetGroup } from "../results";
import { CountBadges } from "./CountBadges";
import { SeverityIcon } from "./SeverityIcon";

const useStyles = makeStyles({
  sheets: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  sheetHeader: {
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  tableHeader: { marginTop: tokens.spacingVerticalS, paddingLeft: tokens.spacingHorizontalXS },
  heading: { margin: 0, overflowWrap: "anywhere" },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  item: {
    display: "flex",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalS,
    width: "100%",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    background: "none",
    color: tokens.colorNeutralForeground1,
    font: "inherit",
    textAlign: "start",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":active": { backgroundColor: tokens.colorNeutralBackground1Pressed },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  iconSlot: { paddingTop: "2px", display: "flex" },
  cell: {
    flexShrink: 0,
    minWidth: "2.75em",
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorBrandForeground1,
  },
  text: { display: "flex", flexDirection: "column", minWidth: 0, overflowWrap: "anywhere" },
  rule: { color: tokens.colorNeutralForeground3 },
});

export interface ResultsListProps {
  readonly groups: readonly SheetGroup[];
  readonly onSelect: (d: Diagnostic) => void;
}

/** Sheet → table → diagnostic; each diagnostic is a button, so a click, Enter or Space goes to its cell. */
export function ResultsList({ groups, onSelect }: ResultsListProps): ReactElement {
  const styles = useStyles();
  const { t, locale } = useUi();
  return (
    <div className={styles.sheets}>
      {groups.map((sheet) => (
        <section key={sheet.sheet} data-sheet={sheet.sheet}>
          <div className={mergeClasses(styles.header, styles.sheetHeader)}>
            <Subtitle2 as="h2" className={styles.heading}>
              {sheet.sheet}
            </Subtitle2>
            <CountBadges counts={sheet.counts} />
          </div>
          {sheet.tables.map((table) => (
            <section key={table.table} data-table={table.table}>
              <div className={mergeClasses(styles.header, styles.tableHeader)}>
                <Body1Strong as="h3" className={styles.heading}>
                  {table.table}
                </Body1Strong>
                <CountBadges counts={table.counts} />
              </div>
              <ul className={styles.list}>
                {table.diagnostics.map((d, i) => (
                  <li key={diagnosticKey(d, i)}>
                    <button
                      type="button"
                      className={styles.item}
                      data-diagnostic={`${d.sheet}!${d.cell}`}
                      data-severity={d.severity}
                      data-rule={d.rule}
                      title={t.goToCell(d.sheet, d.cell)}
                      onClick={() => onSelect(d)}
                    >
                      <span className={styles.iconSlot}>
                        <SeverityIcon severity={d.severity} />
                      </span>
                      <span className={styles.cell}>{d.cell}</span>
                      <span className={styles.text}>
                        <span data-message="">{renderMessage(d, locale)}</span>
                        <Caption1 className={styles.rule}>{ruleDescription(d.rule, locale)}</Caption1>
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      ))}
    </div>
  );
}

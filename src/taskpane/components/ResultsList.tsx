import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type ReactElement, type RefObject } from "react";
import { Body1Strong, Button, Caption1, makeStyles, mergeClasses, tokens, useArrowNavigationGroup } from "@fluentui/react-components";
import { ChevronDown16Regular, ChevronRight16Regular } from "@fluentui/react-icons";
import { renderMessage, renderSuggestion, ruleDescription } from "../../core/messages/render";
import type { Diagnostic } from "../../core/types";
import { useUi } from "../context";
import { diagnosticKey, type SheetGroup } from "../results";
import { buildRows, sheetKey, tableKey, type Row } from "../results-rows";
import { useVirtualRows } from "./use-virtual-rows";
import { CountBadges } from "./CountBadges";
import { SeverityIcon } from "./SeverityIcon";

const useStyles = makeStyles({
  // The list scrolls in a viewport of its own, as tall as the pane below the sticky list header.
  viewport: {
    position: "relative",
    overflowY: "auto",
    overflowX: "hidden",
    maxHeight: "calc(100vh - var(--jixiao-list-head, 0px))",
    minWidth: 0,
  },
  canvas: { position: "relative", minWidth: 0 },
  row: { position: "absolute", top: 0, left: 0, right: 0, minWidth: 0 },
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    width: "100%",
    minWidth: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    border: "none",
    background: "none",
    color: tokens.colorNeutralForeground1,
    font: "inherit",
    textAlign: "start",
    cursor: "pointer",
    borderRadius: tokens.borderRadiusMedium,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  sheetHeader: { marginTop: tokens.spacingVerticalS, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  tableHeader: { marginTop: tokens.spacingVerticalXS, paddingLeft: tokens.spacingHorizontalM },
  headingText: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, minWidth: 0, overflowWrap: "anywhere" },
  sheetName: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase400 },
  item: { display: "flex", flexDirection: "column", borderRadius: tokens.borderRadiusMedium, minWidth: 0 },
  current: { backgroundColor: tokens.colorBrandBackground2 },
  main: {
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
  actions: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    paddingLeft: "calc(20px + 2.75em + 2 * 8px)",
    paddingBottom: tokens.spacingVerticalXS,
  },
  suggestion: { flexBasis: "100%", overflowWrap: "anywhere", color: tokens.colorNeutralForeground2 },
});

export type ItemAction = "fix" | "accept" | "skip" | "complete" | "ignore";

export interface ResultsListProps {
  readonly groups: readonly SheetGroup[];
  /** The shown diagnostics in list order (what 上一个 / 下一个 walk), to index items. */
  readonly order: readonly Diagnostic[];
  readonly current: number | null;
  readonly busy: boolean;
  /** Suggestions the user skipped this session, by diagnosticKey(d, 0). */
  readonly skipped: ReadonlySet<string>;
  readonly onSelect: (d: Diagnostic, index: number) => void;
  readonly onAction: (action: ItemAction, d: Diagnostic, index: number) => void;
  /** Focus this item's main button after the list changed (the next item after a fix); bump `seq` to ask again. */
  readonly focus: { readonly index: number; readonly seq: number } | null;
}

/** Folded sheets and tables; 上一个 / 下一个 into a folded one unfolds it. */
function useFolding(current: number | null, order: readonly Diagnostic[]): readonly [ReadonlySet<string>, (key: string) => void] {
  const [closed, setClosed] = useState<ReadonlySet<string>>(() => new Set());
  useEffect(() => {
    const d = current === null ? undefined : order[current];
    if (!d) return;
    setClosed((set) => {
      if (!set.has(sheetKey(d.sheet)) && !set.has(tableKey(d.sheet, d.table))) return set;
      const next = new Set(set);
      next.delete(sheetKey(d.sheet));
      next.delete(tableKey(d.sheet, d.table));
      return next;
    });
  }, [current, order]);
  const toggle = useCallback(
    (key: string): void =>
      setClosed((set) => {
        const next = new Set(set);
        if (next.has(key)) next.delete(key);
        else next.add(key);
        return next;
      }),
    [],
  );
  return [closed, toggle];
}

/** The rows kept rendered wherever the list is scrolled: the focused one and its neighbours, the current item, the one about to be focused. */
function usePinnedRows(rows: readonly Row[], current: number | null, focusIndex: number | null): { readonly pinned: ReadonlySet<number>; readonly onFocus: (e: FocusEvent<HTMLElement>) => void } {
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const onFocus = useCallback((e: FocusEvent<HTMLElement>) => setFocusedKey(e.target.closest<HTMLElement>("[data-row]")?.dataset.row ?? null), []);
  const pinned = useMemo(() => {
    const out = new Set<number>();
    rows.forEach((r, i) => {
      if (r.kind === "item" && (r.index === current || r.index === focusIndex)) out.add(i);
      // The rows either side of the focused one too: an arrow key always finds where to go, however fast it repeats.
      if (r.key === focusedKey) for (let j = i - 2; j <= i + 2; j++) out.add(j);
    });
    return out;
  }, [rows, focusedKey, current, focusIndex]);
  return { pinned, onFocus };
}

/**
 * Sheet → table → diagnostic, collapsible, virtualised: the list scrolls in a viewport of its own and
 * only the rows in view are in the DOM. Each item goes to its cell and carries its own actions. One
 * Tab stop, arrow keys inside.
 */
export function ResultsList({ groups, order, current, busy, skipped, onSelect, onAction, focus }: ResultsListProps): ReactElement {
  const styles = useStyles();
  const { t } = useUi();
  const navigation = useArrowNavigationGroup({ axis: "grid-linear", memorizeCurrent: true });
  const [closed, toggle] = useFolding(current, order);
  const viewport = useRef<HTMLDivElement>(null);
  const indexOf = useMemo(() => new Map(order.map((d, i) => [d, i])), [order]);
  const rows = useMemo(() => buildRows(groups, closed, indexOf), [groups, closed, indexOf]);
  const focusIndex = focus === null || order.length === 0 ? null : Math.min(focus.index, order.length - 1);
  const { pinned, onFocus } = usePinnedRows(rows, current, focusIndex);
  const virtual = useVirtualRows(rows, viewport, pinned);
  useLayoutEffect(() => virtual.measure());
  useListFocus(viewport, rows, virtual.offsetOf, focus, focusIndex, current);

  return (
    <div
      ref={viewport}
      className={styles.viewport}
      role="group"
      aria-label={t.list.label}
      data-results=""
      onScroll={virtual.onScroll}
      onFocus={onFocus}
      {...navigation}
    >
      <div className={styles.canvas} style={{ height: `${virtual.height}px` }}>
        {virtual.shown.map(({ row, top }) => (
          <div key={row.key} className={styles.row} style={{ transform: `translateY(${top}px)` }} data-row={row.key}>
            {row.kind === "item" ? (
              <Item
                d={row.d}
                index={row.index}
                current={row.index === current}
                busy={busy}
                skipped={skipped.has(diagnosticKey(row.d, 0))}
                onSelect={onSelect}
                onAction={onAction}
              />
            ) : (
              <GroupHeader row={row} onToggle={toggle} />
            )}
          </div>
        ))}
      </div>
    </div>
  );
}

/** Moves the focus when asked (after a fix: the next item), and keeps the current item in view. */
function useListFocus(
  viewport: RefObject<HTMLDivElement>,
  rows: readonly Row[],
  offsetOf: (i: number) => number,
  focus: ResultsListProps["focus"],
  focusIndex: number | null,
  current: number | null,
): void {
  const latest = useRef({ rows, offsetOf, focusIndex });
  latest.current = { rows, offsetOf, focusIndex };
  // Only a new request moves the focus: a later re-check must not pull it back from wherever the user went.
  useEffect(() => {
    const { focusIndex: index } = latest.current;
    if (focus === null || index === null) return;
    viewport.current?.querySelector<HTMLButtonElement>(`[data-index="${index}"]`)?.focus();
  }, [focus, viewport]);
  useEffect(() => {
    if (current === null) return;
    const element = viewport.current;
    const i = rows.findIndex((r) => r.kind === "item" && r.index === current);
    if (element === null || i < 0) return;
    const top = offsetOf(i);
    const bottom = offsetOf(i + 1);
    if (top < element.scrollTop || bottom > element.scrollTop + element.clientHeight) element.scrollTop = Math.max(0, top - element.clientHeight / 3);
    element.querySelector<HTMLElement>(`[data-index="${current}"]`)?.scrollIntoView?.({ block: "nearest" });
  }, [current, rows, offsetOf, viewport]);
}

/** A sheet's or a table's header: its name and counts; a click folds or unfolds it. */
function GroupHeader({ row, onToggle }: { readonly row: Exclude<Row, { kind: "item" }>; readonly onToggle: (key: string) => void }): ReactElement {
  const styles = useStyles();
  const { t } = useUi();
  const name = row.kind === "sheet" ? row.sheet : row.table;
  const count = row.counts.error + row.counts.warning + row.counts.info;
  return (
    <button
      type="button"
      className={mergeClasses(styles.header, row.kind === "sheet" ? styles.sheetHeader : styles.tableHeader)}
      aria-expanded={row.open}
      title={row.open ? t.list.collapse(name) : t.list.expand(name, count)}
      data-sheet-header={row.kind === "sheet" ? row.sheet : undefined}
      data-table-header={row.kind === "table" ? row.table : undefined}
      onClick={() => onToggle(row.key)}
    >
      <span className={styles.headingText}>
        {row.open ? <ChevronDown16Regular /> : <ChevronRight16Regular />}
        {row.kind === "sheet" ? (
          <span className={styles.sheetName} role="heading" aria-level={2}>
            {row.sheet}
          </span>
        ) : (
          <Body1Strong role="heading" aria-level={3}>
            {row.table}
          </Body1Strong>
        )}
      </span>
      <CountBadges counts={row.counts} />
    </button>
  );
}

interface ItemProps {
  readonly d: Diagnostic;
  readonly index: number;
  readonly current: boolean;
  readonly busy: boolean;
  readonly skipped: boolean;
  readonly onSelect: (d: Diagnostic, index: number) => void;
  readonly onAction: (action: ItemAction, d: Diagnostic, index: number) => void;
}

const Item = memo(function Item({ d, index, current, busy, skipped, onSelect, onAction }: ItemProps): ReactElement {
  const styles = useStyles();
  const { t, locale } = useUi();
  const l = t.list;
  const fixable = d.fix !== undefined && d.fix.edits.length > 0;
  const suggestion = !skipped ? d.suggestions?.[0] : undefined;
  const completable = d.rule === "missing-category";
  const action = (name: ItemAction, label: string, primary = false): ReactElement => (
    <Button
      size="small"
      appearance={primary ? "primary" : name === "ignore" || name === "skip" ? "subtle" : "secondary"}
      disabledFocusable={busy}
      aria-label={l.actionOn(label, `${d.sheet}!${d.cell}`)}
      data-action={name}
      onClick={() => onAction(name, d, index)}
    >
      {label}
    </Button>
  );
  return (
    <div
      className={mergeClasses(styles.item, current && styles.current)}
      data-item={`${d.sheet}!${d.cell}`}
      data-rule={d.rule}
      aria-current={current ? "true" : undefined}
    >
      <button
        type="button"
        className={styles.main}
        data-diagnostic={`${d.sheet}!${d.cell}`}
        data-severity={d.severity}
        data-rule={d.rule}
        data-index={index}
        title={t.goToCell(d.sheet, d.cell)}
        onClick={() => onSelect(d, index)}
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
      <div className={styles.actions}>
        {suggestion !== undefined ? (
          <Caption1 className={styles.suggestion} data-suggestion-text="">
            {l.suggestion(renderSuggestion(d.rule, suggestion, locale))}
          </Caption1>
        ) : null}
        {fixable ? action("fix", l.fix, true) : null}
        {suggestion !== undefined ? action("accept", l.accept, !fixable) : null}
        {suggestion !== undefined ? action("skip", l.skip) : null}
        {completable ? action("complete", l.complete, true) : null}
        {action("ignore", l.ignore)}
      </div>
    </div>
  );
});

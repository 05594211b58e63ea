import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactElement } from "react";
import { Body1Strong, Button, Caption1, makeStyles, mergeClasses, tokens, useArrowNavigationGroup } from "@fluentui/react-components";
import { ChevronDown16Regular, ChevronRight16Regular } from "@fluentui/react-icons";
import { renderMessage, renderSuggestion, ruleDescription } from "../../core/messages/render";
import type { Diagnostic } from "../../core/types";
import { useUi } from "../context";
import type { SeverityCounts } from "../i18n";
import { diagnosticKey, type SheetGroup } from "../results";
import { CountBadges } from "./CountBadges";
import { SeverityIcon } from "./SeverityIcon";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", minWidth: 0 },
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
  sheetHeader: { marginTop: tokens.spacingVerticalM, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  tableHeader: { marginTop: tokens.spacingVerticalS, paddingLeft: tokens.spacingHorizontalM },
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

/** Rows are rendered in chunks; a chunk far from the viewport is a placeholder of its measured height. */
const CHUNK = 40;

export type ItemAction = "fix" | "accept" | "skip" | "complete" | "ignore";

type Row =
  | { readonly kind: "sheet"; readonly key: string; readonly sheet: string; readonly counts: SeverityCounts; readonly open: boolean }
  | { readonly kind: "table"; readonly key: string; readonly sheet: string; readonly table: string; readonly counts: SeverityCounts; readonly open: boolean }
  | { readonly kind: "item"; readonly key: string; readonly d: Diagnostic; readonly index: number };

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

/** Sheet → table → diagnostic, collapsible; each item goes to its cell and carries its own actions. One Tab stop, arrow keys inside. */
export function ResultsList({ groups, order, current, busy, skipped, onSelect, onAction, focus }: ResultsListProps): ReactElement {
  const styles = useStyles();
  const { t } = useUi();
  const navigation = useArrowNavigationGroup({ axis: "grid-linear", memorizeCurrent: true });
  const [closed, setClosed] = useState<ReadonlySet<string>>(() => new Set());
  const listRef = useRef<HTMLDivElement>(null);
  const indexOf = useMemo(() => new Map(order.map((d, i) => [d, i])), [order]);

  const rows = useMemo(() => {
    const out: Row[] = [];
    for (const sheet of groups) {
      const sheetKey = `s\u0000${sheet.sheet}`;
      const sheetOpen = !closed.has(sheetKey);
      out.push({ kind: "sheet", key: sheetKey, sheet: sheet.sheet, counts: sheet.counts, open: sheetOpen });
      if (!sheetOpen) continue;
      for (const table of sheet.tables) {
        const tableKey = `t\u0000${sheet.sheet}\u0000${table.table}`;
        const open = !closed.has(tableKey);
        out.push({ kind: "table", key: tableKey, sheet: sheet.sheet, table: table.table, counts: table.counts, open });
        if (!open) continue;
        table.diagnostics.forEach((d, i) => out.push({ kind: "item", key: diagnosticKey(d, i), d, index: indexOf.get(d) ?? -1 }));
      }
    }
    return out;
  }, [groups, closed, indexOf]);

  // 上一个 / 下一个 into a folded sheet or table unfolds it.
  useEffect(() => {
    if (current === null) return;
    const d = order[current];
    if (!d) return;
    setClosed((set) => {
      const sheetKey = `s\u0000${d.sheet}`;
      const tableKey = `t\u0000${d.sheet}\u0000${d.table}`;
      if (!set.has(sheetKey) && !set.has(tableKey)) return set;
      const next = new Set(set);
      next.delete(sheetKey);
      next.delete(tableKey);
      return next;
    });
  }, [current, order]);

  const chunks = useMemo(() => {
    const out: Row[][] = [];
    for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
    return out;
  }, [rows]);
  const chunkOf = (index: number | null): number => (index === null ? -1 : chunks.findIndex((c) => c.some((r) => r.kind === "item" && r.index === index)));
  const focusChunk = focus === null ? -1 : chunkOf(Math.min(focus.index, order.length - 1));
  const currentChunk = chunkOf(current);

  const orderLength = useRef(order.length);
  orderLength.current = order.length;
  // Only a new request moves the focus: a later re-check must not pull it back from wherever the user went.
  useEffect(() => {
    if (focus === null || orderLength.current === 0) return;
    const index = Math.min(focus.index, orderLength.current - 1);
    listRef.current?.querySelector<HTMLButtonElement>(`[data-index="${index}"]`)?.focus();
  }, [focus]);

  useEffect(() => {
    if (current === null) return;
    listRef.current?.querySelector<HTMLElement>(`[data-index="${current}"]`)?.scrollIntoView?.({ block: "nearest" });
  }, [current, rows]);

  const toggle = (key: string): void =>
    setClosed((set) => {
      const next = new Set(set);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  const render = (row: Row): ReactElement => {
    if (row.kind === "sheet" || row.kind === "table") {
      const name = row.kind === "sheet" ? row.sheet : row.table;
      const count = row.counts.error + row.counts.warning + row.counts.info;
      return (
        <button
          key={row.key}
          type="button"
          className={mergeClasses(styles.header, row.kind === "sheet" ? styles.sheetHeader : styles.tableHeader)}
          aria-expanded={row.open}
          title={row.open ? t.list.collapse(name) : t.list.expand(name, count)}
          data-sheet-header={row.kind === "sheet" ? row.sheet : undefined}
          data-table-header={row.kind === "table" ? row.table : undefined}
          onClick={() => toggle(row.key)}
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
    return (
      <Item
        key={row.key}
        d={row.d}
        index={row.index}
        current={row.index === current}
        busy={busy}
        skipped={skipped.has(diagnosticKey(row.d, 0))}
        onSelect={onSelect}
        onAction={onAction}
      />
    );
  };

  return (
    <div ref={listRef} className={styles.list} role="group" aria-label={t.list.label} data-results="" {...navigation}>
      {chunks.map((chunk, i) => (
        <Chunk key={chunk[0]!.key} rows={chunk} render={render} force={i === focusChunk || i === currentChunk} eager={i < 2} />
      ))}
    </div>
  );
}

function Chunk({
  rows,
  render,
  force,
  eager,
}: {
  readonly rows: readonly Row[];
  readonly render: (row: Row) => ReactElement;
  readonly force: boolean;
  readonly eager: boolean;
}): ReactElement {
  const ref = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(eager);
  const height = useRef<number | null>(null);
  useEffect(() => {
    const element = ref.current;
    if (element === null || typeof IntersectionObserver === "undefined") {
      setNear(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        const entry = entries[entries.length - 1];
        // A chunk holding the focus stays rendered, or the focus would drop to <body>.
        if (entry) setNear(entry.isIntersecting || element.contains(document.activeElement));
      },
      { rootMargin: "1200px 0px" },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const shown = near || force;
  useLayoutEffect(() => {
    if (shown && ref.current) height.current = ref.current.offsetHeight;
  });
  const estimate = rows.reduce((h, r) => h + (r.kind === "item" ? 72 : 36), 0);
  return (
    <div ref={ref} style={shown ? undefined : { height: `${height.current ?? estimate}px` }} data-chunk={shown ? "shown" : "placeholder"}>
      {shown ? rows.map(render) : null}
    </div>
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

/**
 * The result list's state: the severity filter, the groups and 上一个/下一个 order, the current item,
 * where the focus goes after an action (the next item, never <body>), and what each item's buttons do.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from "react";
import type { Diagnostic } from "../core/types";
import type { ItemAction } from "./components/ResultsList";
import { diagnosticRef, fixableDiagnostics, projectsMissingCategories } from "./edit-plans";
import type { SeverityCounts } from "./i18n";
import { countBySeverity, diagnosticKey, groupDiagnostics, type SeverityFilter, type SheetGroup } from "./results";
import type { TaskPaneActions, TaskPaneState } from "./pane-types";

export interface ResultList {
  readonly diagnostics: readonly Diagnostic[];
  readonly counts: SeverityCounts;
  readonly groups: readonly SheetGroup[];
  /** The shown diagnostics in list order: what 上一个 / 下一个 walk. */
  readonly order: readonly Diagnostic[];
  readonly fixable: number;
  readonly missing: number;
  readonly filter: SeverityFilter;
  readonly setFilter: (filter: SeverityFilter) => void;
  readonly current: number | null;
  readonly walk: (step: 1 | -1) => void;
  readonly select: (d: Diagnostic, index: number) => void;
  readonly focus: { readonly index: number; readonly seq: number } | null;
  readonly focusItem: (index: number) => void;
  readonly skipped: ReadonlySet<string>;
  readonly onAction: (action: ItemAction, d: Diagnostic, index: number) => void;
}

/** An element's height, followed as it changes (0 until it is there). */
export function useElementHeight(ref: RefObject<HTMLElement>): number {
  const [height, setHeight] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (element === null) return;
    setHeight(element.offsetHeight);
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(() => setHeight(element.offsetHeight));
    observer.observe(element);
    return () => observer.disconnect();
  });
  return height;
}

/** The current item and 上一个 / 下一个 (wrapping round, like Excel's Error Checking), selecting each cell. */
function useCurrentItem(order: readonly Diagnostic[], goTo: (d: Diagnostic) => Promise<void>): Pick<ResultList, "current" | "walk" | "select"> {
  const [current, setCurrent] = useState<number | null>(null);
  useEffect(() => {
    setCurrent((c) => (c === null || order.length === 0 ? null : Math.min(c, order.length - 1)));
  }, [order]);
  const walk = (step: 1 | -1): void => {
    if (order.length === 0) return;
    const next = current === null ? (step === 1 ? 0 : order.length - 1) : (current + step + order.length) % order.length;
    setCurrent(next);
    void goTo(order[next]!);
  };
  const select = (d: Diagnostic, index: number): void => {
    setCurrent(index);
    void goTo(d);
  };
  return { current, walk, select };
}

type Pane = TaskPaneState & TaskPaneActions;

export function useResultList(pane: Pane, checkButton: RefObject<HTMLButtonElement>): ResultList {
  const [filter, setFilter] = useState<SeverityFilter>("all");
  const [focus, setFocus] = useState<{ index: number; seq: number } | null>(null);
  const [skipped, setSkipped] = useState<ReadonlySet<string>>(() => new Set());
  const seq = useRef(0);
  const diagnostics = useMemo(() => pane.run?.diagnostics ?? [], [pane.run]);
  const counts = useMemo(() => countBySeverity(diagnostics), [diagnostics]);
  const groups = useMemo(() => groupDiagnostics(diagnostics, filter), [diagnostics, filter]);
  const order = useMemo(() => groups.flatMap((s) => s.tables.flatMap((g) => g.diagnostics)), [groups]);
  const fixable = useMemo(() => fixableDiagnostics(diagnostics).length, [diagnostics]);
  const missing = useMemo(() => projectsMissingCategories(diagnostics).length, [diagnostics]);
  const { current, walk, select } = useCurrentItem(order, pane.goTo);

  const focusItem = useCallback((index: number) => setFocus({ index: Math.max(0, index), seq: ++seq.current }), []);
  // With no item left to focus, the focus goes to 校验 rather than <body>.
  useEffect(() => {
    if (focus !== null && order.length === 0 && (document.activeElement === document.body || document.activeElement === null)) checkButton.current?.focus();
  }, [focus, order.length, checkButton]);

  const { edit, ignore } = pane;
  const onAction = useCallback(
    (action: ItemAction, d: Diagnostic, index: number): void => {
      const then = (): void => focusItem(index);
      if (action === "fix") void edit({ kind: "fix", diagnostic: diagnosticRef(d) }).then(then);
      else if (action === "accept") void edit({ kind: "suggestion", diagnostic: diagnosticRef(d), index: 0 }).then(then);
      else if (action === "complete") void edit({ kind: "complete", project: { sheet: d.sheet, table: d.table } }).then(then);
      else if (action === "ignore") void ignore(d).then(then);
      else {
        setSkipped((s) => new Set([...s, diagnosticKey(d, 0)]));
        focusItem(index + 1);
      }
    },
    [edit, ignore, focusItem],
  );

  return { diagnostics, counts, groups, order, fixable, missing, filter, setFilter, current, walk, select, focus, focusItem, skipped, onAction };
}

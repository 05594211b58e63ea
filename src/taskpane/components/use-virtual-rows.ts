/**
 * Virtualisation of the result list: only the rows in (or near) the list's scroll viewport are in the
 * DOM, each at its measured place; rows the user is on (the focused one, the current item, one the
 * pane is about to focus) stay rendered wherever they are, so the focus never drops to <body>.
 */
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type RefObject } from "react";
import { rowOffsets, visibleRows, type Row } from "../results-rows";

/** Rows rendered beyond each edge of the viewport, in px: arrow keys always find the next row there. */
const OVERSCAN = 600;

export interface VirtualRows {
  /** The rows to render, in list order, each with its top. */
  readonly shown: readonly { readonly row: Row; readonly top: number }[];
  /** The list's whole height. */
  readonly height: number;
  /** Where row `i` starts. */
  readonly offsetOf: (i: number) => number;
  /** Called on scroll of the list's viewport. */
  readonly onScroll: () => void;
  /** Measures the rendered rows after a render (their `data-row` elements). */
  readonly measure: () => void;
}

export function useVirtualRows(rows: readonly Row[], viewport: RefObject<HTMLElement>, pinned: ReadonlySet<number>): VirtualRows {
  const [heights, setHeights] = useState<ReadonlyMap<string, number>>(() => new Map());
  // The width too: rows wrap differently at another width, and a change re-renders them to be measured again.
  const [view, setView] = useState({ top: 0, height: 900, width: 0 });
  const frame = useRef<number | null>(null);
  const offsets = useMemo(() => rowOffsets(rows, heights), [rows, heights]);

  const readView = useCallback(() => {
    const element = viewport.current;
    if (element === null) return;
    const next = { top: element.scrollTop, height: element.clientHeight, width: element.clientWidth };
    setView((v) => (v.top === next.top && v.height === next.height && v.width === next.width ? v : next));
  }, [viewport]);

  const onScroll = useCallback(() => {
    if (frame.current !== null) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = null;
      readView();
    });
  }, [readView]);

  useLayoutEffect(() => {
    readView();
    const element = viewport.current;
    if (element === null || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(() => readView());
    observer.observe(element);
    return () => observer.disconnect();
  }, [viewport, readView]);

  const measure = useCallback(() => {
    const element = viewport.current;
    if (element === null) return;
    const found: [string, number][] = [];
    element.querySelectorAll<HTMLElement>("[data-row]").forEach((r) => found.push([r.dataset.row!, r.offsetHeight]));
    setHeights((old) => {
      const changed = found.filter(([key, h]) => h > 0 && Math.abs((old.get(key) ?? -1) - h) >= 1);
      if (changed.length === 0) return old;
      const next = new Map(old);
      for (const [key, h] of changed) next.set(key, h);
      return next;
    });
  }, [viewport]);

  const shown = useMemo(() => {
    const { first, last } = visibleRows(offsets, view.top, view.height, OVERSCAN);
    const indices = new Set<number>();
    for (let i = first; i <= last; i++) indices.add(i);
    for (const i of pinned) if (i >= 0 && i < rows.length) indices.add(i);
    return [...indices].sort((a, b) => a - b).map((i) => ({ row: rows[i]!, top: offsets[i]! }));
  }, [offsets, view, pinned, rows]);

  const offsetOf = useCallback((i: number) => offsets[Math.max(0, Math.min(i, rows.length))] ?? 0, [offsets, rows.length]);
  return { shown, height: offsets[rows.length] ?? 0, offsetOf, onScroll, measure };
}

import type { Indicator, Sourced } from "../model/model";
import { labelKey } from "../text/normalize";
import { indicatorColumnOf } from "../vocabulary/labels";
import { looksEncodedList } from "../vocabulary/categories";
import { parseIndicatorValue } from "../value/parse-indicator-value";

/**
 * Decodes the one-cell indicator lists that budget systems export in list layouts:
 * "1、1-产出指标；12-质量指标；信访事项及时受理率；实施周期指标值:100%；年度指标值:100%。2、…"
 * Every decoded indicator points at the encoded cell.
 */
export function decodeIndicatorCell(text: string, cell: string, row: number): Indicator[] {
  const items = text
    .split(/(?:^|(?<=[。；;.\s]))\s*\d{1,3}[、.．]\s*(?=\d{1,2}\s*[-－—])/u)
    .map((s) => s.trim())
    .filter((s) => s !== "");
  const out: Indicator[] = [];
  for (const item of items) {
    const parts = item.split(/[；;]/u).map((p) => p.trim());
    let level1: { code: string; name: string } | null = null;
    let level2: { code: string; name: string } | null = null;
    const names: string[] = [];
    let annual: string | null = null;
    let period: string | null = null;
    let plain: string | null = null;
    for (const part of parts) {
      if (part === "") continue;
      const coded = /^(\d{1,2})\s*[-－—]\s*(.+)$/u.exec(part);
      if (coded && (!level1 || !level2) && names.length === 0) {
        if (!level1) level1 = { code: coded[1]!, name: coded[2]!.trim() };
        else level2 = { code: coded[1]!, name: coded[2]!.trim() };
        continue;
      }
      const kv = /^([^:：]{2,12}?)\s*[:：]\s*(.*)$/su.exec(part);
      const field = kv ? indicatorColumnOf(labelKey(kv[1]!)) : null;
      if (kv && (field === "periodValue" || field === "annualValue" || field === "value")) {
        const v = stripEnd(kv[2]!);
        if (field === "periodValue") period = v;
        else if (field === "annualValue") annual = v;
        else plain = v;
        continue;
      }
      names.push(stripEnd(part));
    }
    if (!level1 && names.length === 0) continue;
    const valueText = annual ?? plain ?? period;
    out.push({
      ...indicatorInCell(cell, row, { level1: level1?.name, level2: level2?.name, level3: names.join("；") || null, value: valueText, periodValue: annual !== null ? period : null }),
      codes: { ...(level1 ? { level1: level1.code } : {}), ...(level2 ? { level2: level2.code } : {}) },
    });
  }
  return out;
}

function stripEnd(s: string): string {
  return s.replace(/[。.\s]+$/u, "").trim();
}

/** True when a cell looks like an encoded indicator list. */
export function looksEncoded(text: string): boolean {
  return looksEncodedList(text);
}

/** An indicator read out of one cell of a list (its code grammar or its text items): every field points at that cell. */
export function indicatorInCell(
  cell: string,
  row: number,
  texts: { readonly level1?: string | null; readonly level2?: string | null; readonly level3: string | null; readonly value: string | null; readonly periodValue?: string | null },
): Indicator {
  const src = (v: string | null | undefined): Sourced<string> | null => (v ? { value: v, cell } : null);
  return {
    row,
    level1: src(texts.level1),
    level2: src(texts.level2),
    level3: src(texts.level3),
    description: null,
    value: src(texts.value),
    periodValue: src(texts.periodValue),
    parsedValue: texts.value !== null ? parseIndicatorValue(texts.value) : null,
    basis: null,
    weight: null,
    lastYear: null,
  };
}

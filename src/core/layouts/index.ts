import { blockLayout } from "./block";
import { departmentLayout } from "./department";
import { flatLayout } from "./flat";
import { listLayout } from "./list";
import { selfEvaluationLayout } from "./self-evaluation";
import { summaryLayout } from "./summary";
import { textBlockLayout } from "./text-block";
import type { FillableLayout, HeaderLayout, Layout, SheetLayout } from "./types";

export type { FillableLayout, HeaderLayout, Layout, SheetLayout };

/**
 * Every layout the reader knows, one module each: parse tries them all (order is no priority: each
 * layout's `detect` excludes the others'), fill writes those with a skeleton, in this order.
 */
export const LAYOUTS = [selfEvaluationLayout, departmentLayout, textBlockLayout, blockLayout, listLayout, flatLayout, summaryLayout] as const;

/** The layouts fill can write. */
export type ProjectLayoutModule = Extract<(typeof LAYOUTS)[number], { readonly skeleton: unknown }>;

export type ProjectLayout = ProjectLayoutModule["id"];

const isFillable = (layout: Layout): layout is ProjectLayoutModule => "skeleton" in layout && layout.skeleton !== undefined;

/** The layouts fill writes, in the order the fill panel and `jixiao new --layout` offer them. */
export const PROJECT_LAYOUTS: readonly ProjectLayoutModule[] = LAYOUTS.filter(isFillable);

export const PROJECT_LAYOUT_IDS: readonly ProjectLayout[] = PROJECT_LAYOUTS.map((l) => l.id);

export function isProjectLayout(value: unknown): value is ProjectLayout {
  return typeof value === "string" && (PROJECT_LAYOUT_IDS as readonly string[]).includes(value);
}

export function projectLayout(id: ProjectLayout): ProjectLayoutModule {
  return PROJECT_LAYOUTS.find((l) => l.id === id)!;
}

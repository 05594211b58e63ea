import { blockLayout } from "./block";
import { flatLayout } from "./flat";
import { listLayout } from "./list";
import type { ProjectLayoutModule } from "./types";

export type { ProjectLayoutModule };

/** Every project-table layout, in the order the fill panel and `jixiao new --layout` offer them. */
export const PROJECT_LAYOUTS = [blockLayout, listLayout, flatLayout] as const;

export type ProjectLayout = (typeof PROJECT_LAYOUTS)[number]["id"];

export const PROJECT_LAYOUT_IDS: readonly ProjectLayout[] = PROJECT_LAYOUTS.map((l) => l.id);

export function isProjectLayout(value: unknown): value is ProjectLayout {
  return typeof value === "string" && (PROJECT_LAYOUT_IDS as readonly string[]).includes(value);
}

export function projectLayout(id: ProjectLayout): (typeof PROJECT_LAYOUTS)[number] {
  return PROJECT_LAYOUTS.find((l) => l.id === id)!;
}

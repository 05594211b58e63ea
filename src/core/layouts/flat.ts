import type { ProjectLayoutModule } from "./types";

/** One row per indicator, the project's columns merged (or repeated) over its rows. */
export const flatLayout: ProjectLayoutModule<"flat"> = {
  id: "flat",
  name: { zh: "逐行", en: "Flat" },
  description: { zh: "每个指标一行，项目信息合并或重复在各行", en: "One row per indicator, the project's cells merged or repeated over its rows" },
  skeleton: { widths: [24, 18, 10, 10, 10, 34, 12, 18, 26, 14, 16], columns: { level1: 6, level2: 7, level3: 8, value: 9, basis: 10 } },
};

import type { ProjectLayoutModule } from "./types";

/** One row per project, its indicators encoded in one cell (seed 003). */
export const listLayout: ProjectLayoutModule<"list"> = {
  id: "list",
  name: { zh: "列表", en: "List" },
  description: { zh: "每个项目一行，绩效指标写在一个单元格内", en: "One row per project, its indicators in one cell" },
  skeleton: { widths: [26, 10, 10, 12, 10, 40, 70], columns: null },
};

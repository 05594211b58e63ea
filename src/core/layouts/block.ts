import type { ProjectLayoutModule } from "./types";

/** A block per project: title, head labels (项目名称, 预算数 …), then the indicator table (seeds 000, 002, 004). */
export const blockLayout: ProjectLayoutModule<"block"> = {
  id: "block",
  name: { zh: "分块", en: "Block" },
  description: { zh: "每个项目一块：标题、项目名称与资金，下接指标表", en: "One block per project: title, name and funds, then the indicator table" },
  skeleton: { widths: [16, 16, 26, 22, 12, 16, 16], columns: { level1: 0, level2: 1, level3: 2, description: 3, value: 5, basis: 6 } },
};

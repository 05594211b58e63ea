import type { ProjectTemplate } from "./types";

/** 设备购置: examples/seed003-liwan-list.xlsx (购置经费) and examples/seed001-dongli-department.xlsx (日常使用设备, 设备正常运行率, spelt "设备正常运 行率" there). */
export const equipment: ProjectTemplate = {
  id: "equipment",
  name: "设备购置",
  aliases: ["购置", "设备采购", "购置经费"],
  keywords: ["购置", "设备", "采购", "装备", "器材"],
  use: "主要用于{项目名称}的办公及业务设备购置支出。",
  goal: "按计划完成设备购置并投入使用，保障办公及业务工作高效、规范运行。",
  indicators: [
    {
      level1: "成本",
      level2: "经济成本",
      level3: "设备购置成本",
      description: "指全年设备购置支出",
      value: "≤{预算数}{单位}",
      basis: "预算支出标准",
    },
    {
      level1: "产出",
      level2: "数量",
      level3: "购置设备数量",
      description: "指全年计划购置的设备数量",
      value: "≥1台",
      basis: "计划标准",
    },
    {
      level1: "产出",
      level2: "质量",
      level3: "设备验收合格率",
      description: "指购置设备经验收合格的比率",
      value: "100%",
      basis: "行业标准",
    },
    {
      level1: "产出",
      level2: "时效",
      level3: "设备采购完成时间",
      description: "指设备采购完成并交付使用的时间",
      value: "{年度}年1月至12月",
      basis: "计划标准",
    },
    {
      level1: "效益",
      level2: "社会效益",
      level3: "设备正常运行率",
      description: "指购置设备投入使用后的正常运行比率",
      value: "≥95%",
      basis: "历史标准",
    },
    {
      level1: "满意度",
      level2: "服务对象满意度",
      level3: "设备使用人员满意度",
      description: "指设备使用人员对所购设备的满意程度",
      value: "≥90%",
      basis: "历史标准",
    },
  ],
};

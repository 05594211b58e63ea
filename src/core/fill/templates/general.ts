import type { ProjectTemplate } from "./types";

/** 通用: the indicators most blocks of examples/seed000-tianjin-blocks.xlsx share (资金使用合规率 100%, 资金使用时间 2024年1月至12月, 满意度 ≥95%). */
export const general: ProjectTemplate = {
  id: "general",
  name: "通用",
  aliases: ["一般", "通用项目", "工作经费"],
  keywords: [],
  use: "主要用于{项目名称}相关支出。",
  goal: "保障{项目名称}各项工作按计划完成，资金使用规范、有效。",
  indicators: [
    {
      level1: "成本",
      level2: "经济成本",
      level3: "项目成本",
      description: "指全年项目资金支出",
      value: "≤{预算数}{单位}",
      basis: "预算支出标准",
    },
    {
      level1: "产出",
      level2: "数量",
      level3: "完成工作任务数量",
      alternatives: [{ level3: "保障人数", value: "≥10人", description: "指项目资金保障的工作人员数量" }],
      description: "指全年按计划完成的工作任务数量",
      value: "≥1项",
      basis: "计划标准",
    },
    {
      level1: "产出",
      level2: "质量",
      level3: "资金使用合规率",
      description: "指项目资金按规定用途和标准使用的比率",
      value: "100%",
      basis: "计划标准",
    },
    {
      level1: "产出",
      level2: "时效",
      level3: "资金使用时间",
      alternatives: [{ level3: "资金支付及时率", value: "100%", description: "指按计划及时支付资金的比率" }],
      description: "指项目资金的使用期间",
      value: "{年度}年1月至12月",
      basis: "计划标准",
    },
    {
      level1: "效益",
      level2: "社会效益",
      level3: "保障工作正常开展",
      description: "指项目对日常工作正常开展的保障作用",
      value: "有效保障",
      basis: "历史标准",
    },
    {
      level1: "满意度",
      level2: "服务对象满意度",
      level3: "服务对象满意度",
      description: "指服务对象对项目实施效果的满意程度",
      value: "≥90%",
      basis: "历史标准",
    },
  ],
};

import type { ProjectTemplate } from "./types";

/** 人员经费 / 编外人员: examples/seed000-tianjin-blocks.xlsx (信访接待中心工作经费: 文员), examples/seed001-dongli-department.xlsx (编外人员经费, 编外人员（清退）经费), examples/seed003-liwan-list.xlsx (编外人员聘用经费). */
export const personnel: ProjectTemplate = {
  id: "personnel",
  name: "人员经费",
  aliases: ["编外人员", "编外人员经费", "人员经费/编外人员", "聘用人员"],
  keywords: ["编外", "聘用", "临聘", "人员经费", "工资", "劳务", "文员", "协管员", "辅助人员", "清退"],
  use: "主要用于{项目名称}中聘用人员的工资福利、社会保险等支出。",
  goal: "按规定标准及时足额发放聘用人员工资，保障聘用人员队伍稳定，协助完成业务工作。",
  indicators: [
    {
      level1: "成本",
      level2: "经济成本",
      level3: "人员经费成本",
      description: "指全年聘用人员工资福利及社会保险等支出",
      value: "≤{预算数}{单位}",
      basis: "预算支出标准",
    },
    {
      level1: "产出",
      level2: "数量",
      level3: "聘用人员数量",
      description: "指全年聘用的编外人员人数",
      value: "≥1人",
      basis: "计划标准",
    },
    {
      level1: "产出",
      level2: "质量",
      level3: "工资发放合规率",
      alternatives: [{ level3: "考核合格率", value: "100%", description: "指聘用人员年度考核合格的比率" }],
      description: "指按规定标准核算发放工资的比率",
      value: "100%",
      basis: "计划标准",
    },
    {
      level1: "产出",
      level2: "时效",
      level3: "工资发放及时率",
      description: "指按月及时足额发放工资的比率",
      value: "100%",
      basis: "计划标准",
    },
    {
      level1: "效益",
      level2: "社会效益",
      level3: "保障业务工作正常开展",
      description: "指聘用人员协助完成业务工作、保障工作正常开展的作用",
      value: "有效保障",
      basis: "其他标准",
    },
    {
      level1: "满意度",
      level2: "服务对象满意度",
      level3: "使用部门满意度",
      description: "指用人部门对聘用人员工作的满意程度",
      value: "≥90%",
      basis: "历史标准",
    },
  ],
};

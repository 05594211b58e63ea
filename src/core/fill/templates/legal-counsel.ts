import type { ProjectTemplate } from "./types";

/** 法律顾问: examples/seed004-korla-weighted.xlsx (部门专项-聘请法律顾问经费) and examples/seed003-liwan-list.xlsx (信息系统维护及法律顾问费: 提供法律咨询服务案件数). */
export const legalCounsel: ProjectTemplate = {
  id: "legal-counsel",
  name: "法律顾问",
  aliases: ["聘请法律顾问", "法律服务", "律师"],
  keywords: ["法律", "律师", "顾问", "法治"],
  use: "主要用于{项目名称}的法律顾问服务费用支出。",
  goal: "聘请法律顾问，为重大决策、合同签订、法律文书和疑难事项处理提供法律意见，防范法律风险。",
  indicators: [
    {
      level1: "成本",
      level2: "经济成本",
      level3: "法律顾问服务费",
      description: "指全年聘请法律顾问的服务费用",
      value: "≤{预算数}{单位}",
      basis: "预算支出标准",
    },
    {
      level1: "产出",
      level2: "数量",
      level3: "聘请法律顾问人数",
      alternatives: [{ level3: "提供法律咨询服务案件数", value: "≥15宗", description: "指法律顾问全年提供法律咨询服务的案件数" }],
      description: "指全年聘请的法律顾问人数",
      value: "≥1人",
      basis: "计划标准",
    },
    {
      level1: "产出",
      level2: "质量",
      level3: "法律文书审查合格率",
      description: "指法律顾问审查修改的法律文书符合规定的比率",
      value: "100%",
      basis: "行业标准",
    },
    {
      level1: "产出",
      level2: "时效",
      level3: "法律咨询答复及时率",
      description: "指法律顾问在约定时间内答复法律咨询的比率",
      value: "100%",
      basis: "计划标准",
    },
    {
      level1: "效益",
      level2: "社会效益",
      level3: "依法履职水平",
      description: "指法律顾问服务对依法处理事项、防范行政和民事纠纷的作用",
      value: "有效提升",
      basis: "其他标准",
    },
    {
      level1: "满意度",
      level2: "服务对象满意度",
      level3: "法律服务满意度",
      description: "指干部职工对法律顾问服务的满意程度",
      value: "≥90%",
      basis: "其他标准",
    },
  ],
};

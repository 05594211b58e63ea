import type { ProjectTemplate } from "./types";

/** 专项业务 / 救助资金: examples/seed002-qingdao-plan.xlsx (信访积案化解资金, 信访专项业务费), examples/seed001-dongli-department.xlsx (信访工作经费), examples/seed003-liwan-list.xlsx (信访维稳工作专项经费). */
export const specialBusiness: ProjectTemplate = {
  id: "special-business",
  name: "专项业务",
  aliases: ["救助资金", "专项业务/救助资金", "专项业务费", "业务经费"],
  keywords: ["救助", "积案", "化解", "专项", "业务", "劝返", "维稳", "督办", "帮扶"],
  use: "主要用于{项目名称}相关的专项业务工作及救助支出。",
  goal: "按计划完成{年度}年度专项业务工作任务，依法规范使用救助资金，推动矛盾纠纷化解，维护社会和谐稳定。",
  indicators: [
    {
      level1: "成本",
      level2: "经济成本",
      level3: "专项业务经费成本",
      description: "指全年专项业务（救助）资金支出",
      value: "≤{预算数}{单位}",
      basis: "预算支出标准",
    },
    {
      level1: "产出",
      level2: "数量",
      level3: "办理信访事项数量",
      alternatives: [{ level3: "化解信访积案数量", value: "≥25件次", description: "指使用资金化解的信访积案数量" }],
      description: "指全年受理办理的信访事项数量",
      value: "≥100件次",
      basis: "历史标准",
    },
    {
      level1: "产出",
      level2: "质量",
      level3: "资金发放准确率",
      alternatives: [{ level3: "信访积案化解率", value: "100%", description: "指使用资金化解信访积案的比率" }],
      description: "指救助及业务资金按规定对象和标准发放的比率",
      value: "100%",
      basis: "计划标准",
    },
    {
      level1: "产出",
      level2: "时效",
      level3: "信访事项按期办结率",
      alternatives: [{ level3: "资金拨付到位天数", value: "≤20日", description: "指从资金申请到拨付到位的天数" }],
      description: "指在规定期限内办结的信访事项比率",
      value: "≥98%",
      basis: "历史标准",
    },
    {
      level1: "效益",
      level2: "社会效益",
      level3: "社会和谐稳定",
      description: "指专项业务工作推动矛盾纠纷化解、维护社会稳定的作用",
      value: "有效促进",
      basis: "历史标准",
    },
    {
      level1: "满意度",
      level2: "服务对象满意度",
      level3: "群众满意度",
      description: "指服务对象对业务办理和救助工作的满意程度",
      value: "≥90%",
      basis: "历史标准",
    },
  ],
};

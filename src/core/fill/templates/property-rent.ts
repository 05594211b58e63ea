import type { ProjectTemplate } from "./types";

/** 物业及房租: examples/seed000-tianjin-blocks.xlsx (政府门前办房租、物业费), examples/seed003-liwan-list.xlsx (办公室水电及物业管理费), examples/seed004-korla-weighted.xlsx (信访局大楼运行经费), examples/seed001-dongli-department.xlsx (接待中心运行费用). */
export const propertyRent: ProjectTemplate = {
  id: "property-rent",
  name: "物业及房租",
  aliases: ["物业", "房租", "物业管理", "房屋租赁", "大楼运行"],
  keywords: ["物业", "房租", "租金", "租赁", "水电", "大楼", "办公场所", "办公用房", "保洁", "安保", "运行费"],
  use: "主要用于{项目名称}的房屋租金、物业管理、水电暖及日常维修等支出。",
  goal: "保障办公及接待场所全年安全、整洁、正常运转，为业务工作开展提供后勤保障。",
  indicators: [
    {
      level1: "成本",
      level2: "经济成本",
      level3: "物业及房租成本",
      description: "指全年房屋租金、物业管理费及水电暖等支出",
      value: "≤{预算数}{单位}",
      basis: "预算支出标准",
    },
    {
      level1: "产出",
      level2: "数量",
      level3: "保障办公场所数量",
      alternatives: [
        { level3: "维护办公场所面积", value: "≥1000平方米", description: "指物业服务覆盖的办公及接待场所面积" },
        { level3: "配备保安人员数量", value: "≥6人", description: "指物业服务配备的保安人员数量" },
      ],
      description: "指物业服务及租赁保障的办公、接待场所数量",
      value: "≥1处",
      basis: "计划标准",
    },
    {
      level1: "产出",
      level2: "质量",
      level3: "物业服务达标率",
      description: "指保洁、安保、维修等物业服务符合合同约定标准的比率",
      value: "≥95%",
      basis: "行业标准",
    },
    {
      level1: "产出",
      level2: "时效",
      level3: "房租及物业费支付及时率",
      description: "指按合同约定时间支付房租及物业费的比率",
      value: "100%",
      basis: "计划标准",
    },
    {
      level1: "效益",
      level2: "社会效益",
      level3: "办公场所正常运行率",
      description: "指办公及接待场所保障正常运行的比率",
      value: "100%",
      basis: "历史标准",
    },
    {
      level1: "满意度",
      level2: "服务对象满意度",
      level3: "干部职工及来访群众满意度",
      description: "指干部职工及来访群众对办公环境和物业服务的满意程度",
      value: "≥90%",
      basis: "历史标准",
    },
  ],
};

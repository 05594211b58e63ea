import type { ProjectTemplate } from "./types";

/** 信息系统运维: examples/seed000-tianjin-blocks.xlsx (信访信息系统运维费, 专线租赁等经费), examples/seed001-dongli-department.xlsx (信访信息维保费用), examples/seed002-qingdao-plan.xlsx (金宏视频会议系统运行维护费), examples/seed003-liwan-list.xlsx. */
export const itMaintenance: ProjectTemplate = {
  id: "it-maintenance",
  name: "信息系统运维",
  aliases: ["信息系统运行维护", "运维", "系统运维", "信息化运维"],
  keywords: ["信息", "系统", "运维", "运行维护", "维保", "网络", "软件", "平台", "视频", "专线", "监控", "机房", "数据", "信息化"],
  use: "主要用于{项目名称}的信息系统运行维护、网络专线及安全保障等支出。",
  goal: "保障信息系统全年安全稳定运行，故障及时修复，支撑业务工作正常开展。",
  indicators: [
    {
      level1: "成本",
      level2: "经济成本",
      level3: "运行维护经费成本",
      description: "指全年信息系统运行维护经费支出",
      value: "≤{预算数}{单位}",
      basis: "预算支出标准",
    },
    {
      level1: "产出",
      level2: "数量",
      level3: "维护系统数量",
      alternatives: [
        { level3: "系统维护次数", value: "≥12次", description: "指全年开展系统巡检维护的次数" },
        { level3: "运维设备数量", value: "≥10台", description: "指纳入运行维护范围的设备数量" },
      ],
      description: "指全年纳入运行维护的信息系统数量",
      value: "≥1个",
      basis: "计划标准",
    },
    {
      level1: "产出",
      level2: "质量",
      level3: "系统稳定运行率",
      alternatives: [{ level3: "系统故障率", value: "≤3%", description: "指全年系统发生故障的时间占运行时间的比率" }],
      description: "指信息系统全年正常稳定运行的时间占比",
      value: "≥98%",
      basis: "行业标准",
    },
    {
      level1: "产出",
      level2: "时效",
      level3: "系统故障修复处理时间",
      alternatives: [{ level3: "运维服务响应及时率", value: "100%", description: "指在约定时间内响应运维服务请求的比率" }],
      description: "指系统发生故障至修复完成的时间",
      value: "≤24小时",
      basis: "行业标准",
    },
    {
      level1: "效益",
      level2: "社会效益",
      level3: "业务系统正常使用率",
      alternatives: [{ level3: "视频会议正常召开率", value: "100%", description: "指系统保障各类视频会议正常召开的比率" }],
      description: "指信息系统保障业务工作正常开展的比率",
      value: "100%",
      basis: "历史标准",
    },
    {
      level1: "满意度",
      level2: "服务对象满意度",
      level3: "系统使用人员满意度",
      description: "指系统使用人员对运行维护服务的满意程度",
      value: "≥90%",
      basis: "历史标准",
    },
  ],
};

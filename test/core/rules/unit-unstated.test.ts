import { unitUnstated } from "../../../src/core/rules/unit-unstated";
import { ruleTester } from "./rule-tester";
import { LEGACY_ROWS } from "./fixtures";

const HEADER = ["一级指标", "二级指标", "三级指标", "指标值"];

ruleTester(unitUnstated, {
  valid: [
    { name: "单位：元 in the head", grid: { rows: [["项目名称", "培训经费"], ["单位：元"], ["预算数", 360000, "其中：财政资金", 360000], HEADER, ...LEGACY_ROWS] } },
    { name: "a unit in the budget label", grid: { rows: [["项目名称", "培训经费"], ["预算数（元）", 360000, "其中：财政资金", 360000], HEADER, ...LEGACY_ROWS] } },
    { name: "a unit stated above the block, on the sheet's first line", grid: { rows: [["金额单位：万元"], [], ["项目名称", "培训经费"], ["预算数", 36, "其中：财政资金", 36], HEADER, ...LEGACY_ROWS] } },
    { name: "no unit, but a total below 1,000: plausible in 万元 only", grid: { rows: [["项目名称", "培训经费"], ["预算数", 999, "其中：财政资金", 999], HEADER, ...LEGACY_ROWS] } },
    { name: "no budget read: table-unreadable says so, not this rule", grid: { rows: [["项目名称", "培训经费"], HEADER, ...LEGACY_ROWS] } },
  ],
  invalid: [
    {
      name: "no unit anywhere: read as 万元, said at the total",
      grid: { rows: [["项目名称", "培训经费"], ["预算数", 360000, "其中：财政资金", 360000], HEADER, ...LEGACY_ROWS] },
      errors: [{ cell: "B2", messageId: "assumed", severity: "info", data: { total: 360000, unit: "万元" } }],
    },
    {
      // Indicators written as text are read from a head as a block is: its unit unstated is said too.
      name: "indicators written as text under a head that states no unit",
      grid: { rows: [["项目名称", "残疾人职业技能培训"], ["预算资金", 300000], ["绩效指标", "一、产出指标\n（一）数量指标：培训残疾人≥200人次\n二、效益指标\n（一）社会效益指标：残疾人就业能力明显提升\n三、满意度指标\n（一）服务对象满意度指标：参训残疾人满意度≥90%"]] },
      errors: [{ cell: "B2", messageId: "assumed", severity: "info", data: { total: 300000, unit: "万元" } }],
    },
    {
      name: "no unit and a total of exactly 1,000",
      grid: { rows: [["项目名称", "培训经费"], ["预算数", 1000, "其中：财政资金", 1000], HEADER, ...LEGACY_ROWS] },
      errors: [{ cell: "B2", messageId: "assumed", severity: "info", data: { total: 1000, unit: "万元" } }],
    },
  ],
});

/** Words that open a note under a table ("注：…", 填报说明), canonical first. */
export const NOTE_WORDS: readonly string[] = ["注", "备注", "说明", "填报说明", "填表说明"];

/** The signature lines under a form: who filled it, who checked it, when. */
export const FOOTER_WORDS: readonly string[] = ["填表人", "填报人", "审核人", "审核", "制表人", "经办人", "联系人", "联系电话", "单位负责人", "财务负责人", "分管领导", "填报日期", "填表日期", "审核日期", "编制日期", "制表日期", "填报人及联系电话", "填表人及联系电话",
  // The review boxes at the foot of a 申报表.
  "审核意见", "审批意见", "评审意见", "部门审核意见", "主管部门审核意见", "主管部门意见", "财政部门审核意见", "财政审核意见", "财政局审核意见", "第三方机构审核意见"];

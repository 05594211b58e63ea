/**
 * Words in a 三级 name that say what the indicator measures: a rate, a satisfaction, a change, something
 * undesirable, a cost, a duration, a head count, staff, objects. core/indicator/kinds.ts builds the
 * matchers; the value rules judge operators and units by them.
 */

/** Endings of a proportion bounded by 100%: 合格率, 覆盖率, 比例, 占比. */
export const RATE_ENDINGS: readonly string[] = [
  "率", "比例", "比率", "比重", "占比",
];

/** Words ending in 率 that are not proportions (效率, 频率, 功率, 分辨率 …): they carry their own units. */
export const NOT_A_PROPORTION_ENDINGS: readonly string[] = [
  "效率", "频率", "功率", "速率", "帧率", "辨率", "汇率",
];

/** A satisfaction, measured as a degree or a rate. */
export const SATISFACTION_WORDS: readonly string[] = [
  "满意度", "满意率",
];

/** Words that make a name about dissatisfaction, not satisfaction (不满意率, 投诉率): their targets are ceilings. */
export const DISSATISFACTION_WORDS: readonly string[] = [
  "不满意", "投诉",
];

/** Growth and change, which can pass 100% (增长率 120% means more than doubling). */
export const CHANGE_WORDS: readonly string[] = [
  "增长", "增幅", "增速", "增加", "提高", "提升", "上升", "下降", "降低", "减少", "同比", "环比", "上年", "去年",
  "同期", "基期", "超额", "倍",
];

/** Things a project wants fewer of; for them an upper bound (≤) is the right direction. */
export const UNDESIRABLE_WORDS: readonly string[] = [
  "故障", "投诉", "事故", "差错", "错误", "出错", "误", "漏", "偏差", "违规", "违纪", "违法", "违约", "上访",
  "非正常", "越级", "缠访", "闹访", "集体访", "重复访", "重复信访", "失误", "超支", "超标", "超期", "超时", "逾期", "延误",
  "滞后", "滞留", "拖欠", "欠薪", "积压", "发生率", "不合格", "不达标", "不满意", "不良", "坏账", "差评", "损失", "损耗",
  "流失", "失败", "返工", "返修", "退回", "缺陷", "隐患", "次品", "废品", "空置", "闲置", "结余", "清退", "辍学",
  "退学", "缺勤", "离职", "失业", "返贫", "发病", "患病", "复发", "感染", "阳性", "死", "伤亡", "案发", "发案",
  "犯罪", "诉讼", "纠纷", "复查", "复核", "申诉", "风险", "负面", "舆情", "能耗", "排放", "污染", "噪声", "拥堵",
  "停机", "停电", "掉线", "无效", "报废", "淘汰", "退货", "火灾", "灾害", "受灾", "受害", "灾情", "火情", "病虫害", "成灾", "有害生物",
  "损坏", "破坏", "被盗", "丢失",
];

/** Handling an undesirable thing is desirable: 故障修复率, 投诉办结率, 重复信访事项化解率. */
export const REMEDY_WORDS: readonly string[] = [
  "处理", "处置", "办结", "办理", "修复", "整改", "解决", "化解", "回复", "答复", "排除", "查处", "结案", "响应",
  "消除", "清零", "受理", "调处", "防范", "防控", "管控", "监测", "排查", "扑救", "扑灭", "救治", "恢复",
];

/** What a rate of failures counts ("故障率", "投诉率"): a lower bound on it asks for more failures. */
export const UNDESIRABLE_RATE_STEMS: readonly string[] = [
  "故障", "事故", "差错", "投诉", "不合格", "不满意", "发生", "违规", "违纪", "失误", "出错", "错误", "误差", "偏差",
  "逾期", "超期", "超支", "流失", "空置", "闲置", "返工", "失败", "缺陷", "报废", "受害", "受灾", "火灾", "发病",
  "死亡", "损坏", "成灾",
];

/** Money or consumption named in a 三级 (管理费用率, 成本率): an upper bound may be right. */
export const COST_LIKE_WORDS: readonly string[] = [
  "费", "成本", "支出", "开支", "耗", "价格", "单价", "税",
];

/**
 * A cost of one unit, one person or one item (单个驿站年运营补贴, 人均培训成本, 每平方米管护成本): it is
 * not part of the project's total. 每年 / 每月 are not among them: a year's cost is a total.
 */
export const PER_UNIT_WORDS: readonly string[] = [
  "单个", "单位面积", "单位成本", "单位造价", "单次", "单台", "单套", "单项", "单件", "单人", "单价", "均价", "平均", "人均", "户均", "生均", "亩均",
  "次均", "每个", "每人", "每名", "每位", "每户", "每次", "每台", "每套", "每项", "每件", "每场", "每所", "每家", "每处",
  "每辆", "每间", "每座", "每张", "每批", "每亩", "每公里", "每平方米", "每立方米", "每吨",
];

/** A cost that is the total of the others beside it (运营补贴总额, 成本合计, 项目总成本). */
export const TOTAL_AMOUNT_WORDS: readonly string[] = [
  "总额", "总成本", "总费用", "总经费", "总金额", "总投入", "总投资", "总支出", "总预算", "总价", "合计", "总计", "共计",
];

/** Time taken (时间, 天数, 时长 …): for 时效 targets an upper bound is the right direction. */
export const DURATION_WORDS: readonly string[] = [
  "时间", "时长", "天数", "日数", "周期", "用时", "耗时", "时限", "期限", "工期",
];

/** Handling that a time limit applies to ("办结时间", "修复处理时间"); service hours ("开放时长") are not among them. */
export const PROCESSING_WORDS: readonly string[] = [
  "办结", "办理", "处理", "响应", "答复", "回复", "修复", "到位", "拨付", "审核", "审批", "反馈", "支付", "发放",
  "周期",
];

/** Savings under 成本 (节约额, 压减额), which are lower bounds. */
export const SAVING_WORDS: readonly string[] = [
  "节约", "节省", "节支", "压减", "压缩", "降低", "减少", "下降",
];

/** A count of people: 培训人数, 人员数量, 参与人次. */
export const HEAD_COUNT_WORDS: readonly string[] = [
  "人数", "人员数量", "人员数", "人次",
];

/** A name that says it is a count when the value has no unit ("上访人数 ≤10"). */
export const COUNT_NAME_ENDINGS: readonly string[] = [
  "数量", "人数", "次数", "个数", "件数", "宗数", "户数", "台数", "套数", "数",
];

/** Staff on the payroll: their number is capped by the establishment (编制), so ≤ is a legitimate target. */
export const STAFF_WORDS: readonly string[] = [
  "人员", "员工", "职工", "干部", "文员", "编制", "在职", "在编", "部门人数", "保障人数", "机关", "聘用", "编外", "保安",
  "顾问", "工作人员",
];

/** Physical objects: counting them in 人 is a slip. */
export const OBJECT_WORDS: readonly string[] = [
  "设备", "系统", "机柜", "摄像", "车辆", "电脑", "计算机", "服务器", "终端", "软件", "硬件", "设施", "场所", "房屋",
  "手册", "宣传册", "资料", "器材", "物资",
];

/** Marks of people in a name (服务对象, 参与者), which make a name not an object. */
export const PERSON_MARKS: readonly string[] = [
  "人", "员", "户", "群众", "对象", "者",
];

/** An area. */
export const AREA_WORDS: readonly string[] = [
  "面积",
];

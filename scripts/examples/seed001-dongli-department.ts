/**
 * Seed 001: 天津市东丽区人民政府信访办公室, 2026年度部门预算公开.
 * One workbook: the summary tables 预算公开表1–6 and 10 (表7–9 carry no data and are left out),
 * then one sheet per project target table (in 元, Tianjin block layout).
 * Data rows are transcribed verbatim; only the summary tables' header words, broken by the
 * text extraction ("部门 (单 位)名 称"), are written as proper words ("部门（单位）名称").
 */
import ExcelJS from "exceljs";
import { TianjinBlock, TIANJIN_WIDTHS, writeTianjinBlock } from "./seed000-tianjin-blocks";
import { BlockInfo, CellSpec, CellValue, Look, SheetWriter, fmt, header, note, noteRight, title } from "./sheet-writer";

export const DEPARTMENT = "部门名称：天津市东丽区人民政府信访办公室";
export const UNIT = "单位：万元";

export interface BudgetTable {
  /** Sheet name, e.g. "表1". */
  readonly sheet: string;
  /** "预算公开表1" */
  readonly caption: string;
  readonly title: string;
  readonly widths: readonly number[];
  /** The two header rows (group cells span columns, single cells span both rows). */
  readonly header: readonly (readonly CellSpec[])[];
  readonly looks: readonly Look[];
  readonly rows: readonly (readonly CellValue[])[];
}

const T = "text";
const A = "amount";

/** 预算公开表1 部门收支总体情况表: 收入 | 支出 side by side. */
export const TABLE1: BudgetTable = {
  sheet: "表1",
  caption: "预算公开表1",
  title: "部门收支总体情况表",
  widths: [34, 14, 34, 14],
  header: [
    [header("收入", 2), header("支出", 2)],
    [header("项目"), header("预算数"), header("项目"), header("预算数")],
  ],
  looks: [T, A, T, A],
  rows: [
  ["一、一般公共预算拨款收入", 449.53, "一、一般公共服务支出", 290.49],
  ["二、政府性基金预算拨款收入", null, "二、公共安全支出", null],
  ["三、国有资本经营预算拨款收入", null, "三、教育支出", null],
  ["四、财政专户管理资金收入", null, "四、科学技术支出", null],
  ["五、事业收入", null, "五、文化旅游体育与传媒支出", null],
  ["六、事业单位经营收入", null, "六、社会保障和就业支出", 46.20],
  ["七、上级补助收入", null, "七、卫生健康支出", 24.06],
  ["八、附属单位上缴收入", null, "八、节能环保支出", null],
  ["九、其他收入", 0.01, "九、城乡社区支出", null],
  [null, null, "十、农林水支出", null],
  [null, null, "十一、交通运输支出", null],
  [null, null, "十二、资源勘探工业信息等支出", null],
  [null, null, "十三、商业服务业等支出", null],
  [null, null, "十四、金融支出", null],
  [null, null, "十五、援助其他地区支出", null],
  [null, null, "十六、自然资源海洋气象等支出", null],
  [null, null, "十七、住房保障支出", 88.79],
  [null, null, "十八、粮油物资储备支出", null],
  [null, null, "十九、国有资本经营预算支出", null],
  [null, null, "二十、灾害防治及应急管理支出", null],
  [null, null, "二十一、其他支出", null],
  [null, null, "二十二、债务付息支出", null],
  [null, null, "二十三、债务发行费用支出", null],
  ["本年收入合计", 449.54, "本年支出合计", 449.54],
  ["上年结转结余", null, "年终结转结余", null],
  ["收入总计", 449.54, "支出总计", 449.54],
  ],
};

/** 预算公开表2 部门收入总体情况表. */
export const TABLE2: BudgetTable = {
  sheet: "表2",
  caption: "预算公开表2",
  title: "部门收入总体情况表",
  widths: [12, 18, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10],
  header: [
    [header("项目", 2), header("本年收入", 10), header("上年结转", 6)],
    [
      header("部门（单位）编码"),
      header("部门（单位）名称"),
      header("小计"),
      header("一般公共预算"),
      header("政府性基金"),
      header("国有资本经营预算"),
      header("财政专户管理资金"),
      header("事业收入"),
      header("事业单位经营收入"),
      header("上级补助收入"),
      header("附属单位上缴收入"),
      header("其他收入"),
      header("小计"),
      header("一般公共预算"),
      header("政府性基金"),
      header("国有资本经营预算"),
      header("财政专户管理资金"),
      header("单位资金"),
    ],
  ],
  looks: [T, T, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A],
  rows: [
  [null, "合计", 449.54, 449.53, null, null, null, null, null, null, null, 0.01, null, null, null, null, null, null],
  ["389", "天津市东 丽区人民 政府信访 办公室", 449.54, 449.53, null, null, null, null, null, null, null, 0.01, null, null, null, null, null, null],
  ["389101", "天津市东 丽区人民 政府信访 办公室", 449.54, 449.53, null, null, null, null, null, null, null, 0.01, null, null, null, null, null, null],
  ],
};

/** 预算公开表3 部门支出总体情况表. */
export const TABLE3: BudgetTable = {
  sheet: "表3",
  caption: "预算公开表3",
  title: "部门支出总体情况表",
  widths: [12, 34, 12, 12, 12, 12, 12, 12],
  header: [
    [header("项目", 2), header("2026年预算数", 6)],
    [
      header("科目编码"),
      header("科目名称"),
      header("合计"),
      header("基本支出"),
      header("项目支出"),
      header("事业单位经营支出"),
      header("上缴上级支出"),
      header("对附属单位补助支出"),
    ],
  ],
  looks: [T, T, A, A, A, A, A, A],
  rows: [
  [null, "合计", 449.54, 425.20, 24.34, null, null, null],
  ["201", "一般公共服务支出", 290.49, 266.15, 24.34, null, null, null],
  ["20103", "政府办公厅（室）及相关机构事务", 266.16, 266.15, 0.01, null, null, null],
  ["2010301", "行政运行", 266.16, 266.15, 0.01, null, null, null],
  ["20140", "信访事务", 24.33, null, 24.33, null, null, null],
  ["2014004", "信访业务", 24.33, null, 24.33, null, null, null],
  ["208", "社会保障和就业支出", 46.20, 46.20, null, null, null, null],
  ["20805", "行政事业单位养老支出", 46.20, 46.20, null, null, null, null],
  ["2080505", "机关事业单位基本养老保险缴费支出", 30.80, 30.80, null, null, null, null],
  ["2080506", "机关事业单位职业年金缴费支出", 15.40, 15.40, null, null, null, null],
  ["210", "卫生健康支出", 24.06, 24.06, null, null, null, null],
  ["21011", "行政事业单位医疗", 24.06, 24.06, null, null, null, null],
  ["2101101", "行政单位医疗", 20.21, 20.21, null, null, null, null],
  ["2101103", "公务员医疗补助", 3.85, 3.85, null, null, null, null],
  ["221", "住房保障支出", 88.79, 88.79, null, null, null, null],
  ["22102", "住房改革支出", 88.79, 88.79, null, null, null, null],
  ["2210201", "住房公积金", 88.79, 88.79, null, null, null, null],
  ],
};

/** 预算公开表4 财政拨款收支总体情况表: 收入 | 支出 side by side. */
export const TABLE4: BudgetTable = {
  sheet: "表4",
  caption: "预算公开表4",
  title: "财政拨款收支总体情况表",
  widths: [30, 14, 34, 14],
  header: [
    [header("收入", 2), header("支出", 2)],
    [header("项目"), header("预算数"), header("项目"), header("预算数")],
  ],
  looks: [T, A, T, A],
  rows: [
  ["一、本年收入", 449.53, "一、本年支出", 449.53],
  ["(1) 一般公共预算拨款", 449.53, "(一) 一般公共服务支出", 290.48],
  ["(2) 政府性基金预算拨款", null, "(二) 公共安全支出", null],
  ["(3) 国有资本经营预算拨款", null, "(三) 教育支出", null],
  ["二、上年财政结转结余", null, "(四) 科学技术支出", null],
  ["(1) 一般公共预算", null, "(五) 文化旅游体育与传媒支出", null],
  ["(2) 政府性基金预算", null, "(六) 社会保障和就业支出", 46.20],
  ["(3) 国有资本经营预算", null, "(七) 卫生健康支出", 24.06],
  [null, null, "(八) 节能环保支出", null],
  [null, null, "(九) 城乡社区支出", null],
  [null, null, "(十) 农林水支出", null],
  [null, null, "(十一) 交通运输支出", null],
  [null, null, "(十二) 资源勘探工业信息等支出", null],
  [null, null, "(十三) 商业服务业等支出", null],
  [null, null, "(十四) 金融支出", null],
  [null, null, "(十五) 援助其他地区支出", null],
  [null, null, "(十六) 自然资源海洋气象等支出", null],
  [null, null, "(十七) 住房保障支出", 88.79],
  [null, null, "(十八) 粮油物资储备支出", null],
  [null, null, "(十九) 国有资本经营预算支出", null],
  [null, null, "(二十) 灾害防治及应急管理支出", null],
  [null, null, "(二十一) 其他支出", null],
  [null, null, "(二十二) 债务付息支出", null],
  [null, null, "(二十三) 债务发行费用支出", null],
  [null, null, "二、年终结转", null],
  ["收入总计", 449.53, "支出总计", 449.53],
  ],
};

/** 预算公开表5 一般公共预算支出情况表: 基本支出 = 人员经费 + 公用经费. */
export const TABLE5: BudgetTable = {
  sheet: "表5",
  caption: "预算公开表5",
  title: "一般公共预算支出情况表",
  widths: [12, 34, 12, 12, 12, 12, 12],
  header: [
    [header("项目", 2), header("合计", 1, 2), header("基本支出", 3), header("项目支出", 1, 2)],
    [header("科目编码"), header("科目名称"), header("合计"), header("人员经费"), header("公用经费")],
  ],
  looks: [T, T, A, A, A, A, A],
  rows: [
  [null, "合计", 449.53, 425.20, 363.69, 61.51, 24.33],
  ["201", "一般公共服务支出", 290.48, 266.15, 204.64, 61.51, 24.33],
  ["20103", "政府办公厅（室）及相关机构事务", 266.15, 266.15, 204.64, 61.51, null],
  ["2010301", "行政运行", 266.15, 266.15, 204.64, 61.51, null],
  ["20140", "信访事务", 24.33, null, null, null, 24.33],
  ["2014004", "信访业务", 24.33, null, null, null, 24.33],
  ["208", "社会保障和就业支出", 46.20, 46.20, 46.20, null, null],
  ["20805", "行政事业单位养老支出", 46.20, 46.20, 46.20, null, null],
  ["2080505", "机关事业单位基本养老保险缴费支出", 30.80, 30.80, 30.80, null, null],
  ["2080506", "机关事业单位职业年金缴费支出", 15.40, 15.40, 15.40, null, null],
  ["210", "卫生健康支出", 24.06, 24.06, 24.06, null, null],
  ["21011", "行政事业单位医疗", 24.06, 24.06, 24.06, null, null],
  ["2101101", "行政单位医疗", 20.21, 20.21, 20.21, null, null],
  ["2101103", "公务员医疗补助", 3.85, 3.85, 3.85, null, null],
  ["221", "住房保障支出", 88.79, 88.79, 88.79, null, null],
  ["22102", "住房改革支出", 88.79, 88.79, 88.79, null, null],
  ["2210201", "住房公积金", 88.79, 88.79, 88.79, null, null],
  ],
};

/** 预算公开表6 一般公共预算基本支出情况表, by 经济分类. */
export const TABLE6: BudgetTable = {
  sheet: "表6",
  caption: "预算公开表6",
  title: "一般公共预算基本支出情况表",
  widths: [12, 30, 14, 14, 14],
  header: [
    [header("部门预算支出经济分类", 2), header("2026年一般公共预算基本支出", 3)],
    [header("科目编码"), header("科目名称"), header("合计"), header("人员经费"), header("公用经费")],
  ],
  looks: [T, T, A, A, A],
  rows: [
  ["合计", null, 425.20, 363.69, 61.51],
  ["301", "工资福利支出", 361.72, 361.72, null],
  ["30101", "基本工资", 73.30, 73.30, null],
  ["30102", "津贴补贴", 83.25, 83.25, null],
  ["30103", "奖金", 45.73, 45.73, null],
  ["30108", "机关事业单位基本养老保险缴费", 30.80, 30.80, null],
  ["30109", "职业年金缴费", 15.40, 15.40, null],
  ["30110", "职工基本医疗保险缴费", 20.21, 20.21, null],
  ["30111", "公务员医疗补助缴费", 3.85, 3.85, null],
  ["30112", "其他社会保障缴费", 0.39, 0.39, null],
  ["30113", "住房公积金", 88.79, 88.79, null],
  ["302", "商品和服务支出", 61.51, null, 61.51],
  ["30201", "办公费", 4.64, null, 4.64],
  ["30204", "手续费", 0.07, null, 0.07],
  ["30205", "水费", 0.05, null, 0.05],
  ["30206", "电费", 0.05, null, 0.05],
  ["30207", "邮电费", 0.52, null, 0.52],
  ["30208", "取暖费", 6.06, null, 6.06],
  ["30209", "物业管理费", 23.94, null, 23.94],
  ["30211", "差旅费", 0.07, null, 0.07],
  ["30213", "维修(护)费", 0.13, null, 0.13],
  ["30214", "租赁费", 6.51, null, 6.51],
  ["30227", "委托业务费", 0.91, null, 0.91],
  ["30228", "工会经费", 4.49, null, 4.49],
  ["30239", "其他交通费用", 12.47, null, 12.47],
  ["30299", "其他商品和服务支出", 1.60, null, 1.60],
  ["303", "对个人和家庭的补助", 1.97, 1.97, null],
  ["30302", "退休费", 1.46, 1.46, null],
  ["30309", "奖励金", 0.01, 0.01, null],
  ["30399", "其他对个人和家庭的补助", 0.50, 0.50, null],
  ],
};

/** 预算公开表10 项目支出表. */
export const TABLE10: BudgetTable = {
  sheet: "表10",
  caption: "预算公开表10",
  title: "项目支出表",
  widths: [12, 26, 30, 10, 11, 11, 11, 11, 11, 11, 11, 10],
  header: [
    [
      header("项目类型", 1, 2),
      header("项目名称", 1, 2),
      header("项目单位", 1, 2),
      header("合计", 1, 2),
      header("2026年财政拨款", 3),
      header("财政拨款结转结余", 3),
      header("财政专户管理资金", 1, 2),
      header("单位资金", 1, 2),
    ],
    [
      header("一般公共预算"),
      header("政府性基金预算"),
      header("国有资本经营预算"),
      header("一般公共预算"),
      header("政府性基金预算"),
      header("国有资本经营预算"),
    ],
  ],
  looks: [T, T, T, A, A, A, A, A, A, A, A, A],
  rows: [
  [null, "合计", null, 24.34, 24.33, null, null, null, null, null, null, 0.01],
  ["特定目标类", "(自有资金)银行利息", "天津市东丽区人民政府信访办公室", 0.01, 0.00, 0.00, 0.00, 0.00, 0.00, 0.00, 0.00, 0.01],
  ["特定目标类", "编外人员经费", "天津市东丽区人民政府信访办公室", 5.32, 5.32, 0.00, 0.00, 0.00, 0.00, 0.00, 0.00, 0.00],
  ["特定目标类", "编外人员经费(清退人员)项目", "天津市东丽区人民政府信访办公室", 2.51, 2.51, 0.00, 0.00, 0.00, 0.00, 0.00, 0.00, 0.00],
  ["特定目标类", "信访工作经费项目", "天津市东丽区人民政府信访办公室", 11.00, 11.00, 0.00, 0.00, 0.00, 0.00, 0.00, 0.00, 0.00],
  ["特定目标类", "信访接待中心运行费用项目", "天津市东丽区人民政府信访办公室", 4.00, 4.00, 0.00, 0.00, 0.00, 0.00, 0.00, 0.00, 0.00],
  ["特定目标类", "信访数据信息维护项目", "天津市东丽区人民政府信访办公室", 1.50, 1.50, 0.00, 0.00, 0.00, 0.00, 0.00, 0.00, 0.00],
  ],
};

export const SUMMARY_TABLES: readonly BudgetTable[] = [TABLE1, TABLE2, TABLE3, TABLE4, TABLE5, TABLE6, TABLE10];

/**
 * The six project target tables, in 元. 绩效目标 of project 1 shares one extracted cell with its
 * label ("绩效目标 1.根据…"); it is written as label + text like the other tables.
 */
export const PROJECTS: readonly TianjinBlock[] = [
  {
    title: "1. (自有资金) 2026 年银行存款利息绩效目标表",
    agency: "389101 天津市东丽区人民政府信访办公室",
    unit: "单位 : 元",
    name: "(自有资金) 2026 年银行存款利息",
    budget: 100.00,
    fiscalLabel: "其中 : 财政资金",
    fiscal: null,
    other: 100.00,
    use: "用于账户管理费和手续费",
    goal: "1.根据本单位基本账户产生的账户管理费和手续费 , 按实际发生缴纳费用。",
    indicators: [
      ["产出指标", "数量指标", "实际缴纳管理费和手续费次数", "一年实际缴纳管理费和手续费次数", "≥ 10 次"],
      [null, "质量指标", "缴纳管理费和手续费合格率", "账户管理费和手续费合理使用", "$\\geq 95\\%$"],
      [null, "时效指标", "资金使用及时率", "及时缴纳管理费和手续费", "$\\geq 95\\%$"],
      [null, "成本指标", "账户管理费和手续费金额", "实际产生的管理费和手续费", "≤ 100 元"],
      ["效益指标", "社会效益指标", "规范资金管理", "资金使用规范化", "$\\geq 95\\%$"],
      ["满意度指标", "服务对象满意度指标", "群众满意度", "提升群众满意程度", "$\\geq 95\\%$"],
    ],
  },
  {
    title: "2.编外人员经费绩效目标表",
    agency: "389101 天津市东丽区人民政府信访办公室",
    unit: "单位：元",
    name: "编外人员经费",
    budget: 53184.00,
    fiscalLabel: "其中：财政资金",
    fiscal: 53184.00,
    other: null,
    use: "发放编外人员经费",
    goal: "1.用于保障编外文员工资待遇，及时发放工资，缴纳人员社保、公积金等相关费用，提升文员工作效率，推动相关工作落实； 2.维持人员的稳定性，加强对文员工作能力的培训，提升整体素质水平，积极应对日益复杂的工作，助力营造全区社会稳定的氛围。",
    indicators: [
      ["产出指标", "数量指标", "发放工资人员数量", "工资实际发放人员数量", "≤ 1 人"],
      [null, "质量指标", "工资发放合规率", "按标准发放", "$\\geq 95\\%$"],
      [null, "时效指标", "工资发放及时率", "按月发放", "$\\geq 98\\%$"],
      [null, "成本指标", "工资发放金额", "两名文员按年工资发放总额", "≤ 53184 元"],
      ["效益指标", "社会效益指标", "保障员工工资待遇，促进员工认真完成工作，提升工作水平。", "按标准及时发放员工工资，保障员工利益不受损害。", "提高文员工作积极性，提升信访工作水平"],
      ["满意度指标", "服务对象满意度指标", "使用人员满意度", "保证文员工资及时、全额发放", "$\\geq 95\\%$"],
    ],
  },
  {
    title: "3.东丽区接待中心运行费用绩效目标表",
    agency: "389101 天津市东丽区人民政府信访办公室",
    unit: "单位：元",
    name: "信访接待中心运行费用项目",
    budget: 40000.00,
    fiscalLabel: "其中：财政资金",
    fiscal: 40000.00,
    other: null,
    use: "用于保障信访接待中心日常办公运行。",
    goal: "按时支付各项费用，确保数据中心和能源中心的正常运转。 信访工作更加规范，工作质量更加提高，社会秩序更加稳定。",
    indicators: [
      ["产出指标", "数量指标", "办公场所面积", "接待中心和数据中心办公 面积", "≥ 240 米"],
      [null, "数量指标", "日常使用设备", "日常使用设备数量", "≥ 10 个"],
      [null, "质量指标", "机构正常运 行率", "保证数据中心和接待中心 正常运行", "$\\geq 95\\%$"],
      [null, "质量指标", "设备正常运 行率", "日常设备使用情况", "$\\geq 95\\%$"],
      [null, "成本指标", "经费总金额", "厉行节约，不超过总预算", "≤ 40000 元"],
      ["产出指标", "时效指标", "经费支付及 时率", "按时缴纳相关费用，做好运 行保障工作", "$\\geq 98\\%$"],
      ["效益指标", "社会效益指 标", "有效提高信 访工作质量", "保障单位正常运行", "大大提高"],
      ["满意度指标", "服务对象满 意度指标", "群众满意度", "反映群众对信访接待中心 工作的满意度", "$\\geq 90\\%$"],
    ],
  },
  {
    title: "4. 信访工作经费绩效目标表",
    agency: "389101 天津市东丽区人民政府信访办公室",
    unit: "单位：元",
    name: "信访工作经费",
    budget: 110000.00,
    fiscalLabel: "其中：财政资金",
    fiscal: 110000.00,
    other: null,
    use: "重大敏感时期重要活动期间，信访安全服务保障工作及信访业务工作所需的相关费用支出。",
    goal: "1. 用于开展信访工作,做好群众来访、来信、来电、网上投诉等信访事项的转交办，保证全部信访事项办理的及时受理率和及时办理率达到 90%以上； 2. 认真落实市、区工作要求，做好重要敏感时期信访安全保障工作，组织工作人员及时处理进京访、进市集访等突发性事件，确保重要时间不发生各类极端事件，维护全区社会稳定。",
    indicators: [
      ["产出指标", "数量指标", "处理信访事项数量", "及时登记、办理、转办信访事项", "≥ 2000 件次"],
      [null, "数量指标", "工作天数", "开展信访、稳控工作预计天数", "≥ 200 天数"],
      [null, "数量指标", "参与人数", "开展信访、稳控工作预计的工作人员数量", "≥ 1000 人次"],
      [null, "质量指标", "信访工作完成率", "在规定时间内完成信访工作占应完成工作的比例", "$\\geq 95\\%$"],
      [null, "时效指标", "处理信访事项及时率", "能够在规定时间内完成的信访工作占应完成工作的比例", "$\\geq 95\\%$"],
      [null, "成本指标", "工作经费成本", "按照工作需要支出,不超出预算", "≤ 110000 元"],
      ["效益指标", "社会效益指标", "维护社会秩序", "重要敏感时期做好信访稳定工作,及时为群众处理信访事件", "有效维护"],
      ["满意度指标", "服务对象满意度指标", "信访事项处理群众满意率", "反映群众对信访案件处理的满意度", "$\\geq 95\\%$"],
    ],
  },
  {
    title: "5. 信访信息维保费用绩效目标表",
    agency: "389101 天津市东丽区人民政府信访办公室",
    unit: "单位：元",
    name: "信访信息维保费用",
    budget: 15000.00,
    fiscalLabel: "其中：财政资金",
    fiscal: 15000.00,
    other: null,
    use: "信访工作环境更加规范，基层信访稳定作用发挥更加明显",
    goal: "1. 信访信息的正常运转，进一步提升了全区广大信访工作者工作能力水平。 2. 信访工作环境更加规范，基层信访稳定作用发挥更加明显",
    indicators: [
      ["产出指标", "数量指标", "机柜数量", "信息维保所需的机柜数量", "≤ 10 件"],
      [null, "数量指标", "数据分析系统数量", "信息维保所需的数据分析系统数量", "≤ 1 套"],
      [null, "数量指标", "摄像头数量", "工作中使用的摄像头数量", "≤ 15 个"],
      [null, "质量指标", "信访数据信息更新和数据维护率", "保证信访数据中心正常运维，随时关注信访数据变化，及时与市信访办完成数据交换，保证信访接待数据影像资料采集。", "$\\geq 95\\%$"],
      [null, "时效指标", "各类系统提供运维服务及时率", "提供全年数据中心信息和设备维护", "$\\geq 95\\%$"],
      [null, "成本指标", "维保费用总成本", "当年实际发生费用", "≤ 15000 元"],
      ["效益指标", "社会效益指标", "提升化解矛盾水平", "提升整体工作效率，维护社会稳定。", "$\\geq 97\\%$"],
      ["满意度指标", "服务对象满意度指标", "使用人员满意度", "反映使用人员对信访信息系统维护的满意度", "$\\geq 95\\%$"],
    ],
  },
  {
    title: "6.编外人员经费（退清人员）绩效目标表",
    agency: "389101 天津市东丽区人民政府信访办公室",
    unit: "单位：元",
    name: "编外人员（清退）经费",
    budget: 25100.00,
    fiscalLabel: "其中：财政资金",
    fiscal: 25100.00,
    other: null,
    use: "发放编外人员清退经费",
    goal: "1.按照要求支付清退人员费用； 2.维持人员的稳定性，保障全区社会稳定。",
    indicators: [
      ["产出指标", "数量指标", "清退人员人数", "清退人员数量", "≤ 1 人"],
      [null, "质量指标", "发放合规率", "根据劳动法相关规定，对不再续聘人员需支付补偿标准", "$\\geq 95\\%$"],
      [null, "时效指标", "发放及时率", "根据解聘协议要求，及时发放", "$\\geq 95\\%$"],
      [null, "成本指标", "发放金额", "按照规定标准核算金额", "≤ 25100 元"],
      ["效益指标", "社会效益指标", "维护社会稳定", "保障人员应得利益", "$\\geq 97\\%$"],
      ["满意度指标", "服务对象满意度指标", "使用人员满意度", "保证文员工资及时、全额发放", "$\\geq 95\\%$"],
    ],
  },
];

function writeSummary(workbook: ExcelJS.Workbook, t: BudgetTable): BlockInfo {
  const w = SheetWriter.add(workbook, t.sheet, t.widths);
  const n = t.widths.length;
  const firstRow = w.addRow([note(t.caption)]);
  w.addRow([title(t.title, n)]);
  w.addRow([note(DEPARTMENT, n - 1), noteRight(UNIT)]);
  for (const row of t.header) w.addRow(row);
  w.addTableRows(t.rows, t.looks);
  return { sheet: t.sheet, firstRow, label: `${t.caption} ${t.title}`, amounts: `${t.rows.length} data rows` };
}

export function buildSeed001(workbook: ExcelJS.Workbook): BlockInfo[] {
  const infos = SUMMARY_TABLES.map((t) => writeSummary(workbook, t));
  PROJECTS.forEach((p, i) => {
    const w = SheetWriter.add(workbook, `绩效目标${i + 1}`, TIANJIN_WIDTHS);
    const firstRow = writeTianjinBlock(w, p);
    infos.push({
      sheet: w.name,
      firstRow,
      label: p.name,
      amounts: `预算数 ${fmt(p.budget)} = 财政资金 ${fmt(p.fiscal)} + 其他资金 ${fmt(p.other)} (元)`,
    });
  });
  return infos;
}

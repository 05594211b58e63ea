/**
 * Template 1: the national 项目支出绩效目标申报表 (财预〔2015〕88号 family) with 中期 and 年度 side by side,
 * once as label/value pairs (中期资金总额： | amount | 年度资金总额： | amount) and once as a 中期 | 年度 header row.
 */
import { SheetWriter, amount, header, label, note, noteRight, subtitle, text, title } from "../../examples/sheet-writer";
import { Expect, funds, writeIndicatorRows } from "../parts";
import type { CorpusCase } from "../types";

const WIDTHS = [12, 13, 15, 28, 15, 15];

export const nationalPairs: CorpusCase = {
  id: "01a-national-pairs",
  template: "1",
  about: "申报表, 中期资金总额 and 年度资金总额 as label/value pairs; 中期 parts do not add up, a 年度 count above its 中期 value, an unquantified target",
  build(workbook) {
    const x = new Expect();
    const w = SheetWriter.add(workbook, "申报表", WIDTHS);
    w.addRow([title("项目支出绩效目标申报表", 6)]);
    w.addRow([subtitle("（2024年度）", 6)]);
    w.addRow([note("填报单位（盖章）：某县水利局", 6)]);
    w.addRow([label("项目名称"), text("农村饮水安全巩固提升工程", 5)]);
    w.addRow([label("主管部门及代码"), text("[126]县水利局", 2), label("实施单位"), text("县农村供水管理站", 2)]);
    w.addRow([label("项目属性"), text("延续项目", 2), label("项目期"), text("3年（2024—2026年）", 2)]);
    const money = w.addRow([label("项目资金（万元）", 1, 3), label("中期资金总额："), amount(1500), label("年度资金总额："), amount(520, 2)]);
    w.addRow([label("其中：财政拨款"), amount(1200), label("其中：财政拨款"), amount(400, 2)]);
    w.addRow([label("其他资金"), amount(250), label("其他资金"), amount(120, 2)]);
    x.error("申报表", 3, money, "funds-budget-sum");
    w.addRow([label("总体目标", 1, 2), label("中期目标（2024年—2026年）", 3), label("年度目标", 2)]);
    w.addRow([
      text("目标1：新建及改造供水管网120公里，农村集中供水率稳定在98%以上。\n目标2：建立县级统管的长效管护机制。", 3),
      text("目标1：完成管网改造45公里，解决4万农村人口饮水安全问题。\n目标2：水质达标率不低于92%。", 2),
    ]);
    const rows = [
      ["产出指标", "数量指标", "新建及改造供水管网长度", "≥120公里", "≥45公里"],
      [null, "数量指标", "受益农村人口", "≥3.6万人", "≥4万人"],
      [null, "数量指标", "水源地保护设施建设", "逐步完善", "稳步推进"],
      [null, "质量指标", "农村集中供水水质达标率", "≥95%", "≥92%"],
      [null, "质量指标", "工程验收合格率", "100%", "100%"],
      [null, "时效指标", "年度建设任务完成时间", "2026年12月底前", "2024年12月底前"],
      [null, "成本指标", "管网改造单位成本", "≤12万元/公里", "≤12万元/公里"],
      ["效益指标", "社会效益指标", "农村自来水普及率", "≥98%", "≥96%"],
      [null, "经济效益指标", "群众取水时间", "明显减少", "明显减少"],
      [null, "可持续影响指标", "供水设施长效管护机制", "逐步健全", "基本建立"],
      ["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "≥90%"],
    ];
    w.addRow([label("绩效指标", 1, rows.length + 1), header("一级指标"), header("二级指标"), header("三级指标"), header("中期指标值"), header("年度指标值")]);
    const at = writeIndicatorRows(w, rows, { merge: 1 });
    x.error("申报表", 6, at[1]!, "annual-beyond-period");
    x.error("申报表", 5, at[2]!, "value-unquantified");
    x.error("申报表", 6, at[2]!, "value-unquantified");
    x.table("申报表", "project", "农村饮水安全巩固提升工程", funds(520, 400, 120), rows.length, funds(1500, 1200, 250));
    x.sheet("申报表", "read");
    return x.done();
  },
};

export const nationalHeaderRow: CorpusCase = {
  id: "01b-national-header-row",
  template: "1",
  about: "申报表, 项目资金 as a 资金来源 | 中期 | 年度 header row; the 年度 parts do not add up, 满意度 missing",
  build(workbook) {
    const x = new Expect();
    const sheet = "项目支出绩效目标申报表";
    const w = SheetWriter.add(workbook, sheet, [11, 13, 15, 26, 15, 15]);
    w.addRow([title("2025年度项目支出绩效目标申报表", 6)]);
    w.addRow([note("申报单位：省农业农村厅", 4), noteRight("金额单位：万元", 2)]);
    w.addRow([label("项目名称"), text("高标准农田建设补助", 5)]);
    w.addRow([label("主管部门及代码"), text("[158001]省农业农村厅", 2), label("实施单位"), text("各县（市、区）农业农村局", 2)]);
    w.addRow([label("项目属性"), text("新增项目", 2), label("项目期"), text("2025年—2027年", 2)]);
    w.addRow([label("项目资金", 1, 4), header("资金来源", 2), header("中期"), header("年度", 2)]);
    const total = w.addRow([label("资金总额", 2), amount(2400), amount(800, 2)]);
    w.addRow([label("其中：财政拨款", 2), amount(2000), amount(700, 2)]);
    w.addRow([label("其他资金", 2), amount(400), amount(90, 2)]);
    x.error(sheet, 5, total, "funds-budget-sum");
    w.addRow([label("总体目标", 1, 2), label("中期目标（2025年—2027年）", 3), label("年度目标", 2)]);
    w.addRow([text("建成高标准农田80万亩，改造提升30万亩，项目区粮食综合生产能力稳步提升。", 3), text("新建高标准农田25万亩，改造提升10万亩。", 2)]);
    const rows = [
      ["成本指标", "经济成本指标", "亩均建设成本", "≤3000元/亩", "≤3000元/亩"],
      ["产出指标", "数量指标", "新建高标准农田面积", "≥80万亩", "≥25万亩"],
      [null, "数量指标", "改造提升面积", "≥30万亩", "≥10万亩"],
      [null, "质量指标", "工程竣工验收合格率", "100%", "100%"],
      [null, "时效指标", "建设任务完成时间", "2027年12月31日前", "2025年12月31日前"],
      ["效益指标", "经济效益指标", "项目区粮食产能提升", "≥100公斤/亩", "≥100公斤/亩"],
      [null, "生态效益指标", "化肥农药使用量", "持续减少", "逐年减少"],
      [null, "可持续影响指标", "建后管护机制", "长效运行", "建立健全"],
    ];
    const head = w.addRow([label("绩效指标", 1, rows.length + 1), header("一级指标"), header("二级指标"), header("三级指标"), header("中期目标值"), header("年度目标值")]);
    writeIndicatorRows(w, rows, { merge: 1 });
    x.error(sheet, 2, head, "missing-category");
    x.table(sheet, "project", "高标准农田建设补助", funds(800, 700, 90), rows.length, funds(2400, 2000, 400));
    x.sheet(sheet, "read");
    return x.done();
  },
};

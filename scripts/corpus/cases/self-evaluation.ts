/**
 * Template 4: 项目支出绩效自评表 (year-end). Its own checks only: 执行率 = 全年执行数 / 全年预算数,
 * 得分 ≤ 分值, scores total 100, a missed target needs a 偏差原因. Target-table rules never run on it.
 */
import { SheetWriter, amount, center, header, label, noteRight, subtitle, text, title } from "../../examples/sheet-writer";
import { Expect, funds, writeIndicatorRows } from "../parts";
import type { CorpusCase } from "../types";

export const selfEvaluation: CorpusCase = {
  id: "04-self-evaluation",
  template: "4",
  about: "项目支出绩效自评表: 执行率 that is not 执行数 / 全年预算数, a 得分 above its 分值; no target-table rule may fire",
  build(workbook) {
    const x = new Expect();
    const sheet = "自评表";
    const w = SheetWriter.add(workbook, sheet, [12, 14, 14, 24, 12, 12, 8, 8, 24]);
    w.addRow([title("项目支出绩效自评表", 9)]);
    w.addRow([subtitle("（2023年度）", 9)]);
    w.addRow([noteRight("单位：万元", 9)]);
    w.addRow([label("项目名称"), text("社区居家养老服务补助", 8)]);
    w.addRow([label("主管部门"), text("区民政局", 3), label("实施单位", 2), text("区养老服务指导中心", 3)]);
    w.addRow([label("项目资金（万元）", 1, 5), header(null, 2), header("年初预算数"), header("全年预算数"), header("全年执行数"), header("分值"), header("执行率"), header("得分")]);
    const money = w.addRow([label("年度资金总额", 2), amount(200), amount(220), amount(198), center(10), center("95%"), center(9)]);
    x.error(sheet, 8, money, "self-eval-execution-rate");
    w.addRow([label("其中：当年财政拨款", 2), amount(200), amount(220), amount(198), center("—"), center("—"), center("—")]);
    w.addRow([label("上年结转资金", 2), amount(0), amount(0), amount(0), center("—"), center("—"), center("—")]);
    w.addRow([label("其他资金", 2), amount(0), amount(0), amount(0), center("—"), center("—"), center("—")]);
    w.addRow([label("年度总体目标", 1, 2), header("预期目标", 4), header("实际完成情况", 4)]);
    w.addRow([text("为辖区失能、半失能老人提供助餐、助浴等居家养老服务不少于5000人次。", 4), text("全年提供居家养老服务5260人次，新建助餐点10个。", 4)]);
    const rows = [
      ["产出指标", "数量指标", "居家养老服务人次", "≥5000人次", "5260人次", 15, 15, null],
      [null, "数量指标", "助餐服务点数量", "12个", "10个", 10, 8, "2个点位选址调整，已纳入2024年计划"],
      [null, "质量指标", "服务质量抽查合格率", "≥95%", "96%", 15, 15, null],
      [null, "时效指标", "补助资金拨付及时率", "100%", "92%", 10, 12, null],
      ["效益指标", "社会效益指标", "失能半失能老人照护覆盖率", "≥60%", "62%", 15, 15, null],
      [null, "可持续影响指标", "养老服务长效机制", "逐步健全", "基本健全", 10, 9, null],
      ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "78%", 15, 10, "部分老人对助餐口味不满意，已更换供餐企业"],
    ];
    w.addRow([
      label("绩效指标", 1, rows.length + 1),
      header("一级指标"),
      header("二级指标"),
      header("三级指标"),
      header("年度指标值"),
      header("实际完成值"),
      header("分值"),
      header("得分"),
      header("偏差原因分析及改进措施"),
    ]);
    const at = writeIndicatorRows(w, rows, { merge: 1, looks: ["center", "center", "center", "center", "center", "center", "center", "text"] });
    x.error(sheet, 8, at[3]!, "self-eval-score-above-points");
    w.addRow([label("总分", 6), center(100), center(93), text(null)]);
    x.table(sheet, "self-evaluation", "社区居家养老服务补助", funds(220, 220, 0), rows.length);
    x.sheet(sheet, "not-target");
    return x.done();
  },
};

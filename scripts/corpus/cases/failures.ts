/**
 * Issue 10's failure classes: a name found only by its meaning (项目支出名称) under a title that
 * yields just "2023年"; a budget written as words nobody can add up; a sheet titled 绩效目标表 whose
 * prose layout no reader knows.
 */
import { SheetWriter, amount, header, label, note, noteRight, text, title } from "../../examples/sheet-writer";
import { Expect, funds, writeIndicatorRows } from "../parts";
import type { CorpusCase } from "../types";

export const titleOnlyName: CorpusCase = {
  id: "10a-title-only-name",
  template: "10: title-only name",
  about: "name under the label 项目支出名称 and a title that leaves only 2023年; funds sum off, an unquantified count",
  build(workbook) {
    const x = new Expect();
    const sheet = "项目表";
    const w = SheetWriter.add(workbook, sheet, [18, 14, 18, 24, 14, 14]);
    w.addRow([title("2023年项目支出绩效目标表", 6)]);
    w.addRow([noteRight("单位：万元", 6)]);
    w.addRow([label("项目支出名称"), text("老旧小区改造配套设施建设", 5)]);
    const money = w.addRow([label("项目资金总额"), amount(380), label("其中：本级财政资金"), amount(300), label("其他资金"), amount(50)]);
    x.error(sheet, 2, money, "funds-budget-sum");
    w.addRow([label("项目绩效目标"), text("完成12个老旧小区配套设施改造，加装电梯20部。", 5)]);
    w.addRow([header("一级指标"), header("二级指标"), header("三级指标", 2), header("指标值"), header("备注")]);
    const rows = [
      ["产出指标", "数量指标", "改造老旧小区数量", "12个", null],
      [null, "数量指标", "加装电梯数量", "大幅增加", null],
      [null, "质量指标", "工程质量合格率", "100%", null],
      [null, "时效指标", "工程完工时间", "2023年11月底前", null],
      [null, "成本指标", "小区平均改造成本", "≤30万元/个", null],
      ["效益指标", "社会效益指标", "居民居住条件", "显著改善", null],
      [null, "可持续影响指标", "小区长效管理机制", "基本建立", null],
      ["满意度指标", "服务对象满意度指标", "小区居民满意度", "≥85%", null],
    ];
    const at = writeIndicatorRows(w, rows, { merge: 1, spans: [1, 1, 2, 1, 1] });
    x.error(sheet, 5, at[1]!, "value-unquantified");
    x.table(sheet, "project", "老旧小区改造配套设施建设", funds(380, 300, 50), rows.length);
    x.sheet(sheet, "read");
    return x.done();
  },
};

export const unreadableBudget: CorpusCase = {
  id: "10b-unreadable-budget",
  template: "10: unreadable budget",
  about: "预算数 and 财政资金 written as 以财政批复为准: no budget to check, partly read; 满意度 missing, an unquantified 质量 target",
  build(workbook) {
    const x = new Expect();
    const sheet = "绩效目标表";
    const w = SheetWriter.add(workbook, sheet, [16, 16, 16, 24, 14, 14]);
    w.addRow([title("2024年度项目支出绩效目标表", 6)]);
    w.addRow([note("预算单位：县农业农村局", 4), noteRight("单位：万元", 2)]);
    w.addRow([label("项目名称"), text("动物防疫补助", 5)]);
    w.addRow([label("预算数"), text("以财政批复为准"), label("其中：财政资金"), text("以财政批复为准"), label("其他资金"), text(null)]);
    w.addRow([label("绩效目标"), text("完成春秋两季重大动物疫病强制免疫，免疫密度不低于90%。", 5)]);
    const head = w.addRow([header("一级指标"), header("二级指标"), header("三级指标", 2), header("指标值"), header("指标值确定依据")]);
    const rows = [
      ["产出指标", "数量指标", "强制免疫畜禽数量", "≥50万头只", "计划标准"],
      [null, "质量指标", "免疫密度", "≥90%", "行业标准"],
      [null, "质量指标", "免疫抗体合格情况", "较高", "行业标准"],
      [null, "时效指标", "春秋防完成时间", "2024年11月底前", "计划标准"],
      [null, "成本指标", "每头只免疫成本", "≤0.3元", "预算支出标准"],
      ["效益指标", "社会效益指标", "重大动物疫情发生次数", "0次", "历史标准"],
    ];
    const at = writeIndicatorRows(w, rows, { merge: 1, spans: [1, 1, 2, 1, 1] });
    x.error(sheet, 1, head, "missing-category");
    x.error(sheet, 5, at[2]!, "value-unquantified");
    x.table(sheet, "project", "动物防疫补助", null, rows.length);
    x.sheet(sheet, "partial");
    return x.done();
  },
};

export const unreadableLayout: CorpusCase = {
  id: "10d-unreadable-layout",
  template: "10: layout nothing reads",
  about: "a sheet titled …绩效目标表 that states its targets in prose: nothing read, and the report must say so",
  build(workbook) {
    const x = new Expect();
    const sheet = "绩效目标表";
    const w = SheetWriter.add(workbook, sheet, [96], false);
    w.addRow([title("2024年度乡村振兴衔接资金项目绩效目标表", 1)]);
    for (const line of [
      "一、项目基本情况",
      "本项目由县乡村振兴局实施，安排衔接资金820万元，用于产业发展和农村基础设施建设。",
      "二、年度绩效目标",
      "（一）产出目标：新建产业路12公里，扶持帮扶车间5个，项目验收合格率100%，年底前完成建设任务。",
      "（二）效益目标：带动脱贫人口增收，受益脱贫人口不少于1500人。",
      "（三）满意度目标：受益群众满意度不低于90%。",
    ]) {
      w.addRow([text(line)]);
    }
    x.sheet(sheet, "unread");
    return x.done();
  },
};

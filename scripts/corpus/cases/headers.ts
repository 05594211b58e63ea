/**
 * Template 6: indicator headers as provinces draw them. Over two rows (绩效指标 merged over 一级 | 二级 |
 * 三级, 指标值 over 年度指标值 | 实施期指标值, 指标值设定依据 merged down both rows); behind a label column
 * merged down the left (本年度绩效指标); with no 一级 column at all (the 一级 follows from the 二级).
 */
import { SheetWriter, amount, header, label, note, noteRight, text, title } from "../../examples/sheet-writer";
import { Expect, funds, writeIndicatorRows } from "../parts";
import type { CorpusCase } from "../types";

export const twoRowHeader: CorpusCase = {
  id: "06a-two-row-header",
  template: "6",
  about: "indicator header over two rows with merged 绩效指标 / 指标值 groups and 指标值设定依据 merged down; a 年度 value above 实施期, low satisfaction",
  build(workbook) {
    const x = new Expect();
    const sheet = "项目绩效目标";
    const w = SheetWriter.add(workbook, sheet, [14, 16, 26, 14, 14, 16]);
    w.addRow([title("2024年市级财政项目支出绩效目标表", 6)]);
    w.addRow([note("预算部门：市卫生健康委员会", 4), noteRight("单位：万元", 2)]);
    w.addRow([label("项目名称"), text("基层医疗卫生机构能力提升", 5)]);
    w.addRow([label("预算金额"), amount(560), label("其中：财政资金"), amount(500), label("其他资金"), amount(60)]);
    w.addRow([label("资金用途"), text("为乡镇卫生院配置DR等设备，开展基层医务人员培训。", 5)]);
    w.addRow([label("年度绩效目标"), text("完成16家乡镇卫生院设备配置和600人次基层医务人员培训，基层就诊率不低于65%。", 5)]);
    w.addRow([header("绩效指标", 3), header("指标值", 2), header("指标值设定依据", 1, 2)]);
    w.addRow([header("一级指标"), header("二级指标"), header("三级指标"), header("年度指标值"), header("实施期指标值")]);
    const rows = [
      ["成本指标", "经济成本指标", "设备购置成本", "≤480万元", "≤1400万元", "预算支出标准"],
      ["产出指标", "数量指标", "配置DR设备的乡镇卫生院数", "16家", "45家", "计划标准"],
      [null, "数量指标", "培训基层医务人员", "≥600人次", "≥500人次", "计划标准"],
      [null, "质量指标", "设备验收合格率", "100%", "100%", "行业标准"],
      [null, "时效指标", "设备安装完成时间", "2024年10月底前", "2026年10月底前", "计划标准"],
      ["效益指标", "社会效益指标", "基层就诊率", "≥65%", "≥70%", "历史标准"],
      [null, "可持续影响指标", "基层诊疗能力", "持续提升", "持续提升", "其他标准"],
      ["满意度指标", "服务对象满意度指标", "就诊患者满意度", "≥75%", "≥90%", "行业标准"],
    ];
    const at = writeIndicatorRows(w, rows, { merge: 1 });
    x.error(sheet, 4, at[2]!, "annual-beyond-period");
    x.error(sheet, 4, at[7]!, "satisfaction-below-floor");
    x.table(sheet, "project", "基层医疗卫生机构能力提升", funds(560, 500, 60), rows.length);
    x.sheet(sheet, "read");
    return x.done();
  },
};

export const leftLabelHeader: CorpusCase = {
  id: "06b-left-label-header",
  template: "6",
  about: "indicator table behind a 本年度绩效指标 label merged down the left; 效益 missing, an unquantified 质量 target",
  build(workbook) {
    const x = new Expect();
    const sheet = "绩效目标表";
    const w = SheetWriter.add(workbook, sheet, [12, 12, 16, 26, 14, 16]);
    w.addRow([title("2024年度部门预算项目绩效目标表", 6)]);
    w.addRow([note("单位名称：县人力资源和社会保障局", 4), noteRight("单位：万元", 2)]);
    w.addRow([label("项目名称"), text("职业技能提升培训补贴", 5)]);
    w.addRow([label("项目总额"), amount(96), label("财政拨款"), amount(96), label("单位自筹"), amount(0)]);
    w.addRow([label("绩效目标"), text("全年补贴职业技能培训1200人，培训合格率不低于90%。", 5)]);
    const rows = [
      ["产出指标", "数量指标", "补贴培训人数", "≥1200人", "计划标准"],
      [null, "数量指标", "开展培训班期数", "≥30期", "计划标准"],
      [null, "质量指标", "培训合格率", "≥90%", "行业标准"],
      [null, "质量指标", "培训组织质量", "较好", "其他标准"],
      [null, "时效指标", "补贴发放时限", "培训结束后30日内", "计划标准"],
      [null, "成本指标", "人均补贴标准", "≤800元/人", "预算支出标准"],
      ["满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", "历史标准"],
    ];
    const head = w.addRow([label("本年度绩效指标", 1, rows.length + 1), header("一级指标"), header("二级指标"), header("三级指标"), header("指标值"), header("指标值确定依据")]);
    const at = writeIndicatorRows(w, rows, { merge: 1 });
    x.error(sheet, 2, head, "missing-category");
    x.error(sheet, 5, at[3]!, "value-unquantified");
    x.table(sheet, "project", "职业技能提升培训补贴", funds(96, 96, 0), rows.length);
    x.sheet(sheet, "read");
    return x.done();
  },
};

export const noLevel1Header: CorpusCase = {
  id: "06c-no-level1-column",
  template: "6",
  about: "indicator table with no 一级 column (二级 | 三级 | 指标值 | 备注); an unquantified count, a rate above 100%",
  build(workbook) {
    const x = new Expect();
    const sheet = "项目绩效目标";
    const w = SheetWriter.add(workbook, sheet, [18, 28, 16, 22]);
    w.addRow([title("2024年项目绩效目标表", 4)]);
    w.addRow([noteRight("单位：万元", 4)]);
    w.addRow([label("项目名称"), text("乡村文化活动中心免费开放", 3)]);
    w.addRow([label("预算数"), amount(42), label("其中：财政资金"), amount(42)]);
    w.addRow([label("年度目标"), text("全年免费开放不少于300天，举办群众文化活动，丰富农村文化生活。", 3)]);
    w.addRow([header("二级指标"), header("三级指标"), header("指标值"), header("备注")]);
    const rows = [
      ["数量指标", "免费开放天数", "≥300天", null],
      ["数量指标", "举办文化活动场次", "若干", null],
      ["质量指标", "活动场地安全达标率", "105%", null],
      ["时效指标", "资金支付时间", "2024年12月底前", null],
      ["成本指标", "场馆运行成本", "≤42万元", null],
      ["社会效益指标", "群众文化生活参与度", "明显提高", null],
      ["社会效益指标", "参与活动群众人次", "≥1.2万人次", null],
      ["服务对象满意度指标", "群众满意度", "≥92%", null],
    ];
    const at = writeIndicatorRows(w, rows, { merge: 0 });
    x.error(sheet, 3, at[1]!, "value-unquantified");
    x.error(sheet, 3, at[2]!, "rate-above-100");
    x.table(sheet, "project", "乡村文化活动中心免费开放", funds(42, 42, 0), rows.length);
    x.sheet(sheet, "read");
    return x.done();
  },
};

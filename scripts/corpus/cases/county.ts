/**
 * Template 2: a county variant of the 申报表. 项目资金申请 written as sources in one cell, or as inline
 * "label：value" cells; 长期绩效指标 and 年度绩效指标 as two tables (the year's is the project's);
 * 指标内容 as the 三级 column; ★ on core indicators; a 备注 column.
 */
import { SheetWriter, header, label, note, noteRight, text, title } from "../../examples/sheet-writer";
import { Expect, funds, writeIndicatorRows } from "../parts";
import type { CorpusCase } from "../types";

const WIDTHS = [12, 12, 16, 28, 14, 12];
const INDICATOR_HEADER = [header("一级指标"), header("二级指标"), header("指标内容"), header("指标值"), header("备注")];

export const countyVariant: CorpusCase = {
  id: "02-county-inline",
  template: "2",
  about: "county 申报表: 项目资金申请 in one cell and as inline label：value cells, 长期 and 年度 indicator tables, 指标内容, ★, 备注",
  build(workbook) {
    const x = new Expect();
    {
      const sheet = "城乡环卫一体化";
      const w = SheetWriter.add(workbook, sheet, WIDTHS);
      w.addRow([title("某县2024年度项目绩效目标申报表", 6)]);
      w.addRow([note("填报单位：县住房和城乡建设局", 4), noteRight("单位：万元", 2)]);
      w.addRow([label("项目名称"), text("城乡环卫一体化运营服务", 2), label("项目负责人"), text("王建国", 2)]);
      w.addRow([label("项目类型"), text("经常性项目", 2), label("起止年限"), text("2022年—2026年", 2)]);
      w.addRow([
        label("项目资金申请"),
        text("总额10606.75万元，其中：财政拨款：6923.36万元（其中：上级财政资金2000.00万元），自有资金：683.39万元，事业收入：3000.00万元，经营性收入：0万元，其他：0万元", 5),
      ]);
      w.addRow([label("长期绩效目标"), text("到2026年实现城乡生活垃圾收运处置体系全覆盖，农村人居环境根本改善。", 5)]);
      w.addRow([label("年度绩效目标"), text("完成全县268个村庄保洁和生活垃圾清运，无害化处理率不低于98%。", 5)]);
      const longTerm = [
        ["产出指标", "数量指标", "城乡环卫一体化覆盖率", "100%", null],
        [null, "质量指标", "生活垃圾无害化处理率", "≥99%", null],
        [null, "时效指标", "一体化运营期限", "2026年底", null],
        ["效益指标", "社会效益指标", "城乡环境面貌", "根本改善", null],
        [null, "可持续影响指标", "长效保洁机制", "全面建立", null],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥95%", null],
      ];
      w.addRow([label("长期绩效指标", 1, longTerm.length + 1), ...INDICATOR_HEADER]);
      writeIndicatorRows(w, longTerm, { merge: 1 });
      const year = [
        ["产出指标", "数量指标", "★城乡生活垃圾清运量", "≥18万吨", "核心指标"],
        [null, "数量指标", "保洁覆盖村庄数", "268个", null],
        [null, "质量指标", "★生活垃圾无害化处理率", "≥98%", "核心指标"],
        [null, "时效指标", "垃圾日产日清", "及时", null],
        [null, "成本指标", "运营服务总成本", "≤11000万元", null],
        ["效益指标", "社会效益指标", "农村人居环境整治成效", "明显改善", null],
        [null, "生态效益指标", "垃圾分类回收利用率", "≥35%", null],
        ["满意度指标", "服务对象满意度指标", "★群众对环境卫生满意度", "≥90%", "核心指标"],
      ];
      w.addRow([label("年度绩效指标", 1, year.length + 1), ...INDICATOR_HEADER]);
      const at = writeIndicatorRows(w, year, { merge: 1 });
      x.error(sheet, 5, at[3]!, "value-unquantified");
      x.error(sheet, 5, at[4]!, "cost-above-budget");
      x.table(sheet, "project", "城乡环卫一体化运营服务", funds(10606.75, 6923.36, 3683.39), year.length);
      x.sheet(sheet, "read");
    }
    {
      const sheet = "背街小巷改造";
      const w = SheetWriter.add(workbook, sheet, WIDTHS);
      w.addRow([title("某县2024年度项目绩效目标申报表", 6)]);
      w.addRow([note("填报单位：县住房和城乡建设局", 4), noteRight("单位：万元", 2)]);
      w.addRow([label("项目名称"), text("背街小巷提升改造", 2), label("项目负责人"), text("李明", 2)]);
      const money = w.addRow([label("项目资金申请"), text("总额：150万元"), text("财政拨款：120万元"), text("自有资金：20万元"), text("其他：0万元"), text(null)]);
      x.error(sheet, 2, money, "funds-budget-sum");
      w.addRow([label("年度绩效目标"), text("完成城区12条背街小巷路面、管网和照明改造。", 5)]);
      const year = [
        ["产出指标", "数量指标", "改造背街小巷数量", "12条", null],
        [null, "数量指标", "改造路面面积", "≥2.4万平方米", null],
        [null, "质量指标", "★工程验收合格率", "100%", "核心指标"],
        [null, "时效指标", "改造完成时间", "2024年10月底前", null],
        ["效益指标", "社会效益指标", "居民出行条件", "明显改善", null],
      ];
      const head = w.addRow([label("年度绩效指标", 1, year.length + 1), ...INDICATOR_HEADER]);
      writeIndicatorRows(w, year, { merge: 1 });
      x.error(sheet, 2, head, "missing-category");
      x.table(sheet, "project", "背街小巷提升改造", funds(150, 120, 20), year.length);
      x.sheet(sheet, "read");
    }
    return x.done();
  },
};

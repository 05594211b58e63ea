/**
 * Template 7: the legacy templates of several provinces file satisfaction as the 二级
 * 社会公众或服务对象满意度指标 under 效益指标: satisfaction is present, not missing.
 */
import { SheetWriter, amount, header, label, note, noteRight, text, title } from "../../examples/sheet-writer";
import { Expect, funds, writeIndicatorRows } from "../parts";
import type { CorpusCase } from "../types";

interface Block {
  readonly title: string;
  readonly name: string;
  readonly budget: readonly [number, number, number];
  readonly rows: readonly (readonly (string | null)[])[];
}

const BLOCKS: readonly Block[] = [
  {
    title: "1.2024年城区绿化养护经费绩效目标表",
    name: "城区绿化养护经费",
    budget: [68, 68, 0],
    rows: [
      ["产出指标", "数量指标", "养护绿地面积", "≥120万平方米", "计划标准"],
      [null, "质量指标", "苗木成活率", "≥95%", "行业标准"],
      [null, "时效指标", "养护作业及时率", "100%", "计划标准"],
      [null, "成本指标", "单位面积养护成本", "≤0.57元/平方米", "预算支出标准"],
      ["效益指标", "社会效益指标", "城区绿化覆盖率", "≥42%", "历史标准"],
      [null, "生态效益指标", "绿地生态功能", "持续改善", "其他标准"],
      [null, "社会公众或服务对象满意度指标", "市民对绿化环境满意度", "≥90%", "历史标准"],
    ],
  },
  {
    title: "2.2024年公园免费开放补助绩效目标表",
    name: "公园免费开放补助",
    budget: [45, 40, 3],
    rows: [
      ["产出指标", "数量指标", "免费开放公园数量", "6个", "计划标准"],
      [null, "质量指标", "公园设施完好率", "≥95%", "行业标准"],
      [null, "时效指标", "补助资金拨付时间", "2024年6月底前", "计划标准"],
      ["效益指标", "社会效益指标", "年接待游客量", "≥300万人次", "历史标准"],
      [null, "社会公众或服务对象满意度指标", "游客满意度", "≥70%", "历史标准"],
    ],
  },
];

export const satisfactionUnderBenefit: CorpusCase = {
  id: "07-satisfaction-under-benefit",
  template: "7",
  about: "two legacy blocks with 社会公众或服务对象满意度指标 under 效益指标 and no 满意度 一级; a funds sum off, satisfaction below the floor",
  build(workbook) {
    const x = new Expect();
    const sheet = "绩效目标表";
    const w = SheetWriter.add(workbook, sheet, [14, 16, 20, 20, 16, 14]);
    BLOCKS.forEach((b, i) => {
      if (i > 0) w.blank(2);
      w.addRow([title(b.title, 6)]);
      w.addRow([note("预算单位：市园林绿化服务中心", 4), noteRight("单位：万元", 2)]);
      w.addRow([label("项目名称"), text(b.name, 5)]);
      const money = w.addRow([label("年度预算总额"), amount(b.budget[0]), label("其中：财政拨款"), amount(b.budget[1]), label("其他资金"), amount(b.budget[2])]);
      w.addRow([label("项目总体目标"), text(`保障${b.name}项目顺利实施，提升城市园林绿化水平。`, 5)]);
      w.addRow([header("一级指标"), header("二级指标"), header("三级指标", 2), header("指标值"), header("指标值设置依据")]);
      const at = writeIndicatorRows(w, b.rows, { merge: 1, spans: [1, 1, 2, 1, 1] });
      if (i === 1) {
        x.error(sheet, 2, money, "funds-budget-sum");
        x.error(sheet, 5, at[4]!, "satisfaction-below-floor");
      }
      x.table(sheet, "project", b.name, funds(b.budget[0], b.budget[1], b.budget[2]), b.rows.length);
    });
    x.sheet(sheet, "read");
    return x.done();
  },
};

/**
 * Template 8: tables beside the indicators. A cost-composition table (成本构成 / 测算明细 | 数量 | 单价 |
 * 金额 | 测算依据, ending in 合计) directly under the indicator rows with no title of its own: its rows are
 * not indicators. And a 成本测算 table above the indicators (项目预算成本构成 | 金额 | 测算依据 | prior
 * years' actuals) whose 合计 is the budget.
 */
import { SheetWriter, amount, center, header, label, note, noteRight, number, text, title } from "../../examples/sheet-writer";
import { Expect, funds, writeIndicatorRows } from "../parts";
import type { CorpusCase } from "../types";

interface CostBlock {
  readonly name: string;
  readonly budget: number;
  readonly rows: readonly (readonly (string | null)[])[];
  readonly costHeader: string;
  /** 明细 · 数量 · 单价（元） · 金额（万元） · 测算依据 */
  readonly costs: readonly (readonly [string, number, number, number, string])[];
  readonly costTotal: number;
}

const COST_BLOCKS: readonly CostBlock[] = [
  {
    name: "2024年全民健身赛事活动经费",
    budget: 25,
    rows: [
      ["成本指标", "经济成本指标", "赛事活动总成本", "≤25万元", "预算支出标准"],
      ["产出指标", "数量指标", "举办赛事活动场次", "≥8场", "计划标准"],
      [null, "数量指标", "参赛人数", "≥2000人次", "历史标准"],
      [null, "质量指标", "赛事安全事故发生率", "0", "行业标准"],
      [null, "时效指标", "赛事完成时间", "2024年11月底前", "计划标准"],
      ["效益指标", "社会效益指标", "群众体育参与度", "明显提升", "其他标准"],
      ["满意度指标", "服务对象满意度指标", "参赛群众满意度", "≥90%", "历史标准"],
    ],
    costHeader: "成本构成",
    costs: [
      ["场地租赁费", 8, 5375, 4.3, "按市场询价"],
      ["裁判及工作人员劳务费", 400, 200, 8, "按区级劳务标准"],
      ["宣传及印刷费", 2, 15000, 3.5, "按上年实际"],
      ["奖品及证书", 2000, 46, 9.2, "按参赛人数测算"],
    ],
    costTotal: 25,
  },
  {
    name: "2024年社区体育设施维护经费",
    budget: 30,
    rows: [
      ["成本指标", "经济成本指标", "设施维护总成本", "≤30万元", "预算支出标准"],
      ["产出指标", "数量指标", "维护健身路径数量", "≥120处", "计划标准"],
      [null, "质量指标", "设施完好率", "≥95%", "行业标准"],
      [null, "时效指标", "维修响应时间", "及时", "行业标准"],
      ["效益指标", "社会效益指标", "群众健身便利程度", "有效提升", "其他标准"],
      ["满意度指标", "服务对象满意度指标", "社区居民满意度", "≥90%", "历史标准"],
    ],
    costHeader: "测算明细",
    costs: [
      ["健身器材维修", 120, 1000, 12, "按上年维修量测算"],
      ["器材更换", 30, 4000, 12, "按政府采购价"],
      ["巡检服务", 12, 5000, 6, "按月巡检"],
    ],
    costTotal: 28,
  },
];

export const costUnderIndicators: CorpusCase = {
  id: "08a-cost-table-under-indicators",
  template: "8",
  about: "two blocks each with a cost-composition table directly under the indicator rows; an item that is not 数量 × 单价, a 合计 that is not the sum, an unquantified target",
  build(workbook) {
    const x = new Expect();
    const sheet = "绩效目标表";
    const w = SheetWriter.add(workbook, sheet, [16, 16, 14, 16, 14, 18]);
    COST_BLOCKS.forEach((b, i) => {
      if (i > 0) w.blank(2);
      w.addRow([title(`${b.name}绩效目标表`, 6)]);
      w.addRow([note("预算单位：区文化旅游体育局", 4), noteRight("单位：万元", 2)]);
      w.addRow([label("项目名称"), text(b.name, 5)]);
      w.addRow([label("预算数"), amount(b.budget), label("财政资金"), amount(b.budget), label("其他资金"), amount(0)]);
      w.addRow([label("绩效目标"), text(`完成${b.name.replace(/^2024年/u, "")}相关工作任务。`, 5)]);
      w.addRow([header("一级指标"), header("二级指标"), header("三级指标", 2), header("指标值"), header("指标值确定依据")]);
      const at = writeIndicatorRows(w, b.rows, { merge: 1, spans: [1, 1, 2, 1, 1] });
      w.addRow([header(b.costHeader, 2), header("数量"), header("单价（元）"), header("金额（万元）"), header("测算依据")]);
      const costRows = b.costs.map(([item, quantity, price, sum, basis]) =>
        w.addRow([text(item, 2), number(quantity), number(price), amount(sum), text(basis)]),
      );
      const total = w.addRow([label("合计", 2), center(null), center(null), amount(b.costTotal), text(null)]);
      if (i === 0) x.error(sheet, 5, costRows[2]!, "cost-item-product");
      if (i === 1) {
        x.error(sheet, 5, at[3]!, "value-unquantified");
        x.error(sheet, 5, total, "cost-table-total");
      }
      x.table(sheet, "project", b.name, funds(b.budget, b.budget, 0), b.rows.length);
    });
    x.sheet(sheet, "read");
    return x.done();
  },
};

export const costAboveIndicators: CorpusCase = {
  id: "08b-cost-table-above-indicators",
  template: "8",
  about: "鄂州-style 项目预算成本构成 table above the indicators, whose 合计 is the budget; an unquantified count, 满意度指标 as its own 二级",
  build(workbook) {
    const x = new Expect();
    const sheet = "项目绩效目标表";
    const w = SheetWriter.add(workbook, sheet, [16, 14, 26, 14, 14, 14]);
    w.addRow([title("2024年度市级项目支出绩效目标表", 6)]);
    w.addRow([note("部门名称：市城市管理执法委员会", 4), noteRight("单位：万元", 2)]);
    w.addRow([label("项目名称"), text("城市道路照明设施运维", 5)]);
    w.addRow([label("项目类别"), text("运转类", 2), label("项目期限"), text("1年", 2)]);
    w.addRow([header("项目预算成本构成"), header("金额"), header("测算依据", 2), header("2022年实际支出"), header("2023年实际支出")]);
    const costs: [string, number, string, number, number][] = [
      ["电费", 210, "按路灯用电量和电价测算", 198.6, 205.3],
      ["维修材料费", 65, "按年度维修计划测算", 60.2, 62.8],
      ["运维人工费", 85, "按运维合同约定", 80, 82],
    ];
    for (const [item, sum, basis, y2022, y2023] of costs) w.addRow([text(item), amount(sum), text(basis, 2), amount(y2022), amount(y2023)]);
    w.addRow([label("合计"), amount(360), text(null, 2), amount(338.8), amount(350.1)]);
    w.addRow([label("年度绩效目标"), text("保障城区2.6万盏路灯正常运行，亮灯率不低于98%。", 5)]);
    w.addRow([header("一级指标"), header("二级指标"), header("三级指标"), header("指标值"), header("指标值确定依据"), header("上年完成值")]);
    const rows = [
      ["成本指标", "经济成本指标", "路灯运维总成本", "≤360万元", "预算支出标准", "350.1万元"],
      ["产出指标", "数量指标", "运维路灯盏数", "≥2.6万盏", "计划标准", "2.5万盏"],
      [null, "数量指标", "路灯巡查频次", "经常巡查", "行业标准", null],
      [null, "质量指标", "路灯亮灯率", "≥98%", "行业标准", "98%"],
      [null, "时效指标", "故障修复时限", "≤24小时", "行业标准", "24小时"],
      ["效益指标", "社会效益指标", "夜间道路通行安全", "有效保障", "其他标准", null],
      ["满意度指标", "满意度指标", "市民满意度", "≥90%", "历史标准", "91%"],
    ];
    const at = writeIndicatorRows(w, rows, { merge: 1 });
    x.error(sheet, 4, at[2]!, "value-unquantified");
    x.error(sheet, 2, at[6]!, "level2-mismatch");
    x.table(sheet, "project", "城市道路照明设施运维", funds(360, 0, 0), rows.length);
    x.sheet(sheet, "read");
    return x.done();
  },
};

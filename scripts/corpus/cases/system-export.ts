/**
 * Template 5: an export of a 预算管理一体化系统: header in row 1 of Sheet1, no title, one row per
 * indicator with the project's columns repeated on every row (not merged); 指标方向 · 指标值 · 计量单位
 * in three cells. Two projects share a name and differ by code and 预算单位.
 */
import { SheetWriter, amount, center, header, text } from "../../examples/sheet-writer";
import { Expect, funds } from "../parts";
import type { CorpusCase } from "../types";

interface ExportedProject {
  readonly code: string;
  readonly name: string;
  readonly agency: string;
  readonly amount: number;
  /** 一级 · 二级 · 三级 · 指标方向 · 指标值 · 计量单位 · 指标解释 */
  readonly rows: readonly (readonly [string, string, string, string, string | number, string | null, string])[];
}

const PROJECTS: readonly ExportedProject[] = [
  {
    code: "42010224P000123456",
    name: "社区公共服务设施运行维护",
    agency: "武汉市江岸区民政局",
    amount: 35.6,
    rows: [
      ["产出指标", "数量指标", "维护社区服务设施数量", "大于等于", 45, "个", "全年维护的社区服务设施数量"],
      ["产出指标", "质量指标", "设施完好率", "大于等于", 95, "%", "完好设施数占设施总数的比例"],
      ["产出指标", "时效指标", "故障响应时间", "小于等于", 24, "小时", "接报至到场的时间"],
      ["产出指标", "成本指标", "单个设施年均维护成本", "小于等于", 0.8, "万元", "维护总成本除以设施数量"],
      ["效益指标", "社会效益指标", "社区服务便利度", "定性", "明显提升", null, "居民获得社区服务的便利程度"],
      ["满意度指标", "服务对象满意度指标", "居民满意度", "大于等于", 75, "%", "抽样调查满意居民占比"],
    ],
  },
  {
    code: "42010224P000123478",
    name: "困难群众临时救助",
    agency: "武汉市江岸区民政局",
    amount: 120,
    rows: [
      ["产出指标", "数量指标", "临时救助人次", "大于等于", 800, "人次", "全年实施临时救助的人次"],
      ["产出指标", "质量指标", "救助对象认定准确率", "等于", 100, "%", "认定准确的救助对象占比"],
      ["产出指标", "时效指标", "救助资金发放时限", "小于等于", 15, "个工作日", "审批后发放救助金的时间"],
      ["效益指标", "社会效益指标", "困难群众基本生活", "定性", "有效保障", null, "救助对象基本生活得到保障"],
      ["效益指标", "可持续影响指标", "救助工作机制", "定性", "持续完善", null, "临时救助工作机制建设情况"],
    ],
  },
  {
    code: "42010224P000123501",
    name: "专项业务经费",
    agency: "武汉市江岸区民政局",
    amount: 18,
    rows: [
      ["产出指标", "数量指标", "开展业务培训次数", "大于等于", 4, "次", "全年开展的民政业务培训次数"],
      ["产出指标", "质量指标", "档案归档完整性", "定性", "明显改善", null, "业务档案归档情况"],
      ["产出指标", "时效指标", "业务完成时限", "小于等于", 12, "月", "年度业务完成时间"],
      ["效益指标", "社会效益指标", "民政业务服务水平", "定性", "有效提升", null, "民政服务水平提升情况"],
      ["满意度指标", "服务对象满意度指标", "服务对象满意度", "大于等于", 90, "%", "服务对象满意度调查结果"],
    ],
  },
  {
    code: "42010224P000123533",
    name: "专项业务经费",
    agency: "武汉市江岸区养老服务中心",
    amount: 9.5,
    rows: [
      ["产出指标", "数量指标", "养老护理培训人次", "大于等于", 300, "人次", "全年培训养老护理人员人次"],
      ["产出指标", "质量指标", "培训合格率", "大于等于", 90, "%", "考核合格人数占参训人数比例"],
      ["产出指标", "时效指标", "培训完成时间", "小于等于", 10, "月", "培训任务完成的月份"],
      ["效益指标", "社会效益指标", "护理人员技能水平", "定性", "有效提升", null, "护理人员技能提升情况"],
      ["满意度指标", "服务对象满意度指标", "参训人员满意度", "大于等于", 92, "%", "参训人员满意度调查结果"],
    ],
  },
];

export const systemExport: CorpusCase = {
  id: "05-system-export",
  template: "5",
  about: "一体化系统 export on Sheet1: project columns repeated on every indicator row, two projects of one name; low satisfaction, a missing 满意度, an unquantified target",
  build(workbook) {
    const x = new Expect();
    const sheet = "Sheet1";
    const w = SheetWriter.add(workbook, sheet, [22, 24, 24, 10, 12, 18, 24, 10, 10, 10, 30]);
    w.addRow(["项目编码", "项目名称", "预算单位", "项目金额", "一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位", "指标解释"].map((h) => header(h)));
    PROJECTS.forEach((p, i) => {
      const rows = p.rows.map(([l1, l2, l3, direction, value, unit, explanation]) =>
        w.addRow([text(p.code), text(p.name), text(p.agency), amount(p.amount), center(l1), center(l2), text(l3), center(direction), center(value), center(unit), text(explanation)]),
      );
      if (i === 0) x.error(sheet, 9, rows[5]!, "satisfaction-below-floor");
      if (i === 1) x.error(sheet, 2, rows[0]!, "missing-category");
      if (i === 2) x.error(sheet, 9, rows[1]!, "value-unquantified");
      x.table(sheet, "project", p.name, funds(p.amount, 0, 0), p.rows.length);
    });
    x.sheet(sheet, "read");
    return x.done();
  },
};

import { unitMismatch } from "../../../src/core/rules/unit-mismatch";
import { ruleTester, runRule } from "./rule-tester";
import { indicatorRows as block, encodedProject as list } from "./fixtures";



ruleTester(unitMismatch, {
  valid: [
    { name: "seed 004: area in 平方米, cost per person per year", grid: block(["产出指标", "数量指标", "维护信访大楼面积", "≥2380.4平方米"], ["成本指标", "经济成本指标", "聘请法律顾问经费", "<=1万元/人/年"]) },
    { name: "seed 001: 人次 for 参与人数, 件次, equipment in 个", grid: block(
      ["产出指标", "数量指标", "参与人数", "≥ 1000 人次"],
      ["产出指标", "数量指标", "处理信访事项数量", "≥ 2000 件次"],
      ["产出指标", "数量指标", "日常使用设备", "≥ 10 个"],
    ) },
    { name: "seed 003: 案件数 in 宗, 效率 in %, a bare number", grid: block(
      ["产出指标", "数量指标", "提供法律咨询服务案件数", "≥15宗"],
      ["效益指标", "社会效益指标", "电子设备正常运行效率", "100%"],
      ["产出指标", "数量指标", "进京到非接待场所上访纯人数", "≤10"],
    ) },
    { name: "satisfaction scored in 分; frequencies in 次", grid: block(["满意度指标", "服务对象满意度指标", "群众满意度", "≥90分"], ["产出指标", "质量指标", "巡查频率", "≥2次/月"]) },
    { name: "household and person counts", grid: block(["产出指标", "数量指标", "受益人数", "≥100户"], ["产出指标", "数量指标", "培训人数", "≥100名"]) },
    { name: "costs in money, cost rates in %", grid: block(["成本指标", "经济成本指标", "设备购置成本", "≤50万元"], ["成本指标", "经济成本指标", "成本节约率", "≥5%"]) },
    { name: "social costs may be measured in kind", grid: block(["成本指标", "生态环境成本指标", "占用耕地", "≤10亩"]) },
    { name: "people handling things", grid: block(["产出指标", "数量指标", "设备维护人员", "≥2人"]) },
  ],
  invalid: [
    { name: "seed 001 绩效目标3: an area in 米", grid: block(["产出指标", "数量指标", "办公场所面积", "≥ 240 米"]), errors: [{ cell: "D3", messageId: "notArea", severity: "warning" }] },
    { name: "seed 001 绩效目标4: 天数 as a unit", grid: block(["产出指标", "数量指标", "工作天数", "≥ 200 天数"]), errors: [{ cell: "D3", messageId: "countedUnit", severity: "warning" }] },
    { name: "an area in 公里 or counted in 个", grid: block(["产出指标", "数量指标", "绿化面积", "≥3公里"], ["产出指标", "数量指标", "维修面积", "≥5个"]), errors: [{ cell: "D3", messageId: "notArea", severity: "warning" }, { cell: "D4", messageId: "notArea", severity: "warning" }] },
    { name: "a head count in 个 / 件 / 套", grid: block(["产出指标", "数量指标", "聘请法律顾问人数", "≥1个"], ["产出指标", "数量指标", "接待人次", "≥500件"]), errors: [{ cell: "D3", messageId: "headCountNotPersons", severity: "warning" }, { cell: "D4", messageId: "headCountNotPersons", severity: "warning" }] },
    { name: "equipment counted in 人", grid: block(["产出指标", "数量指标", "摄像头数量", "≤15人"]), errors: [{ cell: "D3", messageId: "objectsInPersons", severity: "warning" }] },
    { name: "a rate in a unit other than %", grid: block(["产出指标", "质量指标", "验收合格率", "≥95个"], ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90次"]), errors: [{ cell: "D3", messageId: "rateNotPercent", severity: "warning" }, { cell: "D4", messageId: "rateNotPercent", severity: "warning" }] },
    { name: "money under 经济成本 in a non-money unit", grid: block(["成本指标", "经济成本指标", "人员成本", "≤10人"], ["产出指标", "成本指标", "维修成本", "≤3次"]), errors: [{ cell: "D3", messageId: "costNotMoney", severity: "warning" }, { cell: "D4", messageId: "costNotMoney", severity: "warning" }] },
    { name: "encoded list", grid: list("1、1-产出指标；11-数量指标；办公场所面积；实施周期指标值:≥240米；年度指标值:≥240米。"), errors: [{ cell: "G4", messageId: "notArea", severity: "warning" }] },
  ],
});

describe("unit-mismatch suggestions", () => {
  it("rewrites the unit where it is obvious", () => {
    const ds = runRule(unitMismatch, block(
      ["产出指标", "数量指标", "办公场所面积", "≥ 240 米"],
      ["产出指标", "数量指标", "工作天数", "≥ 200 天数"],
      ["产出指标", "数量指标", "聘请法律顾问人数", "≥1个"],
      ["产出指标", "质量指标", "验收合格率", "≥95个"],
      ["产出指标", "数量指标", "维修面积", "≥5个"],
      ["产出指标", "数量指标", "摄像头数量", "≤15人"],
    ));
    expect(ds.map((d) => d.suggestions?.[0]?.edits[0]?.to ?? null)).toEqual(["≥240平方米", "≥200天", "≥1人", "≥95%", null, null]);
    expect(ds[0]).toMatchObject({ severity: "warning", data: { name: "办公场所面积", text: "≥ 240 米", unit: "米", expected: "平方米" } });
    expect(ds[0]!.suggestions![0]!.edits[0]).toEqual({ sheet: "Sheet1", cell: "D3", from: "≥ 240 米", to: "≥240平方米" });
  });

  it("offers no edit when the unit sits in a 度量单位 cell of its own", () => {
    const grid = { rows: [["项目名称", "示例项目"], ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"], ["产出指标", "数量指标", "办公场所面积", "≥", "240", "米"]] };
    const [d] = runRule(unitMismatch, grid);
    expect(d).toMatchObject({ messageId: "notArea", cell: "E3" });
    expect(d!.suggestions).toBeUndefined();
  });

  it("offers no edit on an encoded list cell", () => {
    const [d] = runRule(unitMismatch, list("1、1-产出指标；11-数量指标；办公场所面积；实施周期指标值:≥240米；年度指标值:≥240米。"));
    expect(d!.suggestions).toBeUndefined();
  });
});

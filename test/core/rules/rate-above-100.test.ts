import { rateAbove100 } from "../../../src/core/rules/rate-above-100";
import { ruleTester, runRule } from "./rule-tester";
import { indicatorRows as block, encodedProject as list } from "./fixtures";



ruleTester(rateAbove100, {
  valid: [
    { name: "seed 002: 100% and ≥98% rates, ≤3% failure rate", grid: block(
      ["产出指标", "质量指标", "系统稳定运行率", "100%"],
      ["产出指标", "质量指标", "系统故障率", "≤3%"],
      ["产出指标", "时效指标", "信访事项及时受理率", "≥98%"],
      ["满意度指标", "服务对象满意度指标", "信访部门使用满意率", "100%"],
    ) },
    { name: "seed 001 OCR LaTeX", grid: block(["产出指标", "质量指标", "缴纳管理费和手续费合格率", "$\\geq 95\\%$"]) },
    { name: "≥100% and ≤100% are reachable", grid: block(["产出指标", "质量指标", "验收合格率", "≥100%"], ["产出指标", "质量指标", "预算执行率", "≤100%"]) },
    { name: "growth rates can pass 100%", grid: block(["效益指标", "经济效益指标", "收入增长率", "≥120%"], ["效益指标", "经济效益指标", "产值同比提高", "150%"]) },
    { name: "numbers that are not percentages", grid: block(["产出指标", "数量指标", "培训人数", "≥120人"], ["产出指标", "成本指标", "控制成本", "≤142万元"]) },
    { name: "a cap above 100% on a percentage that is not a named rate", grid: block(["成本指标", "经济成本指标", "成本控制", "控制在110%以内"]) },
    { name: "a bare number on something that is not a rate", grid: block(["产出指标", "数量指标", "服务次数", "≥120"]) },
  ],
  invalid: [
    { name: "a rate above 100%", grid: block(["产出指标", "质量指标", "验收合格率", "≥101%"], ["产出指标", "数量指标", "宣传覆盖率", "110%"]), errors: [{ cell: "D3", messageId: "above", severity: "error" }, { cell: "D4", messageId: "above", severity: "error" }] },
    { name: "satisfaction above 100% (also as a bare number)", grid: block(["满意度指标", "服务对象满意度指标", "群众满意度", "≥120%"], ["满意度指标", "服务对象满意度指标", "学员满意度", "≥105"]), errors: [{ cell: "D3", messageId: "above", severity: "error" }, { cell: "D4", messageId: "aboveUncertain", severity: "warning" }] },
    { name: ">100% is unreachable", grid: block(["产出指标", "质量指标", "资金使用合规率", ">100%"]), errors: [{ cell: "D3", messageId: "above", severity: "error" }] },
    { name: "shares and proportions", grid: block(["产出指标", "质量指标", "资金占比", "=150%"], ["产出指标", "质量指标", "配套资金比例", "≥200%"]), errors: [{ cell: "D3", messageId: "above", severity: "error" }, { cell: "D4", messageId: "above", severity: "error" }] },
    { name: "a cap above 100% on a rate is vacuous", grid: block(["产出指标", "质量指标", "系统故障率", "≤120%"]), errors: [{ cell: "D3", messageId: "vacuousCap", severity: "warning" }] },
    { name: "OCR LaTeX and full-width", grid: block(["产出指标", "质量指标", "合格率", "$\\geq 105\\%$"], ["产出指标", "质量指标", "达标率", "≥１０５％"]), errors: [{ cell: "D3", messageId: "above", severity: "error" }, { cell: "D4", messageId: "above", severity: "error" }] },
    { name: "encoded list: annual and period value", grid: list("1、1-产出指标；12-质量指标；信访事项及时受理率；实施周期指标值:100%；年度指标值:110%。"), errors: [{ cell: "G4", messageId: "above", severity: "error" }] },
  ],
});

describe("rate-above-100 severities", () => {
  it("errs for named rates, warns for 完成率, unnamed percentages and vacuous caps", () => {
    const grid = block(
      ["产出指标", "质量指标", "验收合格率", "≥101%"],
      ["产出指标", "数量指标", "任务完成率", "≥110%"],
      ["效益指标", "社会效益指标", "规范资金管理", "≥120%"],
      ["产出指标", "质量指标", "系统故障率", "≤120%"],
    );
    expect(runRule(rateAbove100, grid).map((d) => [d.cell, d.severity, d.data.name])).toEqual([
      ["D3", "error", "验收合格率"],
      ["D4", "warning", "任务完成率"],
      ["D5", "warning", "规范资金管理"],
      ["D6", "warning", "系统故障率"],
    ]);
  });
});

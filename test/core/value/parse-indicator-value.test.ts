import type { IndicatorValue, NumericValue, Operator, ValueArtefact } from "../../../src/core/value/indicator-value";
import { normaliseIndicatorValue, parseIndicatorValue } from "../../../src/core/value/parse-indicator-value";

type Raw = string | number | boolean | null;

interface NumberFields {
  readonly operator?: Operator | null;
  readonly value: number;
  readonly mantissa?: number;
  readonly magnitude?: number;
  readonly unit?: string | null;
  readonly per?: readonly string[];
  readonly decimals?: number;
  readonly prefix?: string;
  readonly artefacts?: readonly ValueArtefact[];
}

function num(raw: Raw, f: NumberFields): [Raw, IndicatorValue] {
  const value: NumericValue = {
    kind: "number",
    operator: f.operator ?? null,
    value: f.value,
    mantissa: f.mantissa ?? f.value,
    magnitude: f.magnitude ?? 1,
    unit: f.unit ?? null,
    per: f.per ?? [],
    decimals: f.decimals ?? 0,
    prefix: f.prefix ?? "",
    artefacts: f.artefacts ?? [],
    raw: String(raw),
  };
  return [raw, value];
}

function period(raw: string, from: [number, number?], to: [number, number?]): [Raw, IndicatorValue] {
  const bound = ([year, month]: [number, number?]) => (month === undefined ? { year } : { year, month });
  return [raw, { kind: "period", from: bound(from), to: bound(to), raw }];
}

function text(raw: string, tidied = raw): [Raw, IndicatorValue] {
  return [raw, { kind: "qualitative", text: tidied, raw }];
}

/** Every distinct 指标值 (and 上年完成值) in the five seeds. */
const seedValues: ReadonlyArray<[Raw, IndicatorValue]> = [
  // 000 天津市信访办 (万元)
  num("≤91人", { operator: "<=", value: 91, unit: "人" }),
  num("100%", { value: 100, unit: "%" }),
  period("2024年1月至12月", [2024, 1], [2024, 12]),
  num("≤81万元", { operator: "<=", value: 81, unit: "万元" }),
  text("基本保障"),
  num("≥95%", { operator: ">=", value: 95, unit: "%" }),
  num("≤12万元", { operator: "<=", value: 12, unit: "万元" }),
  num("≤10人", { operator: "<=", value: 10, unit: "人" }),
  num("≤76万元", { operator: "<=", value: 76, unit: "万元" }),
  text("保障信访业务正常开展"),
  num("≥8人", { operator: ">=", value: 8, unit: "人" }),
  num("≤72.9万元", { operator: "<=", value: 72.9, unit: "万元", decimals: 1 }),
  num("≥7人", { operator: ">=", value: 7, unit: "人" }),
  num("≤142万元", { operator: "<=", value: 142, unit: "万元" }),
  num("≥4人", { operator: ">=", value: 4, unit: "人" }),
  num("≤100万元", { operator: "<=", value: 100, unit: "万元" }),
  num("≤87.3万元", { operator: "<=", value: 87.3, unit: "万元", decimals: 1 }),
  // 001 东丽区 (元), OCR text
  num("≥ 10 次", { operator: ">=", value: 10, unit: "次", artefacts: ["spaces"] }),
  num("$\\geq 95\\%$", { operator: ">=", value: 95, unit: "%", artefacts: ["latex"] }),
  num("≤ 100 元", { operator: "<=", value: 100, unit: "元", artefacts: ["spaces"] }),
  num("≤ 1 人", { operator: "<=", value: 1, unit: "人", artefacts: ["spaces"] }),
  num("$\\geq 98\\%$", { operator: ">=", value: 98, unit: "%", artefacts: ["latex"] }),
  num("≤ 53184 元", { operator: "<=", value: 53184, unit: "元", artefacts: ["spaces"] }),
  text("提高文员工作积极性，提升信访工作水平"),
  num("≥ 240 米", { operator: ">=", value: 240, unit: "米", artefacts: ["spaces"] }),
  num("≥ 10 个", { operator: ">=", value: 10, unit: "个", artefacts: ["spaces"] }),
  num("≤ 40000 元", { operator: "<=", value: 40000, unit: "元", artefacts: ["spaces"] }),
  text("大大提高"),
  num("$\\geq 90\\%$", { operator: ">=", value: 90, unit: "%", artefacts: ["latex"] }),
  num("≥ 2000 件次", { operator: ">=", value: 2000, unit: "件次", artefacts: ["spaces"] }),
  num("≥ 200 天数", { operator: ">=", value: 200, unit: "天数", artefacts: ["spaces"] }),
  num("≥ 1000 人次", { operator: ">=", value: 1000, unit: "人次", artefacts: ["spaces"] }),
  num("≤ 110000 元", { operator: "<=", value: 110000, unit: "元", artefacts: ["spaces"] }),
  text("有效维护"),
  num("≤ 10 件", { operator: "<=", value: 10, unit: "件", artefacts: ["spaces"] }),
  num("≤ 1 套", { operator: "<=", value: 1, unit: "套", artefacts: ["spaces"] }),
  num("≤ 15 个", { operator: "<=", value: 15, unit: "个", artefacts: ["spaces"] }),
  num("≤ 15000 元", { operator: "<=", value: 15000, unit: "元", artefacts: ["spaces"] }),
  num("$\\geq 97\\%$", { operator: ">=", value: 97, unit: "%", artefacts: ["latex"] }),
  num("≤ 25100 元", { operator: "<=", value: 25100, unit: "元", artefacts: ["spaces"] }),
  // 002 青岛 (万元)
  num("≤720万元", { operator: "<=", value: 720, unit: "万元" }),
  num("≥5件次", { operator: ">=", value: 5, unit: "件次" }),
  num("≥25件次", { operator: ">=", value: 25, unit: "件次" }),
  num("≤20日", { operator: "<=", value: 20, unit: "日" }),
  num("≤5次", { operator: "<=", value: 5, unit: "次" }),
  num("≤889万元", { operator: "<=", value: 889, unit: "万元" }),
  num("≥3万件次", { operator: ">=", value: 30000, mantissa: 3, magnitude: 1e4, unit: "件次" }),
  num("≥1万件次", { operator: ">=", value: 10000, mantissa: 1, magnitude: 1e4, unit: "件次" }),
  num("≥1万人次", { operator: ">=", value: 10000, mantissa: 1, magnitude: 1e4, unit: "人次" }),
  num("≥98%", { operator: ">=", value: 98, unit: "%" }),
  num("≥70%", { operator: ">=", value: 70, unit: "%" }),
  num("≤9万元", { operator: "<=", value: 9, unit: "万元" }),
  num("1个", { value: 1, unit: "个" }),
  num("12次", { value: 12, unit: "次" }),
  num("≤3%", { operator: "<=", value: 3, unit: "%" }),
  num("≤24小时", { operator: "<=", value: 24, unit: "小时" }),
  // 003 荔湾区: 实施周期指标值 / 年度指标值 decoded from the list cell
  text("提高我区的和谐稳定程度。", "提高我区的和谐稳定程度"),
  num("≥80%", { operator: ">=", value: 80, unit: "%" }),
  num("≥15宗", { operator: ">=", value: 15, unit: "宗" }),
  text("推动历史遗留积案的化解"),
  num("服务对象对项目开展的满意度水平达80%。", { operator: ">=", value: 80, unit: "%", prefix: "服务对象对项目开展的满意度水平" }),
  num("90%", { value: 90, unit: "%" }),
  num("≤10", { operator: "<=", value: 10 }),
  text("走访纯人数不超过辖区人口数的十万分之一"),
  num("6人", { value: 6, unit: "人" }),
  text("高质量完成"),
  num("每年接待群众的人数≥30人", { operator: ">=", value: 30, unit: "人", prefix: "每年接待群众的人数" }),
  num("接访案件转办及时率100%。", { value: 100, unit: "%", prefix: "接访案件转办及时率" }),
  text("应急处置集体访的效率提高"),
  num(">80%", { operator: ">", value: 80, unit: "%" }),
  text("按照相关要求专款专用"),
  text("及时"),
  text(
    "按要求开展《信访工作条例》集中宣传活动，提高群众对《条例》的知悉度。",
    "按要求开展《信访工作条例》集中宣传活动，提高群众对《条例》的知悉度",
  ),
  // 004 库尔勒 (万元), including 上年完成值
  num("≥2380.4平方米", { operator: ">=", value: 2380.4, unit: "平方米", decimals: 1 }),
  num("2380.4平方米", { value: 2380.4, unit: "平方米", decimals: 1 }),
  num("=100%", { operator: "=", value: 100, unit: "%" }),
  num("≤3万元", { operator: "<=", value: 3, unit: "万元" }),
  num("≤6万元", { operator: "<=", value: 6, unit: "万元" }),
  num("0万元", { value: 0, unit: "万元" }),
  text("有效促进"),
  text("有效提升"),
  text("无"),
  text("达成目标"),
  num("95%", { value: 95, unit: "%" }),
  num(">=1人", { operator: ">=", value: 1, unit: "人", artefacts: ["operator-spelling"] }),
  num("<=1万元/人/年", { operator: "<=", value: 1, unit: "万元", per: ["人", "年"], artefacts: ["operator-spelling"] }),
  text("显著增强"),
  text("有效提高"),
  num(">=95%", { operator: ">=", value: 95, unit: "%", artefacts: ["operator-spelling"] }),
  num(">=2人", { operator: ">=", value: 2, unit: "人", artefacts: ["operator-spelling"] }),
  num("2人", { value: 2, unit: "人" }),
  num(">=90%", { operator: ">=", value: 90, unit: "%", artefacts: ["operator-spelling"] }),
  num("<=1万元", { operator: "<=", value: 1, unit: "万元", artefacts: ["operator-spelling"] }),
  text("有效规范"),
];

const operatorVariants: ReadonlyArray<[Raw, IndicatorValue]> = [
  num("＞＝95％", { operator: ">=", value: 95, unit: "%", artefacts: ["fullwidth", "operator-spelling"] }),
  num("＜＝5天", { operator: "<=", value: 5, unit: "天", artefacts: ["fullwidth", "operator-spelling"] }),
  num("≧90%", { operator: ">=", value: 90, unit: "%", artefacts: ["operator-spelling"] }),
  num("≦5天", { operator: "<=", value: 5, unit: "天", artefacts: ["operator-spelling"] }),
  num("＞80%", { operator: ">", value: 80, unit: "%", artefacts: ["fullwidth"] }),
  num("＜5%", { operator: "<", value: 5, unit: "%", artefacts: ["fullwidth"] }),
  num("＝100%", { operator: "=", value: 100, unit: "%", artefacts: ["fullwidth"] }),
  num("<5%", { operator: "<", value: 5, unit: "%" }),
  num("=>90%", { operator: ">=", value: 90, unit: "%", artefacts: ["operator-spelling"] }),
  num("> = 90%", { operator: ">=", value: 90, unit: "%", artefacts: ["operator-spelling", "spaces"] }),
  num("不低于95%", { operator: ">=", value: 95, unit: "%" }),
  num("不少于10次", { operator: ">=", value: 10, unit: "次" }),
  num("大于等于90%", { operator: ">=", value: 90, unit: "%" }),
  num("至少3场", { operator: ">=", value: 3, unit: "场" }),
  num("达到95%", { operator: ">=", value: 95, unit: "%" }),
  num("达80%", { operator: ">=", value: 80, unit: "%" }),
  num("不高于5%", { operator: "<=", value: 5, unit: "%" }),
  num("不超过30万元", { operator: "<=", value: 30, unit: "万元" }),
  num("不多于3次", { operator: "<=", value: 3, unit: "次" }),
  num("小于等于2小时", { operator: "<=", value: 2, unit: "小时" }),
  num("等于100%", { operator: "=", value: 100, unit: "%" }),
  num("超过90%", { operator: ">", value: 90, unit: "%" }),
  num("低于1%", { operator: "<", value: 1, unit: "%" }),
  num("控制在5%以内", { operator: "<=", value: 5, unit: "%" }),
  num("10个工作日以内", { operator: "<=", value: 10, unit: "工作日" }),
  num("90%以上", { operator: ">=", value: 90, unit: "%" }),
  num("98%及以上", { operator: ">=", value: 98, unit: "%" }),
  num("5%以下", { operator: "<=", value: 5, unit: "%" }),
  num("24小时内", { operator: "<=", value: 24, unit: "小时" }),
  num("≥90%以上", { operator: ">=", value: 90, unit: "%" }),
  num("100人左右", { value: 100, unit: "人" }),
  num("全年受理率不低于95%", { operator: ">=", value: 95, unit: "%", prefix: "全年受理率" }),
  num("≥95%（含）", { operator: ">=", value: 95, unit: "%" }),
  num("≥95%(含95%)", { operator: ">=", value: 95, unit: "%" }),
  num("100%完成", { value: 100, unit: "%" }),
];

const artefactVariants: ReadonlyArray<[Raw, IndicatorValue]> = [
  num("$\\leq$ 10人", { operator: "<=", value: 10, unit: "人", artefacts: ["latex"] }),
  num("$\\le 5\\%$", { operator: "<=", value: 5, unit: "%", artefacts: ["latex"] }),
  num("$\\geqslant 90\\%$", { operator: ">=", value: 90, unit: "%", artefacts: ["latex"] }),
  num("95\\%", { value: 95, unit: "%", artefacts: ["latex"] }),
  num("$95\\%$", { value: 95, unit: "%", artefacts: ["latex"] }),
  num("$\\geq 1000 \\text{人次}$", { operator: ">=", value: 1000, unit: "人次", artefacts: ["latex", "spaces"] }),
  num("１００％", { value: 100, unit: "%", artefacts: ["fullwidth"] }),
  num("≥９５．５％", { operator: ">=", value: 95.5, unit: "%", decimals: 1, artefacts: ["fullwidth"] }),
  num("≥ 95 %", { operator: ">=", value: 95, unit: "%", artefacts: ["spaces"] }),
  num("≥95%\n", { operator: ">=", value: 95, unit: "%", artefacts: ["spaces"] }),
  num("≥\u300095%", { operator: ">=", value: 95, unit: "%", artefacts: ["spaces"] }),
  num("≥95%；", { operator: ">=", value: 95, unit: "%" }),
  num("≥95%;", { operator: ">=", value: 95, unit: "%" }),
  num("≥1,000人", { operator: ">=", value: 1000, unit: "人" }),
  num("≥12,345.50元", { operator: ">=", value: 12345.5, unit: "元", decimals: 2 }),
  num("≤72.90万元", { operator: "<=", value: 72.9, unit: "万元", decimals: 2 }),
];

const unitVariants: ReadonlyArray<[Raw, IndicatorValue]> = [
  num("150万", { value: 1500000, mantissa: 150, magnitude: 1e4 }),
  num("2.5万人次", { value: 25000, mantissa: 2.5, magnitude: 1e4, unit: "人次", decimals: 1 }),
  num("1.1万人", { value: 11000, mantissa: 1.1, magnitude: 1e4, unit: "人", decimals: 1 }),
  num("≥3千人", { operator: ">=", value: 3000, mantissa: 3, magnitude: 1e3, unit: "人" }),
  num("≤5千元", { operator: "<=", value: 5, unit: "千元" }),
  num("1.5亿元", { value: 1.5, unit: "亿元", decimals: 1 }),
  num("≥2万平方米", { operator: ">=", value: 20000, mantissa: 2, magnitude: 1e4, unit: "平方米" }),
  num("≥100㎡", { operator: ">=", value: 100, unit: "平方米" }),
  num("≤5千米", { operator: "<=", value: 5, unit: "公里" }),
  num("≤3个月", { operator: "<=", value: 3, unit: "月" }),
  num("≤2个工作日", { operator: "<=", value: 2, unit: "工作日" }),
  num("≥500株", { operator: ">=", value: 500, unit: "株" }),
  num("≥500枚", { operator: ">=", value: 500, unit: "枚" }),
  num("≥10亩", { operator: ">=", value: 10, unit: "亩" }),
  num("≤200元/人/天", { operator: "<=", value: 200, unit: "元", per: ["人", "天"] }),
  num("≥5个百分点", { operator: ">=", value: 5, unit: "百分点" }),
  num("≥12期", { operator: ">=", value: 12, unit: "期" }),
  num("≥3篇", { operator: ">=", value: 3, unit: "篇" }),
  num("≥90分", { operator: ">=", value: 90, unit: "分" }),
  num("≥2周", { operator: ">=", value: 2, unit: "周" }),
  num("≥3户", { operator: ">=", value: 3, unit: "户" }),
  num("≥3家", { operator: ">=", value: 3, unit: "家" }),
  num("不超过1万元/人·年", { operator: "<=", value: 1, unit: "万元", per: ["人", "年"] }),
  num("3个村", { value: 3, unit: "个村" }),
  num("≤0.5‰", { operator: "<=", value: 0.5, unit: "‰", decimals: 1 }),
];

const periodVariants: ReadonlyArray<[Raw, IndicatorValue]> = [
  period("2023.07-2024.01", [2023, 7], [2024, 1]),
  period("2023/7/1-2024/1/31", [2023, 7], [2024, 1]),
  period("2024年1-12月", [2024, 1], [2024, 12]),
  period("2024年1月-12月", [2024, 1], [2024, 12]),
  period("2024年1月1日至2024年12月31日", [2024, 1], [2024, 12]),
  period("2024年1月至2025年6月", [2024, 1], [2025, 6]),
  period("2024年度", [2024], [2024]),
  period("2024年", [2024], [2024]),
  period("2024-2026年", [2024], [2026]),
  period("2024年至2026年", [2024], [2026]),
  period("2024年 1月 至 12月", [2024, 1], [2024, 12]),
  period("2024年6月", [2024, 6], [2024, 6]),
  period("2024年12月底前", [2024], [2024, 12]),
  period("2024年6月30日前完成", [2024], [2024, 6]),
  period("2024年底前完成", [2024], [2024, 12]),
];

const otherCases: ReadonlyArray<[Raw, IndicatorValue]> = [
  text("全年"),
  text("基本保障 ", "基本保障"),
  text("3-5天"),
  text("目标1"),
  text("完成3次培训"),
  text("第3名"),
  text("2024年13月"),
  text("2025年至2024年"),
  text("≠0"),
  text("12月底前完成"),
  text("12月底前"),
  text("5天后"),
  text("提高10次培训覆盖面"),
  text("≥3-5天"),
  text("1-12月"),
  text("不低于上年"),
  text("≥95%≥90%"),
  num("提高10%", { value: 10, unit: "%", prefix: "提高" }),
  num("12月", { value: 12, unit: "月" }),
  text("优良"),
  [true, { kind: "qualitative", text: "true", raw: "true" }],
  num(1, { value: 1 }),
  num(0.95, { value: 0.95, decimals: 2 }),
  num(72.9, { value: 72.9, decimals: 1 }),
  num(100, { value: 100 }),
  [null, { kind: "empty", raw: "" }],
  ["", { kind: "empty", raw: "" }],
  ["   ", { kind: "empty", raw: "   " }],
  ["\n\u3000", { kind: "empty", raw: "\n\u3000" }],
];

describe("parseIndicatorValue", () => {
  it.each(seedValues)("seed value %j", (raw, expected) => {
    expect(parseIndicatorValue(raw)).toEqual(expected);
  });
  it.each(operatorVariants)("operator %j", (raw, expected) => {
    expect(parseIndicatorValue(raw)).toEqual(expected);
  });
  it.each(artefactVariants)("artefact %j", (raw, expected) => {
    expect(parseIndicatorValue(raw)).toEqual(expected);
  });
  it.each(unitVariants)("unit %j", (raw, expected) => {
    expect(parseIndicatorValue(raw)).toEqual(expected);
  });
  it.each(periodVariants)("period %j", (raw, expected) => {
    expect(parseIndicatorValue(raw)).toEqual(expected);
  });
  it.each(otherCases)("other %j", (raw, expected) => {
    expect(parseIndicatorValue(raw)).toEqual(expected);
  });
});

function numeric(raw: Raw): NumericValue {
  const parsed = parseIndicatorValue(raw);
  if (parsed.kind !== "number") throw new Error(`not numeric: ${String(raw)}`);
  return parsed;
}

describe("normaliseIndicatorValue", () => {
  it.each([
    ["$\\geq 95\\%$", "≥95%"],
    [">=1人", "≥1人"],
    ["≥ 10 次", "≥10次"],
    ["≥ 200 天数", "≥200天数"],
    ["<=1万元/人/年", "≤1万元/人/年"],
    ["≥3万件次", "≥3万件次"],
    ["150万", "150万"],
    ["≤5千元", "≤5千元"],
    ["＞＝９５．５％", "≥95.5%"],
    ["≤72.90万元", "≤72.90万元"],
    ["$\\leq$ 10人", "≤10人"],
    ["每年接待群众的人数 ≥ 30人", "每年接待群众的人数≥30人"],
    ["服务对象对项目开展的满意度水平达 80%。", "服务对象对项目开展的满意度水平≥80%"],
    ["90% 以上", "≥90%"],
    ["≥1,000人", "≥1000人"],
    ["＞80%", ">80%"],
    ["100%", "100%"],
  ])("%j → %j", (raw, expected) => {
    expect(normaliseIndicatorValue(numeric(raw))).toBe(expected);
  });

  it("spells a cell number with its shortest decimals", () => {
    expect(normaliseIndicatorValue(numeric(0.95))).toBe("0.95");
  });

  const numericCases = [...seedValues, ...operatorVariants, ...artefactVariants, ...unitVariants].filter(
    ([, expected]) => expected.kind === "number",
  );
  it.each(numericCases)("the canonical spelling of %j reads back the same, without artefacts", (raw) => {
    const first = numeric(raw);
    const again = numeric(normaliseIndicatorValue(first));
    expect(again).toEqual({ ...first, artefacts: [], raw: normaliseIndicatorValue(first) });
  });
});

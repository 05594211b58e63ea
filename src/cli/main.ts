import { parseArgs, UsageError, validSheetName, type ParsedArgs } from "./args";
import { runCheck, type Output } from "./check-command";
import { runSummarize } from "./summarize-command";
import { escapeControls } from "./escape";
import { FILL_FLAG_OPTIONS, FILL_USAGE, FILL_VALUE_OPTIONS, NEW_FLAG_OPTIONS, NEW_VALUE_OPTIONS, parseFillOptions, parseNewOptions, runFill, runNew } from "./fill-command";
import { ConfigError, readConfigFile } from "./config-file";
import type { CheckConfig } from "../core/types";
import type { Locale } from "../core/messages/render";

const COMMON_VALUE_OPTIONS = ["format", "profile", "config", "lang"];
const COMMON_FLAG_OPTIONS = ["help", "version"];
/** The options each command takes; any other is a usage error. */
const COMMAND_OPTIONS: Record<string, ReadonlySet<string>> = {
  check: new Set([...COMMON_VALUE_OPTIONS, ...COMMON_FLAG_OPTIONS, "annotate", "force", "strict"]),
  summarize: new Set([...COMMON_VALUE_OPTIONS, ...COMMON_FLAG_OPTIONS, "out", "project-sheet", "category-sheet", "force"]),
  fill: new Set([...COMMON_VALUE_OPTIONS, ...COMMON_FLAG_OPTIONS, ...FILL_VALUE_OPTIONS, ...FILL_FLAG_OPTIONS]),
  new: new Set([...COMMON_VALUE_OPTIONS, ...COMMON_FLAG_OPTIONS, ...NEW_VALUE_OPTIONS, ...NEW_FLAG_OPTIONS]),
};
export const VALUE_OPTIONS: ReadonlySet<string> = new Set([...COMMON_VALUE_OPTIONS, "annotate", "out", "project-sheet", "category-sheet", ...FILL_VALUE_OPTIONS, ...NEW_VALUE_OPTIONS]);
export const FLAG_OPTIONS: ReadonlySet<string> = new Set([...COMMON_FLAG_OPTIONS, "force", "strict", ...FILL_FLAG_OPTIONS, ...NEW_FLAG_OPTIONS]);

/** An option the command does not take, or null. */
function foreignOption(args: ParsedArgs): string | null {
  const allowed = args.command !== null ? COMMAND_OPTIONS[args.command] : undefined;
  if (!allowed) return null;
  return Object.keys(args.options).find((name) => !allowed.has(name)) ?? null;
}

export const USAGE = `绩效表助手 jixiao — 项目支出绩效目标表校验 / performance target table checker

用法 / Usage:
  jixiao check <file.xlsx>... [--format text|json] [--profile auto|2021|legacy]
                [--annotate <out.xlsx>] [--config <config.json>] [--lang zh|en] [--strict]
  jixiao summarize <file.xlsx>... [--out <out.xlsx>] [--format text|json]
                [--project-sheet 汇总-项目] [--category-sheet 汇总-分类]
${FILL_USAGE}

  --format    输出格式：text（默认，供人阅读）或 json / output format
  --profile   指标框架：auto（默认，逐表判断）、2021 或 legacy / indicator framework
  --annotate  另存一份标注副本：错误标红、警告标黄并加批注，附“校验报告”工作表；
              多个输入文件时为输出目录。原文件不会被修改。
              write an annotated copy (a directory when several files are given)
  --config    JSON 配置文件 / JSON config (profile, satisfactionFloor, weightTotals, rules)
  --lang      消息语言 zh（默认）或 en / message language
  --strict    像绩效目标表却未能读取的工作表按错误计（退出码 1），供批量检查
              count sheets that look like target tables but could not be read as errors
  --force     覆盖一个不是本工具生成的已有输出文件（输入文件永远不会被覆盖）
              overwrite an existing output jixiao did not write (inputs are never overwritten)

  summarize   按预算单位、资金来源、项目类型、功能分类汇总资金；--out 写出汇总工作簿
              （单个输入时为其副本，多个输入时为新工作簿）。
              summarize funds by agency, source, project type and functional class

退出码 / Exit codes: 0 无错误 no errors · 1 有错误 errors found · 2 用法错误或文件无法读取 usage error or unreadable input`;

function usageError(out: Output, what: string): number {
  out.stderr(`jixiao: 参数有误 / invalid arguments: ${what}（运行 jixiao --help 查看用法 / run jixiao --help for usage）`);
  return 2;
}

/** Entry point shared by bin/jixiao.js and the tests; returns the exit code, never throws for user errors. */
export async function main(argv: readonly string[], output: Output, isTty = false): Promise<number> {
  // Every message is one line: a file name or cell text cannot add lines or terminal escapes to it.
  const out: Output = { stdout: (text) => output.stdout(text), stderr: (text) => output.stderr(escapeControls(text)) };
  let args;
  try {
    args = parseArgs(argv, VALUE_OPTIONS, FLAG_OPTIONS);
  } catch (err) {
    if (err instanceof UsageError) return usageError(out, err.message);
    throw err;
  }
  const foreign = foreignOption(args);
  if (foreign !== null) return usageError(out, `${args.command} 不接受 --${foreign} / ${args.command} takes no --${foreign}`);
  if (args.options.version) {
    out.stdout("jixiao 0.1.0");
    return 0;
  }
  if (args.options.help || args.command === null || args.command === "help") {
    out.stdout(USAGE);
    return args.command === null && !args.options.help ? 2 : 0;
  }
  const lang = args.options.lang ?? "zh";
  if (lang !== "zh" && lang !== "en" && lang !== "zh-CN") return usageError(out, `--lang ${String(lang)}`);
  const locale: Locale = lang === "en" ? "en" : "zh-CN";
  const config: { -readonly [K in keyof CheckConfig]?: CheckConfig[K] } = {};
  if (typeof args.options.config === "string") {
    try {
      Object.assign(config, readConfigFile(args.options.config));
    } catch (err) {
      if (err instanceof ConfigError) {
        out.stderr(`jixiao: ${err.message}`);
        return 2;
      }
      throw err;
    }
  }
  const profile = args.options.profile;
  if (profile !== undefined) {
    if (profile !== "auto" && profile !== "2021" && profile !== "legacy") return usageError(out, `--profile ${String(profile)}`);
    config.profile = profile;
  }
  switch (args.command) {
    case "check": {
      const format = args.options.format ?? "text";
      if (format !== "text" && format !== "json") return usageError(out, `--format ${String(format)}`);
      if (args.positional.length === 0) return usageError(out, "check 需要至少一个 .xlsx 文件 / check needs at least one .xlsx file");
      const annotate = typeof args.options.annotate === "string" ? args.options.annotate : null;
      if (args.options.annotate === true) return usageError(out, "--annotate");
      if (args.options.strict === true) config.rules = { ...(config.rules ?? {}), "sheet-unread": "error" };
      return runCheck({ files: args.positional, format, config, annotate, force: args.options.force === true, locale, color: isTty && format === "text" }, out);
    }
    case "summarize": {
      const format = args.options.format ?? "text";
      if (format !== "text" && format !== "json") return usageError(out, `--format ${String(format)}`);
      if (args.positional.length === 0) return usageError(out, "summarize 需要至少一个 .xlsx 文件 / summarize needs at least one .xlsx file");
      for (const name of ["out", "project-sheet", "category-sheet"]) if (args.options[name] === true) return usageError(out, `--${name}`);
      const text = (name: string): string | undefined => (typeof args.options[name] === "string" ? (args.options[name] as string) : undefined);
      const projectSheet = text("project-sheet");
      const categorySheet = text("category-sheet");
      for (const [option, name] of [["--project-sheet", projectSheet], ["--category-sheet", categorySheet]] as const) {
        if (name !== undefined && !validSheetName(name)) return usageError(out, `${option} ${name}：工作表名称无效（至多 31 个字符，不含 : \\ / ? * [ ]，不能是 History）/ not a valid sheet name`);
      }
      if (projectSheet !== undefined && projectSheet.toLowerCase() === categorySheet?.toLowerCase()) return usageError(out, "--project-sheet 与 --category-sheet 相同 / are the same");
      return runSummarize(
        { files: args.positional, out: text("out") ?? null, force: args.options.force === true, format, config, locale, ...(projectSheet ? { projectSheet } : {}), ...(categorySheet ? { categorySheet } : {}) },
        out,
      );
    }
    case "fill": {
      const o = parseFillOptions(args, config, locale);
      return typeof o === "string" ? usageError(out, o) : runFill(o, out);
    }
    case "new": {
      const o = parseNewOptions(args, config, locale);
      return typeof o === "string" ? usageError(out, o) : runNew(o, out);
    }
    default:
      return usageError(out, `未知命令 / unknown command: ${args.command}`);
  }
}

import { mkdirSync, readdirSync } from "node:fs";
import { basename, extname, join, resolve } from "node:path";
import { checkWorkbook } from "../src/core/check/check";
import { writeAnnotated } from "../src/cli/check-command";
import { readWorkbookFile } from "../src/host/xlsx";
import { readErrorLine } from "../src/cli/read-errors";

/** `npm run demo`: checks every bundled example and writes annotated copies under out/. */
async function demo(): Promise<number> {
  const root = resolve(__dirname, "..", "..");
  const examples = join(root, "examples");
  const outDir = join(root, "out");
  mkdirSync(outDir, { recursive: true });
  const files = readdirSync(examples).filter((f) => f.endsWith(".xlsx")).sort();
  console.log("绩效表助手 · 示例校验 / checking the bundled examples\n");
  console.log("文件 file                              项目 projects  汇总表 summaries  错误 errors  警告 warnings  提示 infos");
  let failed = false;
  for (const file of files) {
    const input = join(examples, file);
    const read = await readWorkbookFile(input, { engine: "fast" });
    if (!read.ok) {
      console.error(readErrorLine(input, read.error));
      failed = true;
      continue;
    }
    const { report } = checkWorkbook(read.grids);
    const output = join(outDir, `${basename(file, extname(file))}.校验.xlsx`);
    await writeAnnotated(input, output, report, "zh-CN");
    const s = report.stats;
    console.log(`${file.padEnd(38)}${String(s.projects).padStart(6)}${String(s.summaries).padStart(14)}${String(s.errors).padStart(12)}${String(s.warnings).padStart(13)}${String(s.infos).padStart(11)}`);
  }
  console.log(`\n标注副本已写入 / annotated copies written to: ${outDir}`);
  console.log("用 Excel 或 WPS 打开：错误标红、警告标黄，批注里有说明，最后一个工作表“校验报告”可点击跳转。");
  console.log("Open them in Excel: errors are red, warnings amber, each with a note; the last sheet 校验报告 links to every cell.");
  console.log("\n查看详情 / details:  npx jixiao check examples/seed003-liwan-list.xlsx");
  return failed ? 2 : 0;
}

demo().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(`demo: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 2;
  },
);

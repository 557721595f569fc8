import { parseArgs } from "./args.js";
import { runCheck } from "./check.js";
import { runBench } from "./bench.js";
import { runRules } from "./rules.js";
import { runServe } from "./serve.js";
import { runMemo } from "./memo.js";

const HELP = `nianbao — 年报审核工作台（命令行）

  nianbao check [--json] [--progress] [--no-ocr] [--level L] [--rules FILE] FILE|DIR...|AUDIT.nbaudit
                                   读取并检查年度报告（多线程并行，扫描件经文字识别）
  nianbao memo --out 审核意见.docx [--xlsx 问题清单.xlsx] [--per-report] FILE|DIR|AUDIT.nbaudit
                                                                  导出审核意见与问题清单
  nianbao rules                                                   列出规则目录
  nianbao bench [--json] [--runs N] FILE|DIR...                   测量解析与检查耗时
  nianbao bench --batch [--json] DIR...                           整套报告：总耗时与每份中位数
  nianbao bench --browser [--json] [数量|DIR]                    浏览器模式导入整套：列出用时与页面最长任务
  nianbao serve [--port N] [--audit FILE] [--no-samples] [FILE|DIR|AUDIT.nbaudit...]
                                   浏览器模式的工作台（127.0.0.1）：打开审核文件，导入所给报告

退出码：0 无错误；1 有错误级问题；2 有文件无法读取。`;

export async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  switch (args.command) {
    case "check":
      return runCheck(args);
    case "bench":
      return runBench(args);
    case "memo":
      return runMemo(args);
    case "rules":
      return runRules(args);
    case "serve":
      return runServe(args);
    case "help":
    case "--help":
    case "-h":
      process.stdout.write(HELP + "\n");
      return 0;
    default:
      process.stderr.write(`未知命令：${args.command}\n\n${HELP}\n`);
      return 2;
  }
}

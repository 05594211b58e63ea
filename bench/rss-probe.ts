/**
 * Preloaded into the CLI child (`node --require build/bench/rss-probe.js bin/jixiao.js …`) when
 * /usr/bin/time is not available: reports the process's peak RSS and CPU time on stderr as it exits.
 */
import { PROBE_MARKER, type ProbeReport } from "./rss-marker";

process.on("exit", () => {
  const usage = process.resourceUsage();
  const report: ProbeReport = { maxRssKb: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 };
  process.stderr.write(`\n${PROBE_MARKER}${JSON.stringify(report)}\n`);
});

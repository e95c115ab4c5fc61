/**
 * npm run bench:index — the composite-index engine, each figure against a baseline measured in the same run:
 *  1. COINr's reference pipeline on ASEM (examples/index/asem-reference.yaml, 51 units × 49 indicators):
 *     median time of `--runs` runs;
 *  2. an uncertainty analysis of 1,000 replicates (`--replicates`) on a synthetic input of 100 units × 30
 *     indicators (`--units`, `--indicators`; seeded) over weights, normalisation, aggregation, treatment and
 *     indicator removal, against the baseline of one plain pipeline run on the same input: the ratio says
 *     how many plain runs one replicate costs;
 *  3. the same choices as a variance-based sensitivity analysis (sa, N = `--sa-n`, N·(d + 2) runs).
 * Needs ../shared/reference beside the repository for step 1. Prints a table and JSON.
 */
import { parsePipelineDefinition, runPipeline, runSensitivity } from '@observatory/core';
import { asemDefinitionDocument, asemInput } from '../test/composite/reference-files.ts';
import { syntheticDefinition, syntheticIndexInput, syntheticUncertainty } from './synthetic-index-input.ts';
import { fmt, median, timed } from './timing.ts';

const option = (name: string, fallback: number) => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};
const runs = option('--runs', 21);
const replicates = option('--replicates', 1000);
const units = option('--units', 100);
const indicators = option('--indicators', 30);
const saN = option('--sa-n', 200);

/** Wall and CPU seconds of a call (CPU: this process, user + system; steadier than wall on a busy machine). */
async function timedWithCpu<T>(work: () => T): Promise<{ seconds: number; cpuSeconds: number; result: T }> {
  const before = process.cpuUsage();
  const { seconds, result } = await timed(async () => work());
  const cpu = process.cpuUsage(before);
  return { seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, result };
}

/** Median wall and CPU seconds of `count` calls. */
async function medianTimes(count: number, work: () => unknown): Promise<{ seconds: number; cpuSeconds: number }> {
  const times: { seconds: number; cpuSeconds: number }[] = [];
  for (let run = 0; run < count; run++) times.push(await timedWithCpu(work));
  return { seconds: median(times.map((t) => t.seconds)), cpuSeconds: median(times.map((t) => t.cpuSeconds)) };
}

const asem = asemInput();
const asemDefinition = parsePipelineDefinition(asemDefinitionDocument());
runPipeline(asem, asemDefinition);
const asemTimes = await medianTimes(runs, () => runPipeline(asem, asemDefinition));
const asemSeconds = asemTimes.seconds;
console.log(
  `ASEM reference pipeline (51 units × 49 indicators, 6 steps): median ${fmt(asemSeconds * 1000)} ms (CPU ${fmt(asemTimes.cpuSeconds * 1000)} ms)`,
);

const input = syntheticIndexInput(units, indicators);
runPipeline(input, syntheticDefinition);
const plain = await medianTimes(runs, () => runPipeline(input, syntheticDefinition));
const baseline = plain.seconds;
const ua = await timedWithCpu(() => runSensitivity(input, syntheticDefinition, syntheticUncertainty(replicates)));
const uaPerRun = ua.seconds / ua.result.runs;
console.log(
  `${units} units × ${indicators} indicators: plain run ${fmt(baseline * 1000)} ms (CPU ${fmt(plain.cpuSeconds * 1000)} ms); ua ${ua.result.runs} replicates ${fmt(ua.seconds)} s, CPU ${fmt(ua.cpuSeconds)} s (${fmt(uaPerRun * 1000)} ms each, ratio ${fmt(uaPerRun / baseline, 3)} plain runs per replicate, CPU ratio ${fmt(ua.cpuSeconds / ua.result.runs / plain.cpuSeconds, 3)}, ${ua.result.failedRuns} failed)`,
);
const sa = await timedWithCpu(() => runSensitivity(input, syntheticDefinition, syntheticUncertainty(saN, 'sa')));
const saPerRun = sa.seconds / sa.result.runs;
console.log(
  `sa N = ${saN}: ${sa.result.runs} runs ${fmt(sa.seconds)} s, CPU ${fmt(sa.cpuSeconds)} s (${fmt(saPerRun * 1000)} ms each, ratio ${fmt(saPerRun / baseline, 3)}, CPU ratio ${fmt(sa.cpuSeconds / sa.result.runs / plain.cpuSeconds, 3)}, ${sa.result.failedRuns} failed)`,
);
for (const choice of sa.result.choices)
  console.log(`  ${choice.name.padEnd(20)} Si ${fmt(choice.firstOrder ?? NaN, 3)}  STi ${fmt(choice.total ?? NaN, 3)}`);
console.log(
  JSON.stringify({
    asem: { medianSeconds: asemSeconds, medianCpuSeconds: asemTimes.cpuSeconds, runs },
    synthetic: { units, indicators, plainRunSeconds: baseline, plainRunCpuSeconds: plain.cpuSeconds },
    ua: {
      replicates,
      seconds: ua.seconds,
      cpuSeconds: ua.cpuSeconds,
      secondsPerReplicate: uaPerRun,
      ratio: uaPerRun / baseline,
      cpuRatio: ua.cpuSeconds / ua.result.runs / plain.cpuSeconds,
    },
    sa: {
      n: saN,
      runs: sa.result.runs,
      seconds: sa.seconds,
      cpuSeconds: sa.cpuSeconds,
      secondsPerRun: saPerRun,
      ratio: saPerRun / baseline,
      cpuRatio: sa.cpuSeconds / sa.result.runs / plain.cpuSeconds,
    },
  }),
);

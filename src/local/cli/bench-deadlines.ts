/**
 * The bench's deadline figures (issue #22: a first parse in a fresh context ≤ 2 ms, each parse cold ≤ 2 ms, warm ≥
 * 50,000 parses a second). Apps Script starts a fresh V8 context for every execution, and V8 compiles a regular
 * expression on its first use and again to native code soon after, so the cold figures are measured where nothing is
 * compiled yet: in fresh `node` processes, loading the engine bundled as Apps Script gets it, once at the top level
 * and once inside a new `vm` context (as Apps Script runs a script). The warm figure is measured here.
 */
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { DEFAULT_CALENDAR_2025_2026 } from '../../core/calendar/academic-calendar';
import { planYear } from '../../core/calendar/dates';
import { DAYS_OFF_2025_2026 } from '../../core/calendar/holidays';
import { parseDeadline } from '../../core/deadline/engine';
import { PLAN_2025_2026 } from '../../core/plan/plan-2025-2026';

const ROOT = join(__dirname, '..', '..', '..');

/** The engine, the default calendar and the plan's distinct deadline texts, as one script for a fresh context. */
function engineBundle(): string {
  const entry = `
    import { DEFAULT_CALENDAR_2025_2026 } from './src/core/calendar/academic-calendar';
    import { planYear } from './src/core/calendar/dates';
    import { DAYS_OFF_2025_2026 } from './src/core/calendar/holidays';
    import { parseDeadline } from './src/core/deadline/engine';
    import { PLAN_2025_2026 } from './src/core/plan/plan-2025-2026';
    globalThis.__deadlineBench = {
      parseDeadline,
      texts: [...new Set(PLAN_2025_2026.items.map((i) => i.deadline))],
      ctx: { year: planYear('2025-2026'), calendar: DEFAULT_CALENDAR_2025_2026,
             daysOff: new Set(DAYS_OFF_2025_2026), policy: 'previous' },
    };`;
  const out = buildSync({
    stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    format: 'iife',
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0].text;
}

/** Runs in a fresh process: each distinct text parsed once, cold, in order; the times in milliseconds. */
const HARNESS = `
  const { performance } = require('node:perf_hooks');
  const vm = require('node:vm');
  const code = require('node:fs').readFileSync(0, 'utf8');
  const inVm = process.argv[1] === 'vm';
  const g = inVm ? vm.createContext({}) : globalThis;
  const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
  const t0 = performance.now();
  if (inVm) vm.runInContext(code, g); else (0, eval)(code);
  const load = performance.now() - t0;
  const b = g.__deadlineBench;
  const times = [];
  const cpus = [];
  for (const text of b.texts) {
    const c = cpu();
    const t = performance.now();
    b.parseDeadline(text, b.ctx);
    times.push(performance.now() - t);
    cpus.push(cpu() - c);
  }
  process.stdout.write(JSON.stringify({ load, times, cpus }));`;

interface Cold {
  load: number;
  /** Each text's parse, wall and CPU milliseconds (CPU says more on a busy machine). */
  times: number[];
  cpus: number[];
}

function coldRun(code: string, where: 'process' | 'vm'): Cold {
  const r = spawnSync(process.execPath, ['-e', HARNESS, where], { input: code, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`cold deadline bench failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as Cold;
}

const ms = (x: number) => Math.round(x * 100) / 100;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The CPU figures of the cold runs: each text's median over the runs; the slowest text named. */
function coldCpu(runs: Cold[], texts: string[]) {
  const perText = texts.map((_, i) => median(runs.map((r) => r.cpus[i])));
  const slowest = perText.indexOf(Math.max(...perText));
  return {
    firstParseMs: ms(perText[0]),
    slowestColdParseMs: ms(perText[slowest]),
    slowestText: texts[slowest],
    allTextsColdMs: ms(median(runs.map((r) => r.cpus.reduce((a, b) => a + b, 0)))),
  };
}

export function benchDeadlines(): Record<string, unknown> {
  const ctx = {
    year: planYear('2025-2026')!,
    calendar: DEFAULT_CALENDAR_2025_2026,
    daysOff: new Set(DAYS_OFF_2025_2026),
    policy: 'previous' as const,
  };
  const texts = [...new Set(PLAN_2025_2026.items.map((i) => i.deadline))];
  for (let i = 0; i < 2000; i++) parseDeadline(texts[i % texts.length], ctx);
  const n = 50000;
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) parseDeadline(texts[i % texts.length], ctx);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const used = process.cpuUsage(c0);
  const cpuSeconds = (used.user + used.system) / 1e6;

  const code = engineBundle();
  const cold = (where: 'process' | 'vm') => {
    const runs = [0, 1, 2, 3, 4].map(() => coldRun(code, where));
    return {
      runs: runs.length,
      loadMs: ms(median(runs.map((r) => r.load))),
      firstParseMs: ms(median(runs.map((r) => r.times[0]))),
      slowestColdParseMs: ms(median(runs.map((r) => Math.max(...r.times)))),
      allTextsColdMs: ms(median(runs.map((r) => r.times.reduce((a, b) => a + b, 0)))),
      cpu: coldCpu(runs, texts),
    };
  };
  return {
    distinctTexts: texts.length,
    warm: {
      parsed: n,
      seconds: ms(seconds),
      perSecond: Math.round(n / seconds),
      perCpuSecond: Math.round(n / cpuSeconds),
    },
    loadAverage: loadavg().map(ms),
    coldFreshProcess: cold('process'),
    coldFreshVmContext: cold('vm'),
    targets: 'first parse and each cold parse ≤ 2 ms, warm ≥ 50,000 a second (issue #22, on an idle machine)',
  };
}

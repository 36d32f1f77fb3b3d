/**
 * The bench's cold figures (issue #22): Apps Script starts a fresh V8 context for every menu click, sidebar call and
 * trigger, so what an execution costs is what it costs cold. Each figure is measured in fresh `node` processes
 * (bench-cold-child.ts), the median of three:
 * - the bundle: running dist/Code.js's top level against compiling it (target: no more than compiling);
 * - Set up of the embedded plan on an empty spreadsheet, in CPU (target ≤ 2 s);
 * - every sidebar call's server time cold: open, mark done, save deadline (the add-on loaded apart);
 * - `jospar deadline "<text>"` from launch to exit (target ≤ 0.5 s on an idle machine), and its CPU.
 * The machine's load average is printed beside them: wall times on a busy machine say little.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { CODE_JS, loadAddOn, ROOT } from '../run-addon';
import { Workspace } from '../workspace/workspace';

const TSX = require.resolve('tsx/cjs');
const CHILD = join(__dirname, 'bench-cold-child.ts');

interface Cost {
  cpuMs: number;
  wallMs: number;
}

function child(mode: string, path: string): Record<string, unknown> {
  const r = spawnSync(process.execPath, ['--require', TSX, CHILD, mode, path], { encoding: 'utf8', cwd: ROOT });
  if (r.status !== 0) throw new Error(`cold bench (${mode}) failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as Record<string, unknown>;
}

const round = (x: number) => Math.round(x * 10) / 10;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The median of three fresh processes, per figure. */
function cold(mode: string, path: string, keys: string[]): Record<string, Cost> {
  const runs = [0, 1, 2].map(() => child(mode, path));
  const out: Record<string, Cost> = {};
  for (const k of keys)
    out[k] = {
      cpuMs: round(median(runs.map((r) => (r[k] as Cost).cpuMs))),
      wallMs: round(median(runs.map((r) => (r[k] as Cost).wallMs))),
    };
  return out;
}

/** `jospar deadline` as a person runs it: a new node, tsx, the command; its CPU read as it exits. */
function deadlineCli(): Cost {
  const costs = [0, 1, 2].map(() => {
    const wrapper =
      "process.on('exit', () => { const u = process.cpuUsage(); process.stderr.write('\\ncpu:' + (u.user + u.system)); });" +
      `process.argv = [process.argv[0], 'jospar', 'deadline', '2025 ж. 20 қарашаға дейін'];` +
      `require(${JSON.stringify(join(ROOT, 'bin', 'jospar.js'))});`;
    const t = process.hrtime.bigint();
    const r = spawnSync(process.execPath, ['-e', wrapper], { encoding: 'utf8', cwd: ROOT });
    const wallMs = Number(process.hrtime.bigint() - t) / 1e6;
    const cpu = /cpu:(\d+)/.exec(r.stderr);
    if (r.status !== 0 || !cpu) throw new Error(`jospar deadline failed: ${r.stderr}`);
    return { cpuMs: Number(cpu[1]) / 1000, wallMs };
  });
  return { cpuMs: round(median(costs.map((c) => c.cpuMs))), wallMs: round(median(costs.map((c) => c.wallMs))) };
}

export function benchCold(): Record<string, unknown> {
  const dir = mkdtempSync(join(tmpdir(), 'jospar-cold-'));
  try {
    // The sidebar calls act on the embedded plan as Set up leaves it.
    const ws = new Workspace({ now: Date.parse('2025-10-01T04:00:00Z') });
    loadAddOn(ws).josparSetUpPlan();
    const state = join(dir, 'state.json');
    writeFileSync(state, JSON.stringify(ws.toJSON()));

    const bundle = cold('bundle', CODE_JS, ['compile', 'load']);
    const setUp = cold('setup', '', ['load', 'action']);
    const sidebar = Object.fromEntries(
      ['open', 'markDone', 'saveDeadline'].map((m) => [m, cold(m, state, ['load', 'action']).action]),
    );
    return {
      loadAverage: loadavg().map(round),
      bundle: { ...bundle, target: 'load (running the top level) ≤ compile' },
      setUpEmbeddedPlan: { addOnLoad: setUp.load, setUp: setUp.action, target: 'set up ≤ 2,000 ms CPU' },
      sidebarServerCold: { ...sidebar, note: 'each call in a fresh process; loading the add-on (above) is apart' },
      deadlineCli: { ...deadlineCli(), target: 'wall ≤ 500 ms on an idle machine' },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

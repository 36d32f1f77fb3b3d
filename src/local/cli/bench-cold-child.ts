/**
 * One cold measurement for bench-cold.ts, run in a fresh `node` process (V8 caches compiled scripts and regular
 * expressions per process, so a second vm context in the same process is not cold). Prints one JSON line.
 * - `bundle CODE_JS`: compiling dist/Code.js, then running its top level in a fresh vm context;
 * - `setup`: Set up of the embedded plan on an empty spreadsheet, the add-on loaded fresh;
 * - `open|markDone|saveDeadline STATE`: one sidebar call on a saved workspace, the add-on loaded fresh.
 * Times are CPU milliseconds of this process (process.cpuUsage: Apps Script counts the script's CPU) and wall.
 */
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { loadAddOn } from '../run-addon';
import { Workspace } from '../workspace/workspace';

interface Cost {
  cpuMs: number;
  wallMs: number;
}

function cost<T>(f: () => T): [T, Cost] {
  const c = process.cpuUsage();
  const t = process.hrtime.bigint();
  const value = f();
  const used = process.cpuUsage(c);
  return [value, { cpuMs: (used.user + used.system) / 1000, wallMs: Number(process.hrtime.bigint() - t) / 1e6 }];
}

const NOW = Date.parse('2025-10-01T04:00:00Z');
/** The item the sidebar calls act on: an embedded plan item with a dated deadline. */
export const BENCH_ITEM = '1.05';

function run(mode: string, path: string): Record<string, unknown> {
  if (mode === 'bundle') {
    const code = readFileSync(path, 'utf8');
    const [script, compile] = cost(() => new vm.Script(code, { filename: 'Code.js' }));
    const context = vm.createContext({});
    const [, load] = cost(() => script.runInContext(context));
    return { compile, load };
  }
  const ws =
    mode === 'setup' ? new Workspace({ now: NOW }) : Workspace.fromJSON(JSON.parse(readFileSync(path, 'utf8')));
  const [addon, load] = cost(() => loadAddOn(ws));
  let call: () => unknown;
  if (mode === 'setup') call = () => addon.josparSetUpPlan();
  else {
    const plan = ws.spreadsheet.getSheetByName('Жоспар')!;
    const row = plan
      .getRange(1, 1, plan.getLastRow(), 1)
      .getValues()
      .findIndex((r) => String(r[0]) === BENCH_ITEM);
    ws.spreadsheet.setActiveRange(plan.getRange(row + 1, 3));
    call =
      mode === 'open'
        ? () => addon.josparSidebarOpen(null)
        : mode === 'markDone'
          ? () => addon.josparSidebarMarkDone(BENCH_ITEM, { date: '2025-10-01', evidence: 'https://x.kz/e' })
          : () => addon.josparSidebarSaveDeadline(BENCH_ITEM, '2025 ж. 20 қарашаға дейін');
  }
  const [reply, action] = cost(call);
  return { load, action, ok: (reply as { ok?: boolean } | undefined)?.ok ?? null };
}

process.stdout.write(JSON.stringify(run(process.argv[2], process.argv[3])));

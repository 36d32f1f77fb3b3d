/**
 * Runs the real add-on: dist/Code.js, loaded into a fresh node:vm context that holds only the emulated Apps Script
 * globals (no require, no module, no process), as Apps Script itself would hold it. `new Date()` there reads the
 * Workspace's virtual clock, in the manifest's time zone (src/local/zoned-date.ts).
 */
import { existsSync, readFileSync, statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { build } from '../../scripts/build';
import { LocalHtmlService } from './workspace/html';
import { mayVisit, NO_ACCESS_PAGE, webAppManifest } from './workspace/web-app';
import type { Workspace } from './workspace/workspace';
import { zonedDateClass } from './zoned-date';

export const ROOT = join(__dirname, '..', '..');
export const CODE_JS = join(ROOT, 'dist', 'Code.js');
/** The Workspace add-on's project (Calendar and Gmail cards), built beside it (README: Packaging). */
export const CARDS_JS = join(ROOT, 'dist', 'cards', 'Code.js');

export type AddOn = Record<string, (...args: unknown[]) => unknown> & { readonly context: vm.Context };

/** Builds dist/ when it is missing or older than any source file of the bundle. */
export async function ensureBuilt(): Promise<string> {
  const newest = Math.max(
    ...['src/core', 'src/gas', 'src/ui'].flatMap((d) => listFiles(join(ROOT, d))).map((f) => statSync(f).mtimeMs),
    statSync(join(ROOT, 'appsscript.json')).mtimeMs,
    statSync(join(ROOT, 'appsscript.cards.json')).mtimeMs,
  );
  const stale = (f: string) => !existsSync(f) || statSync(f).mtimeMs < newest;
  if (stale(CODE_JS) || stale(CARDS_JS)) {
    await build();
  }
  return CODE_JS;
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/**
 * Loads Code.js into a fresh vm context holding the Workspace's globals. The add-on runs in `timeZone` (the manifest's,
 * as Apps Script runs it) whatever the host's TZ, and every Date a service hands it is a Date of the vm's realm.
 */
export function loadAddOn(
  workspace: Workspace,
  code = distFile(CODE_JS),
  timeZone = manifestTimeZone(),
  project: 'sheets' | 'cards' = 'sheets',
): AddOn {
  workspace.scriptTimeZone = timeZone;
  // The Sheets project's web app executes as its manifest says (the cards project has no web app).
  if (project === 'sheets') workspace.webApp = { ...webAppManifest(manifest()), deployer: workspace.webApp.deployer };
  // The project's HTML files, as HtmlService.createHtmlOutputFromFile finds them (by name, without ".html").
  const dist = join(ROOT, 'dist');
  if (existsSync(dist))
    for (const f of readdirSync(dist).filter((f) => f.endsWith('.html')))
      workspace.htmlFiles.set(f.slice(0, -5), distFile(join(dist, f)));
  const context = vm.createContext({ ...workspace.globals({ project }) });
  const RealmDate = zonedDateClass(vm.runInContext('Date', context) as DateConstructor, timeZone, () =>
    workspace.clock.now(),
  );
  context.Date = RealmDate;
  workspace.counter.toRealm = (ms) => new RealmDate(ms);
  vm.runInContext(code, context, { filename: 'Code.js' });
  const fns: Record<string, (...args: unknown[]) => unknown> = {};
  for (const name of entryPoints(code)) {
    const fn = context[name] as (...args: unknown[]) => unknown;
    // One call is one execution: when it ends, however it ends, Apps Script releases the locks it held.
    // doGet/doPost run as a web app: outside a containing document, as the manifest's executeAs says, and only for
    // the visitors its access admits (workspace.inWebApp, workspace.webApp and web-app.ts say what that changes).
    const webApp = name === 'doGet' || name === 'doPost';
    fns[name] = (...args: unknown[]) => {
      const { webApp: app, user } = workspace;
      if (webApp && !mayVisit(app, app.deployer ?? user, workspace.visitor()))
        return new LocalHtmlService(new Map()).createHtmlOutput(NO_ACCESS_PAGE);
      workspace.inWebApp = webApp;
      try {
        return fn(...args);
      } finally {
        workspace.inWebApp = false;
        workspace.endExecution();
      }
    };
  }
  return Object.assign(fns, { context }) as AddOn;
}

/**
 * Loads the Workspace add-on's project (dist/cards/Code.js) as Calendar or Gmail runs it: its own globals (no active
 * spreadsheet, its own properties, GmailApp), on the same Workspace as the Sheets add-on.
 */
export function loadCardAddOn(workspace: Workspace): AddOn {
  return loadAddOn(workspace, distFile(CARDS_JS), manifestTimeZone(), 'cards');
}

const read = new Map<string, { mtimeMs: number; text: string }>();

/** A built file's text, read again only when it changed: tests and the bench load the add-on thousands of times. */
function distFile(path: string): string {
  const mtimeMs = statSync(path).mtimeMs;
  const known = read.get(path);
  if (known?.mtimeMs === mtimeMs) return known.text;
  const text = readFileSync(path, 'utf8');
  read.set(path, { mtimeMs, text });
  return text;
}

/** appsscript.json's `timeZone`: the built one beside Code.js, else the source one. */
export function manifestTimeZone(): string {
  const tz = (manifest() as { timeZone?: unknown }).timeZone;
  return typeof tz === 'string' && tz ? tz : 'Etc/GMT';
}

/** The Sheets project's manifest: the built one beside Code.js, else the source one. */
function manifest(): unknown {
  const built = join(ROOT, 'dist', 'appsscript.json');
  return JSON.parse(distFile(existsSync(built) ? built : join(ROOT, 'appsscript.json')));
}

/** The top-level function declarations of Code.js: what Apps Script would list as callable. */
export function entryPoints(code: string): string[] {
  return [...code.matchAll(/^function ([A-Za-z$][\w$]*)\s*\(/gm)].map((m) => m[1]).filter((n) => !n.endsWith('_'));
}

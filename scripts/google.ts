/**
 * The terminal steps of deploying Jospar to Google (`npm run google:bound`, `npm run google:addon`, `npm run deploy`),
 * through the project's own clasp. The script id lives only in `.clasp.json`, which clasp writes at the top level and
 * git ignores: nothing Google gives (script id, token, project number) ever reaches a tracked file.
 *
 *   bound   a new spreadsheet with the script bound to it (clasp create --type sheets), then push
 *   addon   a standalone project for an Editor add-on (clasp create --type standalone), push, version 1
 *   deploy  build and push again; for the add-on also a new version, whose number goes into the Marketplace SDK
 *
 * Each step that needs Google fails for want of a login with one line saying how to log in. After its terminal steps
 * each command prints the browser steps that remain (src/local/doctor/google-steps.ts; docs/admin.md explains them).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from './build';
import { deploymentSteps, formatSteps, type Deployment } from '../src/local/doctor/google-steps';

const root = join(__dirname, '..');
const PROJECT_FILE = join(root, '.clasp.json');
// The project's clasp (a devDependency), run by node: its bin file, as npx would find it.
const CLASP = join(root, 'node_modules', '@google', 'clasp', 'build', 'src', 'index.js');

class Stop extends Error {}

/** Runs clasp in the repository's root, its output passed through; a missing login becomes one clear line. */
function clasp(args: string[]): string {
  const r = spawnSync(process.execPath, [CLASP, ...args], { cwd: root, encoding: 'utf8' });
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  process.stdout.write(out);
  if (r.status === 0) return out;
  if (/no credentials|not logged in|login required|invalid_grant/i.test(out))
    throw new Stop(
      'not logged in to Google: run `npx clasp login` (a browser opens; sign in with the account that will own ' +
        'Jospar, after turning on the Apps Script API at https://script.google.com/home/usersettings), then this ' +
        'command again.',
    );
  throw new Stop(`clasp ${args[0]} failed (exit ${r.status}): see its message above.`);
}

function project(): { scriptId?: string; parentId?: string | string[] } | null {
  return existsSync(PROJECT_FILE) ? (JSON.parse(readFileSync(PROJECT_FILE, 'utf8')) as { scriptId?: string }) : null;
}

async function create(kind: Deployment): Promise<void> {
  const existing = project();
  if (existing?.scriptId)
    throw new Stop('.clasp.json already names a script: to update it, `npm run deploy` (or delete .clasp.json).');
  console.log('[1] building dist/ (minified)');
  await build({ minify: true, addon: kind === 'addon' });
  console.log(`[2] clasp create --type ${kind === 'bound' ? 'sheets' : 'standalone'} (needs a Google login)`);
  clasp(['create', '--type', kind === 'bound' ? 'sheets' : 'standalone', '--title', 'Jospar', '--rootDir', 'dist']);
  // clasp create fetches the new project's default manifest into dist/: build again so Jospar's is what is pushed.
  await build({ minify: true, addon: kind === 'addon' });
  console.log('[3] clasp push');
  clasp(['push', '--force']);
  if (kind === 'addon') {
    console.log('[4] clasp create-version');
    clasp(['create-version', `Jospar ${version()}`]);
  }
  console.log(`script id (in .clasp.json, not tracked): ${project()?.scriptId ?? '?'}`);
  remaining(kind, 4);
}

async function deploy(): Promise<void> {
  const p = project();
  if (!p?.scriptId)
    throw new Stop('no .clasp.json here: first `npm run google:bound` or `npm run google:addon` (or clasp clone).');
  // A bound script's project file names its container (the spreadsheet); a standalone one does not.
  const kind: Deployment = p.parentId && p.parentId.length ? 'bound' : 'addon';
  console.log('[1] building dist/ (minified)');
  await build({ minify: true, addon: kind === 'addon' });
  console.log('[2] clasp push');
  clasp(['push', '--force']);
  if (kind === 'bound') {
    console.log('Pushed: the spreadsheet runs the new code at once. Open it and run Jospar → Set up plan once,');
    console.log('which brings every sheet to the new version (it keeps what people wrote).');
    return;
  }
  console.log('[3] clasp create-version');
  const out = clasp(['create-version', `Jospar ${version()}`]);
  const n = /version\s+(\d+)/i.exec(out)?.[1] ?? 'N';
  console.log(`Now: Marketplace SDK → App Configuration → Sheets add-on script version → ${n} → Save.`);
  console.log('Users keep the add-on (no reinstall); if the scopes changed they are asked to allow the new ones.');
  console.log('Then in each spreadsheet: Extensions → Jospar → Set up plan once, to bring its sheets to this version.');
}

function remaining(kind: Deployment, from: number): void {
  const manifest = JSON.parse(readFileSync(join(root, 'appsscript.json'), 'utf8')) as { oauthScopes?: string[] };
  const steps = deploymentSteps(kind, manifest.oauthScopes ?? []).slice(3);
  console.log('\nWhat remains, in a browser:');
  for (const line of formatSteps(steps, from)) console.log(line);
}

function version(): string {
  return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
}

async function main(command: string | undefined): Promise<number> {
  try {
    if (command === 'bound' || command === 'addon') await create(command);
    else if (command === 'deploy') await deploy();
    else throw new Stop('usage: tsx scripts/google.ts bound|addon|deploy');
    return 0;
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    console.error(`jospar: ${e.message}`);
    return 1;
  }
}

if (require.main === module) main(process.argv[2]).then((code) => (process.exitCode = code));

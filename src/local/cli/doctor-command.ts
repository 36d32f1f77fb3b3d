/**
 * `jospar doctor [--manifest FILE]... [--json]`: a local check of what a deployment needs. It builds dist/ when it is
 * stale, checks the bundle (Code.js and the sidebar, every menu handler a top-level function), runs every entry point
 * on a local workspace to learn the Apps Script calls the add-on makes, and audits the built manifest (or each
 * --manifest) against them: time zone, V8, advanced services and versions, every call covered by a scope, every scope
 * used. It then prints the Google-side steps that remain, numbered. Exit 0 when all is well, 1 naming each problem.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CARDS_JS, CODE_JS, ensureBuilt, ROOT } from '../run-addon';
import { auditManifest, type Audit, type Manifest } from '../doctor/audit';
import { exerciseAddOn, exerciseCards, type Exercised } from '../doctor/exercise';
import { CARDS_SCOPE_RULES } from '../doctor/scope-map';
import { cardSteps, deploymentSteps, formatSteps } from '../doctor/google-steps';
import { parseArgs, UsageError } from './args';
import { InputError } from './read-input';

export async function doctorCommand(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['manifest'], ['json']);
  if (args.positionals.length) throw new UsageError(`unexpected argument "${args.positionals[0]}"`);
  await ensureBuilt();
  const built = join(ROOT, 'dist', 'appsscript.json');
  const manifests = args.options.get('manifest') ?? [built];
  const exercised = await exerciseAddOn();
  const calls = exercised.calls;
  const problems: string[] = [...bundleProblems(exercised)];
  const audits: Array<{ file: string; audit: Audit }> = [];
  for (const file of manifests) {
    const manifest = readManifest(file);
    const name = file === built ? 'dist/appsscript.json' : file;
    audits.push({ file: name, audit: auditManifest(manifest, calls.keys(), name) });
  }
  // The Workspace add-on (Calendar and Gmail cards) is a project of its own: its manifest against its own calls.
  const cardsBuilt = join(ROOT, 'dist', 'cards', 'appsscript.json');
  const cardsManifest = readManifest(cardsBuilt);
  const cards = await exerciseCards();
  audits.push({
    file: 'dist/cards/appsscript.json',
    audit: auditManifest(cardsManifest, cards.calls.keys(), 'dist/cards/appsscript.json', CARDS_SCOPE_RULES),
  });
  problems.push(...cardProblems(cardsManifest, cards));
  for (const a of audits) problems.push(...a.audit.problems);
  const scopes = audits[0].audit.scopes.map((s) => s.scope);
  const steps = {
    bound: formatSteps(deploymentSteps('bound', scopes)),
    addon: formatSteps(deploymentSteps('addon', scopes)),
    cards: cardSteps(audits.at(-1)!.audit.scopes.map((s) => s.scope)),
  };
  if (args.flags.has('json')) {
    process.stdout.write(`${JSON.stringify({ ok: problems.length === 0, problems, audits, steps }, null, 2)}\n`);
    return problems.length ? 1 : 0;
  }
  const out: string[] = [`Jospar doctor: ${calls.size} distinct Apps Script calls from every entry point`];
  for (const { file, audit } of audits) {
    out.push('', `${file}`, `  advanced services: ${audit.advanced.join(', ') || 'none'}`);
    for (const s of audit.scopes)
      out.push(`  ${s.scope}: ${s.calls.length} calls (${s.calls.slice(0, 4).join(', ')} …)`);
  }
  if (problems.length) out.push('', `${problems.length} problem(s):`, ...problems.map((p) => `  ✗ ${p}`));
  else out.push('', 'OK: the manifest, the bundle and the scopes are what the add-on needs.');
  out.push('', 'Still to do on Google (a) a script bound to the spreadsheet:', ...steps.bound.map((l) => `  ${l}`));
  out.push('', '(b) an Editor add-on published privately to the domain:', ...steps.addon.map((l) => `  ${l}`));
  out.push('', '(c) with (b): the Calendar and Gmail cards (a Workspace add-on):', ...steps.cards.map((l) => `  ${l}`));
  process.stdout.write(`${out.join('\n')}\n`);
  return problems.length ? 1 : 0;
}

/** Every function the cards' manifest names (its triggers) is a top-level function of dist/cards/Code.js. */
function cardProblems(manifest: Manifest, exercised: Exercised): string[] {
  const problems: string[] = [];
  const named = [...JSON.stringify(manifest.addOns ?? {}).matchAll(/"(?:runFunction|onTriggerFunction)":"(\w+)"/g)];
  if (!named.length) problems.push('dist/cards/appsscript.json: no addOns trigger');
  for (const [, fn] of named)
    if (!exercised.entries.includes(fn)) problems.push(`dist/cards/Code.js: the manifest names ${fn}, not a function`);
  const code = readFileSync(CARDS_JS, 'utf8');
  // A card's actions name their callbacks by string: each must be a top-level function too.
  for (const [, fn] of code.matchAll(/setFunctionName\(["'](\w+)["']\)/g))
    if (!exercised.entries.includes(fn)) problems.push(`dist/cards/Code.js: an action calls ${fn}, not a function`);
  if (/\brequire\(|\bprocess\.|\b__dirname\b/.test(code)) problems.push('dist/cards/Code.js: uses a Node API');
  return problems;
}

function readManifest(file: string): Manifest {
  if (!existsSync(file)) throw new InputError(`--manifest: no such file ${file}`);
  try {
    const json = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    if (!json || typeof json !== 'object' || Array.isArray(json)) throw new Error('not a JSON object');
    return json as Manifest;
  } catch (e) {
    throw new InputError(`--manifest: ${file} is not an Apps Script manifest (${(e as Error).message})`);
  }
}

/** The bundle Apps Script gets: Code.js with the entry points, the sidebar page beside it. */
function bundleProblems(exercised: Exercised): string[] {
  const problems: string[] = [];
  const code = readFileSync(CODE_JS, 'utf8');
  const entries = new Set(exercised.entries);
  for (const needed of ['onOpen', 'onEdit', 'onInstall', 'josparHourly'])
    if (!entries.has(needed)) problems.push(`dist/Code.js: no top-level function ${needed}`);
  // Every handler a menu item names must be callable by Apps Script.
  for (const fn of exercised.menuHandlers)
    if (!entries.has(fn)) problems.push(`dist/Code.js: the menu calls ${fn}, which is not a top-level function`);
  if (/\brequire\(|\bprocess\.|\b__dirname\b/.test(code)) problems.push('dist/Code.js: uses a Node API');
  const sidebar = join(ROOT, 'dist', 'Sidebar.html');
  if (!existsSync(sidebar) || statSync(sidebar).size === 0) problems.push('dist/Sidebar.html: missing');
  return problems;
}

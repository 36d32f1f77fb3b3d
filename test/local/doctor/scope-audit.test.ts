/**
 * The scope audit: the Apps Script calls the add-on makes are taken from the emulation's call log — over a whole
 * `npm start` (in-process, into a temporary directory) and over every entry point with the sidebar's actions (the
 * doctor's exercise) — and each is mapped to the scope that allows it (src/local/doctor/scope-map.ts, with Google's
 * pages). Every call must be covered by a scope of the manifest and every scope of the manifest used; `jospar doctor`
 * exits 0 on the built project and non-zero, naming it, on a manifest with a missing advanced service or an unused
 * scope.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { previewCommand } from '../../../src/local/cli/preview-command';
import { doctorCommand } from '../../../src/local/cli/doctor-command';
import { auditManifest, type Manifest } from '../../../src/local/doctor/audit';
import { exerciseAddOn, type Exercised } from '../../../src/local/doctor/exercise';
import { SCOPE } from '../../../src/local/doctor/scope-map';
import { ensureBuilt, ROOT } from '../../../src/local/run-addon';

const dir = mkdtempSync(join(tmpdir(), 'jospar-doctor-'));
let manifest: Manifest;
let startCalls: string[];
let exercised: Exercised;

/** Runs the doctor in-process, its output caught. */
async function doctor(...argv: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const write = process.stdout.write;
  process.stdout.write = ((chunk: string) => ((out += chunk), true)) as typeof process.stdout.write;
  try {
    return { code: await doctorCommand(argv), out };
  } finally {
    process.stdout.write = write;
  }
}

beforeAll(async () => {
  await ensureBuilt();
  manifest = JSON.parse(readFileSync(join(ROOT, 'dist', 'appsscript.json'), 'utf8')) as Manifest;
  const write = process.stdout.write;
  process.stdout.write = (() => true) as typeof process.stdout.write;
  try {
    expect(await previewCommand(['--out', join(dir, 'out'), '--quiet'])).toBe(0);
  } finally {
    process.stdout.write = write;
  }
  const summary = JSON.parse(readFileSync(join(dir, 'out', 'summary.json'), 'utf8')) as {
    calls: Record<string, Record<string, number>>;
  };
  startCalls = Object.entries(summary.calls).flatMap(([cls, methods]) =>
    Object.keys(methods).map((m) => `${cls}.${m}`),
  );
  exercised = await exerciseAddOn();
});

test("every call of a whole npm start is covered by one of the manifest's scopes", () => {
  expect(startCalls.length).toBeGreaterThan(50);
  const audit = auditManifest(manifest, startCalls);
  expect(audit.problems.filter((p) => !p.includes('not used by any call'))).toEqual([]);
  // The doctor's exercise makes every call npm start makes (so what it audits includes npm start).
  expect(startCalls.filter((c) => !exercised.calls.has(c))).toEqual([]);
});

test('with the sidebar actions and the menu, every scope is used and every call covered', () => {
  for (const c of ['Ui.showSidebar', 'MailApp.sendEmail', 'ScriptApp.newTrigger', 'Session.getActiveUser'])
    expect(exercised.calls.has(c)).toBe(true);
  const audit = auditManifest(manifest, exercised.calls.keys());
  expect(audit.problems).toEqual([]);
  for (const s of audit.scopes)
    expect({ scope: s.scope, used: s.calls.length > 0 }).toEqual({ scope: s.scope, used: true });
  expect(audit.advanced.sort()).toEqual(['Calendar (calendar v3)', 'Docs (docs v1)', 'Drive (drive v3)']);
});

test('jospar doctor on the built project exits 0 and lists the remaining Google steps, numbered', async () => {
  const { code, out } = await doctor();
  expect(code).toBe(0);
  expect(out).toMatch(/^OK: /m);
  expect(out).toMatch(/^ {2}1\. \[browser\] Turn on the Apps Script API/m);
  expect(out).toMatch(/^ {2}\d\. \[terminal\] npm run google:bound/m);
  expect(out).toMatch(/^ {2}\d\. \[terminal\] npm run google:addon/m);
});

test('a manifest without an advanced service the code calls, or with an unused scope, fails naming it', async () => {
  const noDrive = {
    ...manifest,
    dependencies: {
      enabledAdvancedServices: manifest.dependencies!.enabledAdvancedServices!.filter((s) => s.userSymbol !== 'Drive'),
    },
  };
  const extraScope = { ...manifest, oauthScopes: [...manifest.oauthScopes!, `${SCOPE}gmail.readonly`] };
  const oldRuntime = { ...manifest, runtimeVersion: 'DEPRECATED_ES5', timeZone: 'Mars/Olympus' };
  for (const [name, m, expected] of [
    ['no-drive.json', noDrive, /Drive advanced service \(drive v3\) is not enabled/],
    ['extra-scope.json', extraScope, /scope https:\/\/www\.googleapis\.com\/auth\/gmail\.readonly is not used/],
    ['old-runtime.json', oldRuntime, /runtimeVersion must be "V8"[\s\S]*|timeZone "Mars\/Olympus"/],
  ] as const) {
    const file = join(dir, name);
    writeFileSync(file, JSON.stringify(m));
    const { code, out } = await doctor('--manifest', file);
    expect(code).toBe(1);
    expect(out).toMatch(expected);
  }
  // A scope taken away: the calls it allowed are named.
  const noMail = auditManifest(
    { ...manifest, oauthScopes: manifest.oauthScopes!.filter((s) => !s.endsWith('script.send_mail')) },
    exercised.calls.keys(),
  );
  expect(noMail.problems).toContain(
    `MailApp.sendEmail needs ${SCOPE}script.send_mail, which appsscript.json does not list`,
  );
});

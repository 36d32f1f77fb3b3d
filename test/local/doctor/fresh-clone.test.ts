/**
 * The README's terminal steps of "Deploying to Google", run as an IT admin would on a fresh clone (the files git would
 * hand out: tracked and not ignored), with clasp installed, no Google login (an empty HOME) and no network (proxies to
 * a closed port): each step up to the first that needs Google succeeds, and that one fails for want of a login — not
 * because of a file in the repository — and leaves no tracked file changed.
 */
import { spawn, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from '../../../src/local/run-addon';

const clone = mkdtempSync(join(tmpdir(), 'jospar-clone-'));
const home = mkdtempSync(join(tmpdir(), 'jospar-home-'));
const NO_NETWORK = { HTTP_PROXY: 'http://127.0.0.1:9', HTTPS_PROXY: 'http://127.0.0.1:9', NO_PROXY: '' };

/** The commands of the README's "Deploying to Google" code block, in order, with whether each needs Google. */
function documentedSteps(): Array<{ command: string; google: boolean }> {
  const readme = readFileSync(join(clone, 'README.md'), 'utf8');
  const section = readme.split(/^## Deploying to Google$/m)[1].split(/^## /m)[0];
  const block = /```sh\n([\s\S]*?)```/.exec(section)![1];
  return block
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => ({ command: l.split('#')[0].trim(), google: /#.*needs Google/.test(l) }));
}

function run(command: string): Promise<{ code: number; out: string }> {
  return new Promise((done) => {
    const child = spawn('sh', ['-c', command], {
      cwd: clone,
      env: { PATH: process.env.PATH, HOME: home, TZ: 'UTC', ...NO_NETWORK },
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => done({ code: code ?? 1, out }));
  });
}

beforeAll(() => {
  // A fresh clone: what git would give out (tracked files and files not ignored), never a local .clasp.json.
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: ROOT, encoding: 'utf8' })
    .split('\0')
    .filter((f) => f && existsSync(join(ROOT, f)));
  for (const f of files) {
    mkdirSync(dirname(join(clone, f)), { recursive: true });
    cpSync(join(ROOT, f), join(clone, f));
  }
  execFileSync('git', ['init', '-q'], { cwd: clone });
  execFileSync('git', ['add', '-A'], { cwd: clone });
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qm', 'clone'], {
    cwd: clone,
  });
  // `npm ci` needs the registry: the packages are linked in instead, as the first step leaves them.
  symlinkSync(realpathSync(join(ROOT, 'node_modules')), join(clone, 'node_modules'));
});

test('the documented steps run up to the first that needs Google, which fails for want of a login', async () => {
  const steps = documentedSteps();
  expect(steps[0].command).toBe('npm ci');
  const local = steps.slice(
    1,
    steps.findIndex((s) => s.google),
  );
  const google = steps.filter((s) => s.google);
  expect(local.length).toBeGreaterThan(0);
  expect(google.map((s) => s.command)).toEqual(['npm run google:bound', 'npm run google:addon']);
  for (const s of local) {
    const r = await run(s.command);
    expect({ command: s.command, code: r.code, out: r.code ? r.out : '' }).toEqual({
      command: s.command,
      code: 0,
      out: '',
    });
  }
  // Either deployment's first Google step (both at once: they are independent).
  const results = await Promise.all(google.map((s) => run(s.command)));
  for (const r of results) {
    expect(r.code).not.toBe(0);
    expect(r.out).toMatch(/No credentials found/);
    expect(r.out).toMatch(/not logged in to Google: run `npx clasp login`/);
    expect(r.out).not.toMatch(/Project file already exists/);
  }
  expect(existsSync(join(clone, '.clasp.json'))).toBe(false);
  expect(execFileSync('git', ['status', '--porcelain'], { cwd: clone, encoding: 'utf8' })).toBe('');
});

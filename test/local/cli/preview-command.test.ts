/**
 * The preview fills the example roster in after Set up: its report must say what is true after that, not what Set up
 * saw on the empty Roles sheet.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withCurrentRoster } from '../../../src/local/cli/preview-command';
import { t } from '../../../src/core/i18n/messages';
import { installed } from '../../helpers';
import { jospar } from '../../cli-run';

const preview = async (...args: string[]) => {
  const dir = mkdtempSync(join(tmpdir(), 'jospar-roster-'));
  const r = await jospar('preview', '--out', dir, '--json', ...args);
  expect(r.status).toBe(0);
  return { dir, report: (JSON.parse(r.stdout) as { report: string[] }).report };
};

describe('preview report after the roster', () => {
  it('replaces Set up’s roles-without-email line by the refreshed one, in place, in any language', () => {
    const before = t('ru', 'rolesWithoutEmail', { count: 9, roles: 'A, B, C' });
    const after = t('ru', 'rolesWithoutEmail', { count: 1, roles: 'C' });
    expect(withCurrentRoster(['first', before, 'last'], ['other', after])).toEqual(['first', after, 'last']);
    const kk = t('kk', 'rolesWithoutEmail', { count: 2, roles: 'X, Y' });
    expect(withCurrentRoster([kk, 'kept'], [])).toEqual(['kept']);
    expect(withCurrentRoster(['unrelated'], [after])).toEqual(['unrelated']);
  });

  it('the example roster names every role, so npm start reports no role without email', async () => {
    const { report } = await preview('--today', '2025-10-01');
    expect(report.some((line) => /email-ы жоқ/.test(line))).toBe(false);
  });

  it('a roster that leaves a role out reports just that role', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jospar-people-'));
    const people = join(dir, 'people.csv');
    writeFileSync(people, 'role,email\nАҚД директоры,director@edu.ektu.kz\n');
    const { report } = await preview('--today', '2025-10-01', '--people', people);
    const line = report.find((l) => /email-ы жоқ/.test(l));
    expect(line).toMatch(/^8 рөлдің/);
    expect(line).not.toMatch(/АҚД директоры/);
  });
});

describe('preview of a plan of its own', () => {
  it('fills the example roster in silently; a roster the person gave has its unknown roles reported', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jospar-own-plan-'));
    const plan = join(dir, 'plan.json');
    const item = { section: 1, sectionTitle: 'Бөлім', no: 1, activity: 'Есеп', responsible: 'ТО бастығы' };
    writeFileSync(plan, JSON.stringify([{ ...item, deadline: 'Ай сайын', deliverable: 'Есеп' }]));
    const problems = async (...args: string[]) => {
      const r = await jospar('preview', '--plan', plan, '--out', dir, '--json', '--today', '2025-10-01', ...args);
      expect(r.status).toBe(0);
      return (JSON.parse(r.stdout) as { problems: string[] }).problems;
    };
    // The example roster names nine roles; this plan has one: the other eight are not the person's mistake.
    expect(await problems()).toEqual([]);
    const people = join(dir, 'people.csv');
    writeFileSync(people, 'role,email\nТО бастығы,head@edu.ektu.kz\nБелгісіз рөл,x@edu.ektu.kz\n');
    expect(await problems('--people', people)).toEqual(['--people: no role "Белгісіз рөл" on the Roles sheet']);
  });
});

describe('preview cut off in the printed plan', () => {
  it('a --fault that falls after the orders (the printed plan) is a cut like any other: summary, state, exit 1', async () => {
    // Docs writes before the printed plan: the default templates and the 14 orders, counted as the preview makes them.
    const { ws, addon } = await installed({ now: Date.parse('2025-10-01T04:00:00Z') });
    addon.josparSetUpPlan();
    ws.counter.writes.set('docs', 0);
    addon.josparCreateTemplates();
    addon.josparGenerateDocuments({ kind: 'order', interactive: false });
    const n = ws.counter.writes.get('docs')! + 1;
    const dir = mkdtempSync(join(tmpdir(), 'jospar-cut-'));
    const state = join(dir, 'state.json');
    const args = ['preview', '--out', dir, '--state', state, '--json', '--today', '2025-10-01'];
    const cut = await jospar(...args, '--fault', `docs:${n}`);
    expect(cut.status).toBe(1);
    expect(cut.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
    const summary = JSON.parse(cut.stdout) as { ok: boolean; cutOff: string; documents: { created: number } };
    expect(summary).toMatchObject({ ok: false, documents: { created: 14 } });
    expect(summary.cutOff).toMatch(new RegExp(`docs write #${n}`));
    expect(JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8'))).toEqual(summary);
    // The next run on the kept state finishes, the printed plan included, and makes no order twice.
    const again = await jospar(...args);
    expect(again.status).toBe(0);
    expect(JSON.parse(again.stdout).documents).toMatchObject({ created: 0, skipped: 14 });
    expect(existsSync(join(dir, 'plan.docx'))).toBe(true);
  });
});

describe('preview stopped by a rate limit in the printed plan', () => {
  it('says so in one line, summary.json not ok, exit 1; the next run leaves exactly one printed plan', async () => {
    const items = [1, 2].map((no) => ({
      section: 1,
      sectionTitle: 'Бөлім',
      no,
      activity: `Іс-шара ${no}`,
      responsible: 'ОПҰжМБ бастығы',
      deadline: 'Ай сайын',
      deliverable: 'Есеп',
    }));
    // Docs writes before the printed plan: the default templates' (a small plan has no orders).
    const { ws, addon } = await installed({ now: Date.parse('2025-10-01T04:00:00Z') });
    addon.josparImportPlan(items, 'small.json');
    ws.counter.writes.set('docs', 0);
    addon.josparCreateTemplates();
    const n = ws.counter.writes.get('docs')! + 1;
    const dir = mkdtempSync(join(tmpdir(), 'jospar-rate-'));
    const plan = join(dir, 'small.json');
    writeFileSync(plan, JSON.stringify(items));
    const state = join(dir, 'state.json');
    const args = ['preview', '--plan', plan, '--out', dir, '--state', state, '--json', '--today', '2025-10-01'];
    const limited = await jospar(...args, '--fault', `docs:${n}:throw`);
    expect(limited.status).toBe(1);
    expect(limited.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
    expect(limited.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^jospar: .*too many times/)]);
    const summary = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as { ok: boolean; cutOff: string };
    expect(summary.ok).toBe(false);
    expect(summary.cutOff).toMatch(/^failed: .*too many times/);
    const again = await jospar(...args);
    expect(again.status).toBe(0);
    const files = (JSON.parse(readFileSync(state, 'utf8')) as { drive: { files: DriveFile[] } }).drive.files;
    const printed = files.filter((f) => !f.trashed && /^print:/.test(f.appProperties?.josparKey ?? ''));
    expect(printed).toHaveLength(1);
    expect(existsSync(join(dir, 'plan.docx'))).toBe(true);
  });
});

type DriveFile = { trashed?: boolean; appProperties?: { josparKey?: string } };

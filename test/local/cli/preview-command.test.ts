/**
 * The preview fills the example roster in after Set up: its report must say what is true after that, not what Set up
 * saw on the empty Roles sheet.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withCurrentRoster } from '../../../src/local/cli/preview-command';
import { t } from '../../../src/core/i18n/messages';

const BIN = join(__dirname, '..', '..', '..', 'bin', 'jospar.js');
const preview = (...args: string[]) => {
  const dir = mkdtempSync(join(tmpdir(), 'jospar-roster-'));
  const r = spawnSync(process.execPath, [BIN, 'preview', '--out', dir, '--json', ...args], { encoding: 'utf8' });
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

  it('the example roster names every role, so npm start reports no role without email', () => {
    const { report } = preview('--today', '2025-10-01');
    expect(report.some((line) => /email-ы жоқ/.test(line))).toBe(false);
  });

  it('a roster that leaves a role out reports just that role', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jospar-people-'));
    const people = join(dir, 'people.csv');
    writeFileSync(people, 'role,email\nАҚД директоры,director@edu.ektu.kz\n');
    const { report } = preview('--today', '2025-10-01', '--people', people);
    const line = report.find((l) => /email-ы жоқ/.test(l));
    expect(line).toMatch(/^8 рөлдің/);
    expect(line).not.toMatch(/АҚД директоры/);
  });
});

/**
 * The Workspace add-on's manifest (dist/cards/appsscript.json) audited against the calls its own entry points make
 * (the doctor's card exercise: Calendar and Gmail opened, each action clicked): every call covered, every scope used,
 * the host's scopes present; a scope taken away, or one the cards do not need, is named.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { auditManifest, type Manifest } from '../../../src/local/doctor/audit';
import { exerciseCards } from '../../../src/local/doctor/exercise';
import { CARDS_SCOPE_RULES, SCOPE } from '../../../src/local/doctor/scope-map';
import { ensureBuilt, ROOT } from '../../../src/local/run-addon';

let manifest: Manifest;
let calls: string[];

beforeAll(async () => {
  await ensureBuilt();
  manifest = JSON.parse(readFileSync(join(ROOT, 'dist', 'cards', 'appsscript.json'), 'utf8')) as Manifest;
  calls = [...(await exerciseCards()).calls.keys()];
});

const audit = (m: Manifest) => auditManifest(m, calls, 'cards', CARDS_SCOPE_RULES).problems;

test('the cards manifest has exactly the scopes the cards use, and the Calendar service they call', () => {
  expect(calls).toEqual(
    expect.arrayContaining(['CalendarEvents.get', 'SpreadsheetApp.openById', 'GmailMessage.getSubject']),
  );
  expect(calls).toContain('Range.setValues'); // Mark done writes the Plan
  expect(audit(manifest)).toEqual([]);
});

test('a scope missing, a host scope missing or a scope too many is named', () => {
  const without = (s: string) => ({ ...manifest, oauthScopes: manifest.oauthScopes!.filter((x) => x !== SCOPE + s) });
  expect(audit(without('spreadsheets')).join('\n')).toContain(`needs ${SCOPE}spreadsheets`);
  expect(audit(without('gmail.addons.execute')).join('\n')).toContain('gmail.addons.execute');
  const extra = { ...manifest, oauthScopes: [...manifest.oauthScopes!, `${SCOPE}drive`] };
  expect(audit(extra).join('\n')).toContain(`${SCOPE}drive is not used`);
});

/** Who may change where things go: the owner's approved domains and calendar hold for the triggers. */
import type { Workspace } from '../../src/local/workspace/workspace';
import { installed, setSettingValue, sheetValues } from '../helpers';

const OWNER = 'specialist@edu.ektu.kz';
const EDITOR = 'editor@edu.ektu.kz';

function setSetting(ws: Workspace, key: string, value: string): number {
  return setSettingValue(ws, key, value);
}

const logLines = (ws: Workspace) => sheetValues(ws, 'Журнал').map((r) => `${r[3]} ${r[4]}`);

async function ownerSetUp() {
  const r = await installed({ user: OWNER });
  r.addon.josparSetUpPlan();
  r.addon.josparSyncCalendar();
  return r;
}

describe('guarded settings', () => {
  it("the nightly trigger keeps the owner's calendar and domains when an editor changed them", async () => {
    const { ws, addon } = await ownerSetUp();
    const calendars = Object.keys(ws.calendars).length;
    ws.runAs = EDITOR;
    const calRow = setSetting(ws, 'calendarId', 'someone-elses-calendar@group.calendar.google.com');
    const domRow = setSetting(ws, 'extraDomains', 'gmail.com');
    ws.runAs = null; // the trigger runs as its owner
    const out = addon.josparNightlySync() as { ok: boolean };
    expect(out.ok).toBe(true);
    expect(Object.keys(ws.calendars)).toHaveLength(calendars);
    const lines = logLines(ws);
    expect(lines).toContainEqual(
      expect.stringMatching(new RegExp(`^Баптаулар:${calRow} Күнтізбе ID \\(calendarId\\): .*not approved`)),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(new RegExp(`^Баптаулар:${domRow} Қосымша домендер \\(extraDomains\\): «gmail.com»`)),
    );
  });

  it('an editor cannot approve; the owner can, and the trigger then acts on the new values', async () => {
    const { ws, addon } = await ownerSetUp();
    ws.runAs = EDITOR;
    setSetting(ws, 'calendarId', 'someone-elses-calendar@group.calendar.google.com');
    expect(addon.josparApproveSettings(false)).toBe(false);
    addon.josparSyncCalendar(); // a menu run by the editor does not approve either
    ws.runAs = null;
    const refused = () => logLines(ws).filter((l) => /\(calendarId\): .*not approved/.test(l)).length;
    addon.josparNightlySync();
    const before = refused();
    expect(before).toBeGreaterThan(0); // the trigger kept the owner's calendar
    expect(addon.josparApproveSettings(false)).toBe(true);
    addon.josparNightlySync();
    expect(refused()).toBe(before); // approved: no longer refused
  });

  it('someone the owner names in settingsApprovers may approve; naming oneself does not count', async () => {
    const { ws, addon } = await ownerSetUp();
    ws.runAs = EDITOR;
    setSetting(ws, 'settingsApprovers', EDITOR);
    expect(addon.josparApproveSettings(false)).toBe(false);
    ws.runAs = null;
    expect(addon.josparApproveSettings(false)).toBe(true); // the owner approves the list with the editor on it
    ws.runAs = EDITOR;
    setSetting(ws, 'extraDomains', 'ektu.kz');
    expect(addon.josparApproveSettings(false)).toBe(true);
  });
});

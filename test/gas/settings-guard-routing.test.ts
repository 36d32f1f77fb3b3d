/**
 * Issue 18, items 2 and 3: the guard belongs to the spreadsheet's owner, whoever ran Set up first, and every setting
 * that routes mail or invitations is under it. Each case: an editor (a second user, runAs) does something, then the
 * owner's hourly trigger runs and does not act on it, and the Log says so on the setting's row.
 */
import { SETTING_SPECS } from '../../src/core/sheets/settings';
import type { AddOn } from '../../src/local/run-addon';
import type { Workspace } from '../../src/local/workspace/workspace';
import { installed, setSettingValue, sheetValues } from '../helpers';

const EDITOR = 'editor@edu.ektu.kz';
const HEAD = 'head@edu.ektu.kz';
const DIRECTOR = 'director@edu.ektu.kz';
const OUTSIDER = 'spy@gmail.com';

/** Two items due today (Wednesday 1 October 2025), one of the head's, one of the director's. */
const ITEMS = [
  ['ОПҰжМБ бастығы', 'Есеп'],
  ['АҚД директоры', 'Бұйрық'],
].map(([responsible, deliverable], i) => ({
  section: 1,
  sectionTitle: 'Бөлім',
  no: i + 1,
  activity: `Іс-шара ${i + 1}`,
  responsible,
  deadline: '01.10.2025 ж. дейін',
  deliverable,
}));

function setEmails(ws: Workspace, role: string, emails: string): void {
  const roles = ws.spreadsheet.getSheetByName('Рөлдер')!;
  const values = roles.getDataRange().getValues();
  const row = values.findIndex((r) => r[0] === role) + 1;
  roles.getRange(row, (values[0] as string[]).indexOf('Email') + 1).setValue(emails);
}

/** The small plan set up by `who` (null: the owner), the people's emails filled in, the summary due today. */
async function smallPlan(who: string | null): Promise<{ ws: Workspace; addon: AddOn }> {
  const r = await installed();
  r.ws.runAs = who;
  r.addon.josparImportPlan(ITEMS, 'small.json');
  setEmails(r.ws, 'ОПҰжМБ бастығы', `${HEAD}, ${OUTSIDER}`);
  setEmails(r.ws, 'АҚД директоры', DIRECTOR);
  setSettingValue(r.ws, 'digestWeekday', '3');
  r.addon.josparRefreshDeadlines();
  r.ws.runAs = null;
  return r;
}

/** The owner's hourly trigger (it runs as the one who made it: the owner). */
function ownersTrigger(ws: Workspace, addon: AddOn): void {
  ws.runAs = null;
  const out = addon.josparHourly() as { ran: string[] };
  expect(out.ran).toEqual(expect.arrayContaining(['calendar', 'mail']));
}

const guests = (ws: Workspace) =>
  ws.calendars.calendars.flatMap((c) => c.events.flatMap((e) => (e.attendees ?? []).map((a) => a.email)));
const mailedTo = (ws: Workspace) => ws.mail.sent.flatMap((m) => [...m.to, ...m.cc, ...m.bcc]);
const refusals = (ws: Workspace, key: string) =>
  sheetValues(ws, 'Журнал')
    .map((r) => `${r[3]} ${r[4]}`)
    .filter((l) => l.includes(`(${key}): «`) && l.includes('not approved by the owner'));

describe("the guard is the spreadsheet owner's", () => {
  it("an editor who runs Set up first and approves gmail.com gains nothing; the owner's approval works", async () => {
    const { ws, addon } = await smallPlan(EDITOR);
    ws.runAs = EDITOR;
    setSettingValue(ws, 'extraDomains', 'gmail.com');
    expect(addon.josparApproveSettings(false)).toBe(false);
    addon.josparSyncCalendar(); // a menu run of the editor's approves nothing either
    ownersTrigger(ws, addon);
    expect(mailedTo(ws)).toContain(HEAD);
    expect(mailedTo(ws)).not.toContain(OUTSIDER);
    expect(guests(ws)).toContain(HEAD);
    expect(guests(ws)).not.toContain(OUTSIDER);
    expect(refusals(ws, 'extraDomains').length).toBeGreaterThan(0);
    expect(addon.josparApproveSettings(false)).toBe(true); // the owner's approval works
  });

  it('nobody approves while the owner is not known (a shared drive, no schedule held)', async () => {
    const { ws, addon } = await smallPlan(null);
    ws.spreadsheet._owner = null;
    ws.triggers.length = 0;
    expect(addon.josparApproveSettings(false)).toBe(false);
    ws.runAs = EDITOR;
    expect(addon.josparApproveSettings(false)).toBe(false);
  });

  it('in a shared drive the one who holds the hourly schedule is the owner', async () => {
    const { ws, addon } = await smallPlan(null);
    ws.spreadsheet._owner = null;
    ws.triggers.length = 0;
    addon.josparScheduleOn(); // the workspace's user installs the schedule
    expect(addon.josparApproveSettings(false)).toBe(true);
    ws.runAs = EDITOR;
    expect(addon.josparApproveSettings(false)).toBe(false);
  });
});

/** Each routing setting: what the editor writes, and what shows the owner's trigger did not use it. */
const ROUTING: Array<{ key: string; value: string; unused: (ws: Workspace, addon: AddOn) => void }> = [
  {
    key: 'emailDomain',
    value: 'gmail.com',
    unused: (ws) => {
      expect(mailedTo(ws)).not.toContain(OUTSIDER);
      expect(guests(ws)).not.toContain(OUTSIDER);
      expect(mailedTo(ws)).toContain(HEAD);
    },
  },
  {
    key: 'extraDomains',
    value: 'gmail.com',
    unused: (ws) => {
      expect(mailedTo(ws)).not.toContain(OUTSIDER);
      expect(guests(ws)).not.toContain(OUTSIDER);
    },
  },
  {
    key: 'digestRole',
    value: 'ОПҰжМБ бастығы',
    unused: (ws) => {
      const digests = ws.mail.sent.filter((m) => /апталық жиынтық/i.test(m.subject));
      expect(digests.map((m) => m.to[0])).toEqual([DIRECTOR]);
    },
  },
  {
    key: 'mailReplyTo',
    value: OUTSIDER,
    unused: (ws) => {
      expect(ws.mail.sent.length).toBeGreaterThan(0);
      expect(ws.mail.sent.filter((m) => m.replyTo === OUTSIDER)).toEqual([]);
    },
  },
  {
    key: 'mailSenderName',
    value: 'Ректор (Rector) <rector@edu.ektu.kz>',
    unused: (ws) => {
      expect(ws.mail.sent.length).toBeGreaterThan(0);
      const approved = SETTING_SPECS.find((s) => s.key === 'mailSenderName')!.value; // the department, by default
      expect(ws.mail.sent.map((m) => m.name)).toEqual(ws.mail.sent.map(() => approved));
    },
  },
  {
    key: 'calendarId',
    value: 'someone-elses@group.calendar.google.com',
    unused: (ws) => {
      const own = ws.properties.document.get('jospar.calendarId');
      const written = ws.calendars.calendars.filter((c) => c.events.length > 0).map((c) => c.id);
      expect(written).toEqual([own]);
    },
  },
  {
    key: 'settingsApprovers',
    value: EDITOR,
    unused: (ws, addon) => {
      ws.runAs = EDITOR; // naming oneself does not make one an approver
      expect(addon.josparApproveSettings(false)).toBe(false);
    },
  },
];

describe.each(ROUTING)('an editor changes $key, then the owner’s trigger runs', ({ key, value, unused }) => {
  it('does not use the value and says so in the Log', async () => {
    const { ws, addon } = await smallPlan(null);
    ws.runAs = EDITOR;
    setSettingValue(ws, key, value);
    ownersTrigger(ws, addon);
    expect(refusals(ws, key).length).toBeGreaterThan(0);
    unused(ws, addon);
  });
});

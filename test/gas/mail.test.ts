/**
 * The reminder mail on the local Workspace, with the shipped fictional roster: what the rules give, once, in order,
 * escaped, and never twice whatever write a run is cut off at.
 */
import { simpleParser } from 'mailparser';
import { addDays } from '../../src/core/calendar/dates';
import { mailToEml } from '../../src/local/export/eml';
import { PLAN_2025_2026 } from '../../src/core/plan/plan-2025-2026';
import { applyPeople, EXAMPLE_PEOPLE, readPeopleCsv } from '../../src/local/cli/people';
import { loadAddOn, type AddOn } from '../../src/local/run-addon';
import { Workspace } from '../../src/local/workspace/workspace';
import { addOnCode, sweep } from '../cut-replay';
import { installed, sheetValues } from '../helpers';
import { staffedWorkspace } from '../warm-fixtures';
import { expectedKeys } from './mail-oracle';

type Outcome = {
  ok: boolean;
  finished: boolean;
  mail: { messages: number; recipients: number; items: number; deferred: number; skipped: number; unconfirmed: number };
  planned: Array<{ recipient: string; items: number }>;
};

const ROSTER = readPeopleCsv(EXAMPLE_PEOPLE).people;
const at = (date: string, hourUtc = 4) => Date.parse(`${date}T${String(hourUtc).padStart(2, '0')}:00:00Z`);

/** The embedded plan Set up on `date`, the example roster on it: a clone of the shared warm fixture. */
function planWithPeople(date: string): Promise<{ ws: Workspace; addon: AddOn }> {
  return staffedWorkspace(at(date));
}

function setCell(ws: Workspace, sheet: string, match: (row: unknown[]) => boolean, header: string, value: string) {
  const s = ws.spreadsheet.getSheetByName(sheet)!;
  const values = s.getDataRange().getValues();
  const row = values.findIndex((r, i) => i > 0 && match(r));
  s.getRange(row + 1, (values[0] as string[]).indexOf(header) + 1).setValue(value);
}

function setSetting(ws: Workspace, key: string, value: string): void {
  setCell(ws, 'Баптаулар', (r) => r[0] === key, 'Мәні', value);
}

/**
 * The items the embedded plan's daily mail of `date` reminds anyone of, alone, Set up with the example roster on
 * `date`: the same recipients, each with one message, from a plan a fraction of the size (a sweep replays it per cut).
 */
async function remindedPlan(date: string): Promise<Workspace> {
  const { ws: full, addon: fullAddOn } = await planWithPeople(date);
  fullAddOn.josparDailyMail();
  const reminded = new Set(notificationRows(full).flatMap((r) => r[3].split(', ').map((k) => k.split('#')[0])));
  const { ws, addon } = await installed({ now: at(date) });
  const items = PLAN_2025_2026.items.filter((i) => reminded.has(`${i.section}.${String(i.no).padStart(2, '0')}`));
  addon.josparImportPlan(items, 'reminded.json', 1);
  applyPeople(ws, ROSTER);
  addon.josparRefreshDeadlines();
  return ws;
}

function notificationRows(ws: Workspace): string[][] {
  return sheetValues(ws, 'Хабарламалар')
    .slice(1)
    .map((r) => r.map(String));
}

/** The (item, due) pairs a message body lists, read back from its text: "[1.07] …" then "  <due in long form>". */
function keysIn(text: string): string[] {
  return [...text.matchAll(/^\s*\[(\d+\.\d+)\]/gm)].map((m) => m[1]);
}

/** recipient|item|due for the owners' and escalation reminders the default rules give on `today`. */
function expectedTriples(ws: Workspace, today: string): Set<string> {
  const out = new Set<string>();
  for (const k of expectedKeys(ws, ROSTER, today, 'director.example@edu.ektu.kz')) {
    const [recipient, item, due, rule] = k.split('|');
    if (rule !== 'summary') out.add(`${recipient}|${item}|${due}`);
  }
  return out;
}

/** recipient|item|due of what was sent, from the Notifications sheet's keys of each sent message. */
function sentTriples(ws: Workspace): Set<string> {
  const out = new Set<string>();
  for (const r of notificationRows(ws).filter((row) => row[4] === 'жіберілді'))
    for (const key of r[3].split(', ')) {
      const [item, due, rule] = key.split('#');
      if (rule !== 'summary') out.add(`${r[1]}|${item}|${due}`);
    }
  return out;
}

describe('Reminder mail', () => {
  it.each(['2025-09-15', '2025-11-24', '2026-01-19', '2026-03-30', '2026-06-22'])(
    'on %s sends what the rules give: one parsed message per recipient, nothing done or on demand',
    async (date) => {
      const { ws, addon } = await planWithPeople(date);
      const out = addon.josparDailyMail() as Outcome;
      expect(out.ok).toBe(true);
      const recipients = ws.mail.sent.map((m) => m.to[0]);
      expect(new Set(recipients).size).toBe(recipients.length);
      for (const m of ws.mail.sent) {
        const parsed = await simpleParser(await mailToEml(m));
        expect(parsed.subject).toBe(m.subject);
        expect(parsed.to && 'value' in parsed.to ? parsed.to.value[0].address : '').toBe(m.to[0]);
        expect(parsed.html).toContain('<!doctype html>');
        expect(parsed.text).toContain(keysIn(m.body)[0] ? `[${keysIn(m.body)[0]}]` : '');
        expect(parsed.from?.value[0].name).toBe('Академиялық қызмет департаменті');
      }
      expect(sentTriples(ws)).toEqual(expectedTriples(ws, date));
      // and the keys on the sheet are the items each message shows
      for (const m of ws.mail.sent) {
        const row = notificationRows(ws).find((r) => r[1] === m.to[0])!;
        const items = new Set(
          row[3]
            .split(', ')
            .map((k) => k.split('#')[0])
            .filter((i) => i !== '*'),
        );
        // the weekly summary also lists items no rule spoke of (done this week, due next week)
        if (row[3].includes('#summary')) for (const i of items) expect(keysIn(m.body)).toContain(i);
        else expect(new Set(keysIn(m.body))).toEqual(items);
      }
      expect(out.mail.messages).toBe(ws.mail.sent.length);
    },
  );

  it('a re-run the same day sends nothing new; done, cancelled and on-demand items send nothing', async () => {
    const { ws: ref, addon: refAddon } = await planWithPeople('2025-11-24');
    refAddon.josparDailyMail();
    const [doneId, cancelledId] = [...new Set(ref.mail.sent.flatMap((m) => keysIn(m.body)))];
    const { ws, addon } = await planWithPeople('2025-11-24');
    setCell(ws, 'Жоспар', (r) => r.includes(doneId), 'Мәртебе', 'Орындалды');
    setCell(ws, 'Жоспар', (r) => r.includes(cancelledId), 'Мәртебе', 'Тоқтатылды');
    addon.josparDailyMail();
    const first = ws.mail.sent.length;
    expect(first).toBeGreaterThan(0);
    const again = addon.josparDailyMail() as Outcome;
    expect(again.mail.messages).toBe(0);
    expect(ws.mail.sent).toHaveLength(first);
    const items = new Set(ws.mail.sent.flatMap((m) => keysIn(m.body)));
    expect(items.has(doneId)).toBe(false);
    expect(items.has(cancelledId)).toBe(false);
    // on-demand items ("талап бойынша" …) never appear
    const plan = sheetValues(ws, 'Жоспар');
    const h = plan[0] as string[];
    const onDemand = plan.filter((r) => String(r[h.indexOf('Сұраныс бойынша')]).trim() !== '');
    expect(onDemand.length).toBeGreaterThan(0);
    for (const r of onDemand) expect(items.has(String(r[h.indexOf('ID')]))).toBe(false);
  });

  it('escalates once a week, on its first working day, items late at least N working days', async () => {
    // 1.02 is due 2025-08-28 (a Thursday); the director is the escalation role of its role. 1 September is a day off,
    // so the week's mail goes on Tuesday 2 September.
    const { ws, addon } = await planWithPeople('2025-08-29');
    setSetting(ws, 'escalateAfterDays', '3');
    const days: string[] = [];
    for (let d = '2025-08-29'; d <= '2025-09-16'; d = addDays(d, 1)) {
      ws.clock.nowMs = at(d);
      const before = notificationRows(ws).length;
      addon.josparDailyMail();
      const director = notificationRows(ws)
        .slice(before)
        .find((r) => r[1] === 'director.example@edu.ektu.kz');
      if (director && /(^|, )1\.02#[^,]*#escalate-/.test(director[3])) days.push(d);
    }
    // 2 Sep: 2 working days late (29 Aug, 2 Sep): not yet; 8 and 15 Sep: each week once.
    expect(days).toEqual(['2025-09-08', '2025-09-15']);
  });

  it('the weekly summary goes to the director on its weekday only', async () => {
    for (const [date, expected] of [
      ['2025-11-24', true], // Monday
      ['2025-11-25', false],
    ] as const) {
      const { ws, addon } = await planWithPeople(date);
      addon.josparDailyMail();
      const director = ws.mail.sent.find((m) => m.to[0] === 'director.example@edu.ektu.kz');
      expect(!!director && /апталық жиынтық/i.test(director.subject)).toBe(expected);
    }
  });

  it("the hourly run keeps the owner's allowed domains when an editor widened them", async () => {
    const { ws, addon } = await planWithPeople('2025-11-24');
    setCell(ws, 'Рөлдер', (r) => r[0] === 'ОПҰжМБ бастығы', 'Email', 'aigerim.example@edu.ektu.kz, spy@gmail.com');
    addon.josparRefreshDeadlines(); // the owner's menu run approves the settings as they are
    ws.runAs = 'editor@edu.ektu.kz';
    setSetting(ws, 'extraDomains', 'gmail.com');
    ws.runAs = null; // the trigger runs as its owner, and cannot tell who typed the new domain
    const out = addon.josparHourly() as { ran: string[] };
    expect(out.ran).toContain('mail');
    expect(ws.mail.sent.some((m) => m.to[0] === 'aigerim.example@edu.ektu.kz')).toBe(true);
    expect(ws.mail.sent.some((m) => [...m.to, ...m.cc, ...m.bcc].includes('spy@gmail.com'))).toBe(false);
  });

  it('an activity with HTML arrives escaped; a foreign address is not mailed and is marked', async () => {
    const { ws, addon } = await planWithPeople('2025-11-24');
    setCell(ws, 'Жоспар', (r) => r.includes('1.08'), 'Іс-шаралар', 'Тест <img src=x onerror=alert(1)>');
    setCell(ws, 'Рөлдер', (r) => r[0] === 'ОПҰжМБ бастығы', 'Email', 'aigerim.example@edu.ektu.kz, spy@gmail.com');
    addon.josparRefreshDeadlines();
    addon.josparDailyMail();
    const aigerim = ws.mail.sent.find((m) => m.to[0] === 'aigerim.example@edu.ektu.kz')!;
    const parsed = await simpleParser(await mailToEml(aigerim));
    expect(parsed.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(parsed.html).not.toContain('<img');
    expect(parsed.text).toContain('<img src=x onerror=alert(1)>');
    expect(ws.mail.sent.some((m) => [...m.to, ...m.cc, ...m.bcc].includes('spy@gmail.com'))).toBe(false);
    const roles = sheetValues(ws, 'Рөлдер');
    const rolesHeader = roles[0] as string[];
    expect(String(roles.find((r) => r[0] === 'ОПҰжМБ бастығы')![rolesHeader.indexOf('Тексеру')])).toMatch(
      /spy@gmail\.com/,
    );
    // Said once for the role (Roles sheet, Overview), not on each of its rows.
    const plan = sheetValues(ws, 'Жоспар');
    const planHeader = plan[0] as string[];
    expect(String(plan.find((r) => r.includes('1.08'))![planHeader.indexOf('Мәселелер')])).not.toMatch(/spy@gmail/);
    expect(sheetValues(ws, 'Шолу').filter((r) => /spy@gmail\.com/.test(String(r[0])))).toHaveLength(1);
  });

  it('a person on leave gets nothing, and the footer says why others get theirs and how to stop', async () => {
    const { ws, addon } = await planWithPeople('2025-11-24');
    setCell(ws, 'Рөлдер', (r) => r[0] === 'ОПҰжМБ бастығы', 'Демалыста (хат жоқ)', 'aigerim.example@edu.ektu.kz');
    const out = addon.josparDailyMail() as Outcome;
    expect(ws.mail.sent.some((m) => m.to[0] === 'aigerim.example@edu.ektu.kz')).toBe(false);
    expect(out.mail.skipped).toBeGreaterThan(0);
    const ru = ws.mail.sent.find((m) => m.to[0] === 'gulnara.example@edu.ektu.kz')!;
    expect(ru.body).toMatch(/Вы получили это письмо, потому что указаны на листе «Роли»/);
    expect(ru.body).toMatch(/В отпуске/);
    expect(ru.body).toMatch(/\d+ [а-я]+ 2025 г\./);
  });

  it('cut off after any write of any service, then run again, never duplicates a message', async () => {
    const ready = await remindedPlan('2025-11-24');
    const js = await addOnCode();
    let everyone: string[] = [];
    // Every write of the run is a cut point: each intent and confirmation in the journal, each send, the Notifications
    // sheet and the Log, the sent record. Each re-run ends as the uncut run (test/end-state.ts) but for the mail and
    // the Notifications' Result, which a cut between an intent and its send changes by design; checked here.
    const r = sweep(ready.snapshot(), [(a) => a.josparDailyMail()], js, {
      leave: ['mail'],
      check: (resumed, at, { uncut }) => {
        everyone = uncut.mail.sent.map((m) => m.to[0]).sort();
        const recipients = resumed.mail.sent.map((m) => m.to[0]);
        // At most one message is in doubt (its intent written, its send unconfirmed): counted as sent, never resent.
        const rows = notificationRows(resumed);
        const unconfirmed = rows.filter((row) => row[4] === 'расталмаған').map((row) => row[1]);
        // Each message is on the Notifications sheet once.
        const shown = rows.filter((row) => row[4] === 'жіберілді' || row[4] === 'расталмаған').map((row) => row[1]);
        const again = (loadAddOn(resumed, js).josparDailyMail() as Outcome).mail.messages;
        const wrong = [
          new Set(recipients).size !== recipients.length && `sent twice: ${recipients.join()}`,
          unconfirmed.length > 1 && `${unconfirmed.length} unconfirmed`,
          [...new Set([...recipients, ...unconfirmed])].sort().join() !== everyone.join() &&
            `sent or in doubt: ${[...recipients, ...unconfirmed].join()}`,
          shown.sort().join() !== everyone.join() && `shown: ${shown.join()}`,
          again !== 0 && `a third run sent ${again}`,
        ];
        return wrong.filter(Boolean).join('; ');
      },
    });
    expect(r.failures).toEqual([]);
    expect(everyone.length).toBeGreaterThan(3);
    expect([...r.cuts.keys()].sort()).toEqual(['mail', 'properties', 'sheets']);
    // A floor under the cut points (33 today), so a recording that lost writes cannot pass.
    expect([...r.cuts.values()].reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(33);
  });

  it('a throwing send is logged failed and sent by the next run, once', async () => {
    const { ws, addon } = await planWithPeople('2025-11-24');
    ws.counter.faults = [{ service: 'mail', n: 2, mode: 'throw' }];
    const out = addon.josparDailyMail() as Outcome & { mail: { failed: number } };
    expect(out.mail.failed).toBe(1);
    ws.counter.faults = [];
    const again = addon.josparDailyMail() as Outcome;
    expect(again.mail.messages).toBe(1);
    const recipients = ws.mail.sent.map((m) => m.to[0]);
    expect(new Set(recipients).size).toBe(recipients.length);
  });

  it('a quota of 3 sends overdue first, then the soonest, and the next day finishes', async () => {
    const { ws, addon } = await planWithPeople('2025-11-24');
    ws.mail.dailyQuota = 3;
    const out = addon.josparDailyMail() as Outcome;
    expect(out.mail.messages).toBe(3);
    const rows = notificationRows(ws);
    const deferred = rows.filter((r) => r[4].startsWith('кейінге қалдырылды'));
    expect(deferred.length).toBe(out.mail.deferred);
    expect(deferred.length).toBeGreaterThan(0);
    // The order: every message with an overdue item before any without; then by the soonest due date.
    const planned = rows.map((r) => ({
      overdue: r[3].split(', ').some((k) => /#(overdue|escalate)-/.test(k)),
      soonest: r[3]
        .split(', ')
        .filter((k) => !k.endsWith('#summary'))
        .map((k) => k.split('#')[1])
        .sort()[0],
    }));
    for (let i = 1; i < planned.length; i++) {
      const a = planned[i - 1];
      const b = planned[i];
      expect(Number(!a.overdue) <= Number(!b.overdue)).toBe(true);
      if (a.overdue === b.overdue) expect(a.soonest <= b.soonest).toBe(true);
    }
    const sentToday = new Set(ws.mail.sent.map((m) => m.to[0]));
    // The next working day (quota fresh): everyone deferred hears, nobody twice about the same key.
    ws.clock.advance(24 * 3600 * 1000);
    ws.mail.dailyQuota = 1500;
    addon.josparDailyMail();
    const next = ws.mail.sent.slice(3).map((m) => m.to[0]);
    for (const r of deferred) expect(next).toContain(r[1]);
    const keys = notificationRows(ws)
      .filter((r) => r[4] === 'жіберілді')
      .flatMap((r) => r[3].split(', ').map((k) => `${r[1]}|${k}`));
    expect(new Set(keys).size).toBe(keys.length);
    expect(sentToday.size).toBe(3);
  });

  it('"Send reminders now" shows who would get what and sends only when asked', async () => {
    const { ws, addon } = await planWithPeople('2025-11-24');
    ws.uiAnswers.push('NO');
    const no = addon.josparSendRemindersNow() as Outcome;
    expect(no.planned.length).toBeGreaterThan(0);
    expect(ws.mail.sent).toHaveLength(0);
    const ask = ws.ui.alerts[ws.ui.alerts.length - 2];
    expect(ask.message).toMatch(/aigerim\.example@edu\.ektu\.kz: \d+ тармақ/);
    ws.uiAnswers.push('YES');
    const yes = addon.josparSendRemindersNow() as Outcome;
    expect(yes.mail.messages).toBe(no.planned.length);
  });

  it('"Remind about selected rows" sends for those rows now, logged, not repeated the same day', async () => {
    const { ws, addon } = await planWithPeople('2025-10-01');
    const out = addon.josparRemindRows(['1.44', '2.01']) as Outcome;
    expect(out.mail.messages).toBeGreaterThan(0);
    const items = new Set(ws.mail.sent.flatMap((m) => keysIn(m.body)));
    expect([...items].sort()).toEqual(['1.44', '2.01']);
    expect(notificationRows(ws).every((r) => r[3].includes('#manual-2025-10-01'))).toBe(true);
    const again = addon.josparRemindRows(['1.44', '2.01']) as Outcome;
    expect(again.mail.messages).toBe(0);
    // selected in the sheet (no ids): the rows of the active range
    const plan = ws.spreadsheet.getSheetByName('Жоспар')!;
    ws.spreadsheet.setActiveSheet(plan);
    ws.spreadsheet.setActiveRange(plan.getRange('A3:C3'));
    const selected = addon.josparRemindRows() as Outcome;
    expect(selected.mail.messages).toBeGreaterThan(0);
  });
});

describe('The one hourly trigger', () => {
  it('is installed once however often asked, runs the mail at the Settings hour once a day, and is removed', async () => {
    const { ws, addon } = await planWithPeople('2025-11-24');
    ws.clock.nowMs = at('2025-11-24', 2); // 07:00 in Almaty
    addon.josparScheduleOn();
    addon.josparScheduleOn();
    expect(ws.triggers.map((t) => t.handler)).toEqual(['josparHourly']);
    expect(ws.triggers[0].everyHours).toBe(1);
    addon.josparHourly(); // 07:00: the nightly sync is due (from 02:00), the mail not yet (09:00)
    expect(ws.mail.sent).toHaveLength(0);
    ws.clock.nowMs = at('2025-11-24', 4); // 09:00
    addon.josparHourly();
    const sent = ws.mail.sent.length;
    expect(sent).toBeGreaterThan(0);
    ws.clock.nowMs = at('2025-11-24', 5); // 10:00: done for today
    addon.josparHourly();
    expect(ws.mail.sent).toHaveLength(sent);
    expect(ws.counter.counts.get('MailApp.sendEmail')).toBe(sent);
    addon.josparScheduleOff();
    expect(ws.triggers).toHaveLength(0);
  });
});

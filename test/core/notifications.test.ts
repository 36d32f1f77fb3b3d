import { composeMessages } from '../../src/core/notifications/compose';
import { escapeHtml } from '../../src/core/text/escape-html';
import { planShortName, readMailRules } from '../../src/core/notifications/mail-rules';
import { readPeople } from '../../src/core/notifications/people';
import {
  daysBefore,
  itemStages,
  remindersFor,
  weekAnchor,
  weeklyDay,
  type ReminderItem,
} from '../../src/core/notifications/reminders';
import {
  keyExpiry,
  readSentRecord,
  SENT_RECORD_MARK,
  sentRecordProperties,
} from '../../src/core/notifications/sent-record';

const rules = readMailRules(new Map());
const ctx = (today: string, over: Partial<typeof rules> = {}) => ({
  today,
  daysOff: new Set(['2025-12-16']),
  rules: { ...rules, ...over },
  digestRecipients: ['director@edu.ektu.kz'],
});
const item = (over: Partial<ReminderItem> = {}): ReminderItem => ({
  id: '1.07',
  row: 8,
  activity: 'Act',
  deadline: '20.12.2025 ж. дейін',
  deliverable: 'Есеп',
  docLink: '',
  unit: '3 Тіркеуші офисі',
  responsible: 'ТО бастығы',
  status: 'planned',
  doneOn: '',
  onDemand: false,
  due: ['2025-12-19'],
  owners: ['a@edu.ektu.kz'],
  escalation: ['boss@edu.ektu.kz'],
  ...over,
});

describe('mail rules', () => {
  it('defaults: 5 and 1 working days before, on the day, escalation after 3 (weekly), Monday, 09:00', () => {
    expect(rules).toMatchObject({
      remindDays: [5, 1],
      dayCount: 'working',
      onDay: true,
      escalateAfter: 3,
      digestWeekday: 1,
      mailHour: 9,
      syncHour: 2,
      problems: [],
    });
    const bad = readMailRules(
      new Map([
        ['mailRemindDays', 'x'],
        ['mailHour', '25'],
        ['mailReplyTo', 'nope'],
      ]),
    );
    expect(bad.remindDays).toEqual([5, 1]);
    expect(bad.mailHour).toBe(9);
    expect(bad.replyTo).toBe('');
    expect(bad.problems).toHaveLength(3);
  });

  it('counts days before in working days (skipping weekends and days off) or calendar days', () => {
    // 2025-12-17 (Wednesday): 1 working day before is 15 Dec, because 16 Dec is a day off.
    expect(daysBefore('2025-12-17', 1, ctx('2025-12-01'))).toBe('2025-12-15');
    expect(daysBefore('2025-12-22', 1, ctx('2025-12-01'))).toBe('2025-12-19'); // Monday → Friday
    expect(daysBefore('2025-12-22', 1, ctx('2025-12-01', { dayCount: 'calendar' }))).toBe('2025-12-21');
  });

  it('gives the latest stage reached, on the day, then overdue weekly and the escalation on the weekly day', () => {
    const stages = (today: string, over: Partial<ReminderItem> = {}) =>
      itemStages(item(over), ctx(today)).map((s) => s.rule);
    expect(stages('2025-12-10')).toEqual([]); // 6 working days before
    expect(stages('2025-12-11')).toEqual(['before-5']); // 16 December is a day off
    expect(stages('2025-12-17')).toEqual(['before-5']);
    expect(stages('2025-12-18')).toEqual(['before-1']);
    expect(stages('2025-12-19')).toEqual(['today']);
    // first working day after (a Monday), then the same week's key until the next Monday
    expect(stages('2025-12-22')).toEqual(['overdue-2025-12-22']);
    expect(stages('2025-12-24')).toEqual(['overdue-2025-12-22']); // 3 working days late, but not the weekly day
    expect(stages('2025-12-29')).toEqual(['overdue-2025-12-29', 'escalate-2025-12-29']);
    // a recurring item's next date decides; its earlier dates passing is not overdue
    expect(stages('2025-12-22', { due: ['2025-12-19', '2026-01-20'] })).toEqual([]);
    for (const status of ['done', 'Орындалды', 'cancelled'])
      expect(itemStages(item({ status }), ctx('2025-12-19'))).toEqual([]);
    // done on a later day is not done yet
    expect(stages('2025-12-19', { status: 'done', doneOn: '2025-12-20' })).toEqual(['today']);
    expect(itemStages(item({ onDemand: true }), ctx('2025-12-19'))).toEqual([]);
    expect(itemStages(item({ due: [] }), ctx('2025-12-19'))).toEqual([]);
  });

  it('the weekly mail goes on the weekday, or the next working day when that is a day off', () => {
    const summary = (today: string, daysOff: string[] = []) =>
      remindersFor([], { ...ctx(today), daysOff: new Set(daysOff) }).filter((r) => r.rule === 'summary');
    expect(summary('2025-12-15')).toHaveLength(1); // Monday
    expect(summary('2025-12-17')).toHaveLength(0);
    expect(weekAnchor('2026-03-12', 1)).toBe('2026-03-09');
    expect(weeklyDay('2026-03-09', new Set(['2026-03-09']))).toBe('2026-03-10');
    expect(summary('2026-03-09', ['2026-03-09'])).toHaveLength(0);
    expect(summary('2026-03-10', ['2026-03-09']).map((r) => r.key)).toEqual(['*#2026-03-09#summary']);
  });
});

describe('the sent record', () => {
  it('keeps a key while the rules could give it again, in parts a property can hold', () => {
    expect(keyExpiry('1.07#2025-12-19#before-5')).toBe('2025-12-19');
    expect(keyExpiry('1.07#2025-12-19#overdue-2025-12-22')).toBe('2025-12-28');
    expect(keyExpiry('*#2025-12-22#summary')).toBe('2025-12-28');
    expect(keyExpiry('1.07#2025-12-19#manual-2025-12-20')).toBe('2025-12-20');
    const entries = [
      'a@edu.ektu.kz|1.07#2025-12-19#before-5',
      'a@edu.ektu.kz|1.07#2025-12-19#overdue-2025-12-22',
      'b@edu.ektu.kz|*#2025-12-22#summary',
    ];
    const props = sentRecordProperties(entries, '2025-12-22');
    expect(props[SENT_RECORD_MARK]).toBe('2025-12-22');
    expect([...readSentRecord(props)].sort()).toEqual(entries.slice(1).sort()); // before-5 is past
    const many = Array.from({ length: 3000 }, (_, i) => `p${i % 7}@edu.ektu.kz|${i}.1#2026-01-20#before-5`);
    const big = sentRecordProperties(many, '2026-01-01');
    expect(Object.keys(big).length).toBeGreaterThan(3);
    for (const v of Object.values(big)) expect(v.length).toBeLessThanOrEqual(7000);
    expect(readSentRecord(big).size).toBe(3000);
  });
});

describe('messages', () => {
  it('one per recipient, grouped, subject in their language, everything escaped', () => {
    const roles = {
      name: 'Рөлдер',
      values: [
        ['Рөл', 'Толық атауы (kk)', 'Email', 'Хат тілі', 'Демалыста (хат жоқ)'],
        ['ТО бастығы', 'x', 'a@edu.ektu.kz, b@edu.ektu.kz, c@gmail.com', 'b@edu.ektu.kz: en, ru', 'c@gmail.com'],
      ],
    };
    const people = readPeople(roles, ['edu.ektu.kz'], 'kk');
    expect(people.refused).toEqual(['c@gmail.com']);
    expect(people.byEmail.get('a@edu.ektu.kz')!.lang).toBe('ru');
    expect(people.byEmail.get('b@edu.ektu.kz')!.lang).toBe('en');
    const evil = item({ activity: '<img src=x onerror=alert(1)>', owners: ['a@edu.ektu.kz', 'b@edu.ektu.kz'] });
    const other = item({ id: '1.08', due: ['2025-12-18'], owners: ['a@edu.ektu.kz'] });
    const reminders = remindersFor([evil, other], ctx('2025-12-18'));
    const compose = (list: typeof reminders, all = [evil, other]) =>
      composeMessages(list, people.byEmail, new Map(all.map((i) => [i.id, i])), {
        today: '2025-12-18',
        planTitle: 'План "<b>"',
        subjectName: (lang) => `${planShortName(rules.planName, lang)} 2025-2026`,
        planUrl: 'https://docs.google.com/spreadsheets/d/x/edit#gid=0',
        daysOff: new Set(),
        allItems: all,
      });
    const messages = compose(reminders);
    expect(messages.map((m) => m.recipient).sort()).toEqual(['a@edu.ektu.kz', 'b@edu.ektu.kz']);
    const ru = messages.find((m) => m.recipient === 'a@edu.ektu.kz')!;
    expect(ru.subject).toBe(
      'План работы АД 2025-2026: сегодня срок 1 пункта (1.08); приближается срок 1 пункта (1.07)',
    );
    expect(ru.html).toContain(escapeHtml('<img src=x onerror=alert(1)>'));
    expect(ru.html).not.toContain('<img');
    expect(ru.html).not.toContain('<b>"');
    expect(ru.html).toContain('до 18 декабря 2025 г.');
    // The footer's date, a Russian long date, ends in "г." once, not "г..".
    expect(ru.text).toMatch(
      /^Отправлено автоматически \d+ [а-я]+ \d{4} г\. надстройкой Jospar, которая ведёт план\.$/m,
    );
    expect(ru.text).not.toContain('г..');
    expect(ru.html).toContain('&amp;range=A9');
    expect(ru.text).toContain('<img src=x onerror=alert(1)>');
    // what to do and by when comes first, then the plan, then the items
    const lines = ru.text.split('\n');
    expect(lines[2]).toBe('Сегодня, 18 декабря 2025 г., истекает срок пунктов: 1.');
    // Russian as a person writes it ("Выполнить пунктов: 1" is not), the count after the colon as in Kazakh.
    expect(lines[3]).toBe('Пунктов к выполнению: 1, ближайший срок — до 19 декабря 2025 г.');
    expect(ru.text.indexOf('План "<b>"')).toBeLessThan(ru.text.indexOf('[1.08]'));
    expect(ru.keys).toEqual(['1.07#2025-12-19#before-1', '1.08#2025-12-18#today']);
    const en = messages.find((m) => m.recipient === 'b@edu.ektu.kz')!;
    expect(en.subject).toBe('AAD work plan 2025-2026: 1 due soon (1.07)');
    // an activity cannot break the subject: it holds ids only, and is one line
    const late = Array.from({ length: 7 }, (_, i) => item({ id: `2.${i + 1}`, due: ['2025-12-01'] }));
    const ruLate = compose(
      remindersFor(late, { ...ctx('2025-12-18'), daysOff: new Set() }).map((r) => ({
        ...r,
        recipient: 'a@edu.ektu.kz',
      })),
      late,
    );
    people.byEmail.get('a@edu.ektu.kz')!.lang = 'kk';
    expect(
      compose(
        remindersFor(late, ctx('2025-12-18')).map((r) => ({ ...r, recipient: 'a@edu.ektu.kz' })),
        late,
      )[0].subject,
    ).toBe('АҚД жұмыс жоспары 2025-2026: 7 тармақтың мерзімі өтті (2.1, 2.2, 2.3, 2.4, 2.5, …)');
    expect(ruLate[0].subject).toBe('План работы АД 2025-2026: срок 7 пунктов истёк (2.1, 2.2, 2.3, 2.4, 2.5, …)');
  });

  it('the summary lists each item once, by unit, and not again what the message lists above', () => {
    const people = readPeople(
      {
        name: 'Рөлдер',
        values: [
          ['Рөл', 'Email'],
          ['АҚД директоры', 'd@edu.ektu.kz'],
        ],
      },
      ['edu.ektu.kz'],
      'en',
    );
    const own = item({ id: '1.01', unit: 'Unit 1', due: ['2025-12-10'], owners: ['d@edu.ektu.kz'], escalation: [] });
    const late = item({ id: '3.04', due: ['2025-12-03'], owners: ['x@edu.ektu.kz'], escalation: ['d@edu.ektu.kz'] });
    const done = item({ id: '3.05', due: ['2025-12-12'], status: 'done', doneOn: '2025-12-12' });
    const next = item({ id: '3.06', due: ['2025-12-19'] });
    const all = [own, late, done, next];
    const monday = '2025-12-15';
    const list = remindersFor(all, { ...ctx(monday), digestRecipients: ['d@edu.ektu.kz'] }).filter(
      (r) => r.recipient === 'd@edu.ektu.kz',
    );
    expect(list.map((r) => r.group).sort()).toEqual(['escalated', 'overdue', 'summary']);
    const [m] = composeMessages(list, people.byEmail, new Map(all.map((i) => [i.id, i])), {
      today: monday,
      planTitle: 'Plan',
      subjectName: () => 'AAD work plan 2025-2026',
      planUrl: 'https://docs.google.com/spreadsheets/d/x/edit#gid=0',
      daysOff: new Set(),
      allItems: all,
    });
    for (const id of ['1.01', '3.04', '3.05', '3.06']) expect(m.text.split(`[${id}]`).length - 1).toBe(1);
    expect(m.text).toContain('Overdue: 2. Done this week: 1. Due in the next 14 days: 1.');
    expect(m.text).toContain('-- 3 Тіркеуші офисі --');
    expect(m.subject).toBe('AAD work plan 2025-2026: 1 overdue (1.01); weekly summary');
    expect(m.keys).toContain('3.04#2025-12-03#escalate-2025-12-15');
    // Days late as the sheet, the sidebar and the card say them (calendar days since the missed date), not the
    // escalation rule's working days (3 here): one figure for the item whichever view a person reads.
    expect(m.text).toContain('by 10 December 2025 — overdue by 5 days'); // 1.01
    expect(m.text).not.toMatch(/working days? late/);
  });
});

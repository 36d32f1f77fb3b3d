import { composeMessages, escapeHtml } from '../../src/core/notifications/compose';
import { readMailRules } from '../../src/core/notifications/mail-rules';
import { readPeople } from '../../src/core/notifications/people';
import { daysBefore, itemStages, remindersFor, type ReminderItem } from '../../src/core/notifications/reminders';

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
  responsible: 'ТО бастығы',
  status: 'planned',
  onDemand: false,
  due: ['2025-12-19'],
  doneOn: '',
  owners: ['a@edu.ektu.kz'],
  escalation: ['boss@edu.ektu.kz'],
  ...over,
});

describe('mail rules', () => {
  it('defaults: 7 and 1 working days before, on the day, escalation after 3, repeats every 5, Monday, 09:00', () => {
    expect(rules).toMatchObject({
      remindDays: [7, 1],
      dayCount: 'working',
      onDay: true,
      escalateAfter: 3,
      repeatEvery: 5,
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
    expect(bad.remindDays).toEqual([7, 1]);
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

  it('gives the latest stage reached, on the day, then overdue and escalated', () => {
    const stages = (today: string) => itemStages(item(), ctx(today)).map((s) => s.rule);
    expect(stages('2025-12-08')).toEqual([]); // 9 working days before
    expect(stages('2025-12-10')).toEqual(['before-7']);
    expect(stages('2025-12-18')).toEqual(['before-1']);
    expect(stages('2025-12-19')).toEqual(['today']);
    expect(stages('2025-12-22')).toEqual(['overdue-0']);
    expect(stages('2025-12-24')).toEqual(['overdue-0', 'escalate-0']);
    expect(stages('2025-12-29')).toEqual(['overdue-1', 'escalate-0']);
    for (const status of ['done', 'cancelled'] as const)
      expect(itemStages(item({ status }), ctx('2025-12-19'))).toEqual([]);
    expect(itemStages(item({ onDemand: true }), ctx('2025-12-19'))).toEqual([]);
    expect(itemStages(item({ due: [] }), ctx('2025-12-19'))).toEqual([]);
  });

  it('the weekly summary only on its weekday', () => {
    const summary = (today: string) => remindersFor([], ctx(today)).filter((r) => r.rule === 'summary').length;
    expect(summary('2025-12-15')).toBe(1); // Monday
    expect(summary('2025-12-17')).toBe(0);
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
    const messages = composeMessages(reminders, people.byEmail, new Map([evil, other].map((i) => [i.id, i])), {
      today: '2025-12-18',
      planName: 'План "<b>"',
      planUrl: 'https://docs.google.com/spreadsheets/d/x/edit#gid=0',
      daysOff: new Set(),
      activeItems: [evil, other],
    });
    expect(messages.map((m) => m.recipient).sort()).toEqual(['a@edu.ektu.kz', 'b@edu.ektu.kz']);
    const ru = messages.find((m) => m.recipient === 'a@edu.ektu.kz')!;
    expect(ru.subject).toBe('Jospar: сегодня 1, скоро 1');
    expect(ru.html).toContain(escapeHtml('<img src=x onerror=alert(1)>'));
    expect(ru.html).not.toContain('<img');
    expect(ru.html).not.toContain('<b>"');
    expect(ru.html).toContain('до 18 декабря 2025 г.');
    expect(ru.html).toContain('&amp;range=A9');
    expect(ru.text).toContain('<img src=x onerror=alert(1)>');
    expect(ru.keys).toEqual(['1.07#2025-12-19#before-1', '1.08#2025-12-18#today']);
    const en = messages.find((m) => m.recipient === 'b@edu.ektu.kz')!;
    expect(en.subject).toBe('Jospar: 1 coming up');
  });
});

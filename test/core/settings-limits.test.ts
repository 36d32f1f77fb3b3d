/** Settings Google would refuse are refused when read, with the reason, before a sync tries them. */
import { readSettings } from '../../src/core/sheets/settings';

const read = (reminderDays: string) => readSettings(new Map([['reminderDays', reminderDays]]));

describe('reminderDays within Google Calendar limits', () => {
  it('takes up to 5 reminders up to 28 days (40,320 minutes) before', () => {
    expect(read('28, 14, 7, 1, 0')).toMatchObject({ reminderDays: [28, 14, 7, 1, 0], problems: [] });
  });

  it.each([
    ['7, 6, 5, 4, 3, 2', /at most 5 reminders/],
    ['29', /at most 28 days \(40,320 minutes\)/],
    ['1.5', /whole numbers/],
    ['-1', /whole numbers/],
    ['weekly', /whole numbers/],
    ['7, 7', /listed twice/],
  ])('refuses «%s», says why, and keeps the default', (value, why) => {
    const s = read(value);
    expect(s.reminderDays).toEqual([7, 1]);
    expect(s.problems).toHaveLength(1);
    expect(s.problems[0]).toMatch(/^reminderDays: /);
    expect(s.problems[0]).toMatch(why);
    expect(s.problems[0]).toMatch(/→ 7, 1$/);
  });
});

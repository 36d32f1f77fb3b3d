/**
 * The shapes issue #23 named: ranges in every form read as one window due at its end, offsets from academic events,
 * recurrences, weekday tags; and no silent misses (a word no rule used is in a warning).
 */
import { DEFAULT_CALENDAR_2025_2026 } from '../../src/core/calendar/academic-calendar';
import { planYear } from '../../src/core/calendar/dates';
import { DAYS_OFF_2025_2026 } from '../../src/core/calendar/holidays';
import { parseDeadline } from '../../src/core/deadline/engine';

const read = (text: string, year = '2025-2026') =>
  parseDeadline(text, {
    year: planYear(year)!,
    calendar: DEFAULT_CALENDAR_2025_2026,
    daysOff: new Set(DAYS_OFF_2025_2026),
    policy: 'none',
  });

describe('a range is one window, due at its end, whatever words open and close it', () => {
  it.each([
    ['2026 жылғы 2 ақпаннан бастап 13 ақпанға дейін', '2026-02-02', '2026-02-13'],
    ['2 ақпаннан бастап 13 ақпан аралығында', '2026-02-02', '2026-02-13'],
    ['2 ақпаннан 13 ақпанды қоса алғанда', '2026-02-02', '2026-02-13'],
    ['4 ақпан мен 9 ақпан аралығында', '2026-02-04', '2026-02-09'],
    ['4 ақпан мен 9 ақпан арасында', '2026-02-04', '2026-02-09'],
    ['2026 жылғы 9–15 ақпан аралығында', '2026-02-09', '2026-02-15'],
    ['мамырдан бастап шілдеге дейін', '2026-05-01', '2026-07-31'],
    ['с 2 февраля до 13 февраля', '2026-02-02', '2026-02-13'],
    ['с 1 апреля до конца учебного года', '2026-04-01', '2026-08-31'],
    ['2 февраля 2026 – 13 февраля 2026 г.', '2026-02-02', '2026-02-13'],
    ['с 10 января до 28(29) февраля', '2026-01-10', '2026-02-28'],
    ['between March 2 and April 30', '2026-03-02', '2026-04-30'],
    ['from June 1, but no later than July 1', '2026-06-01', '2026-07-01'],
    ['Mon, March 2 – Fri, March 6', '2026-03-02', '2026-03-06'],
    ['Mar 2 (M) – Mar 6 (F)', '2026-03-02', '2026-03-06'],
    ['Oct 14-15 Thu-Fri', '2025-10-14', '2025-10-15'],
    ['с 27 октября 2025 года (понедельник) по 02 ноября 2025 года (воскресенье)', '2025-10-27', '2025-11-02'],
  ])('%s', (text, start, end) => {
    const s = read(text);
    expect({ due: s.due, windows: s.windows, warnings: s.warnings, errors: s.errors }).toEqual({
      due: [end],
      windows: [{ start, end }],
      warnings: [],
      errors: [],
    });
  });

  it('"28(29) февраля" is the 29th in a leap year', () => {
    expect(read('с 10 января до 28(29) февраля', '2027-2028').due).toEqual(['2028-02-29']);
  });
});

describe('offsets from academic events', () => {
  // The default calendar: exam sessions end 2026-01-03 and 2026-05-30 and start 2025-12-15 and 2026-05-11;
  // the final attestation (defences) starts 2026-05-18.
  it.each([
    ['(4) weeks prior to the final examinations', ['2025-11-17', '2026-04-13']],
    ['the third calendar day after the last exam', ['2026-01-06', '2026-06-02']],
    ['within 5 working days after final examinations end', ['2026-01-12', '2026-06-05']],
    ['қорғау басталғанға дейін 3 күннен кешіктірмей', ['2026-05-15']],
    ['до начала защиты выпускных квалификационных работ', ['2026-05-17']],
    ['мемлекеттік аттестаттау басталар алдында', ['2026-05-17']],
  ])('%s', (text, due) => {
    const s = read(text);
    expect({ due: s.due, warnings: s.warnings, onDemand: s.onDemand }).toEqual({ due, warnings: [], onDemand: false });
  });
});

describe('recurrences', () => {
  it('reads the quarterly, monthly and per-quarter shapes', () => {
    expect(read('тоқсан сайын, тоқсаннан кейінгі айдың 10-ына дейін').due).toEqual([
      '2025-10-10',
      '2026-01-10',
      '2026-04-10',
      '2026-07-10',
    ]);
    expect(read('by the 15th of every month').rrule).toBe('FREQ=MONTHLY;BYMONTHDAY=15;COUNT=12');
    expect(read('тоқсанына 1 рет').rrule).toBe('FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1;COUNT=4');
    expect(read('II, III кв.').due).toEqual(['2025-09-30', '2026-06-30']);
    expect(read('әр семестрдің соңында').due).toEqual(['2025-12-13', '2026-05-09']);
  });

  it('says when so many times a quarter does not divide the months evenly', () => {
    expect(read('тоқсанына 2 рет').warnings.map((w) => w.code)).toEqual(['uneven-times-a-year']);
  });
});

describe('no silent misses', () => {
  it('puts every word no rule used in a warning, whatever the reading', () => {
    const s = read('2026 жылғы 2 ақпаннан бастап 13 ақпанға дейін, комиссия шешімімен');
    expect(s.due).toEqual(['2026-02-13']);
    expect(s.warnings.map((w) => w.text)).toEqual(['комиссия шешімімен']);
  });

  it('leaves a weekday that is not beside a date to the weekly rule', () => {
    expect(read('every Friday').rrule).toBe('FREQ=WEEKLY;BYDAY=FR;COUNT=52');
  });
});

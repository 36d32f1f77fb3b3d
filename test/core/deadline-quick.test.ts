/**
 * The shortcut for a single dated day (quick.ts) reads a cell exactly as the rules do. A trailing space keeps a cell
 * off the shortcut without changing what it says, so each phrase is read both ways and the readings compared, under
 * the default conventions and under a plan year starting in August.
 */
import { DEFAULT_CALENDAR_2025_2026 } from '../../src/core/calendar/academic-calendar';
import { planYear } from '../../src/core/calendar/dates';
import { DAYS_OFF_2025_2026 } from '../../src/core/calendar/holidays';
import { parseDeadline } from '../../src/core/deadline/engine';
import { foldText } from '../../src/core/deadline/fold';
import { quickFound } from '../../src/core/deadline/quick';
import type { DeadlineContext } from '../../src/core/deadline/types';

const ctx: DeadlineContext = {
  year: planYear('2025-2026')!,
  calendar: DEFAULT_CALENDAR_2025_2026,
  daysOff: new Set(DAYS_OFF_2025_2026),
  policy: 'previous',
};
const august: DeadlineContext = { ...ctx, conventions: { yearStartMonth: 8 } };

/** A reading without its input, which differs by the trailing space. */
const reading = (text: string, c: DeadlineContext) => ({ ...parseDeadline(text, c), input: null });

describe('the single-date shortcut', () => {
  it.each([
    '28.08.2025 ж. дейін',
    '31.08.2026ж. дейін',
    '19.12.2025 ж. дейін',
    '1.9.2025 ж. дейін',
    '2025 ж. 1 қыркүйегіне дейін',
    '2026 ж. 15 МАМЫРҒА ДЕЙІН',
    '2026 ж. 31 шілдеге дейін',
    '2024 ж. 20 қаңтарға дейін',
  ])('reads %s as the rules do, and takes it', (text) => {
    expect(quickFound(foldText(text))).not.toBeNull();
    for (const c of [ctx, august]) expect(reading(text, c)).toEqual(reading(`${text} `, c));
  });

  it.each([
    '30.02.2026 ж. дейін',
    '2026 ж. 31 ақпанға дейін',
    '2026 ж. 5 майда дейін',
    '2026 ж. 5 тоқсанға дейін',
    '28.13.2025 ж. дейін',
    '28.08.1825 ж. дейін',
  ])('leaves %s to the rules', (text) => {
    expect(quickFound(foldText(text))).toBeNull();
  });

  it('leaves an impossible date to the rules, which say so', () => {
    expect(parseDeadline('30.02.2026 ж. дейін', ctx).errors.map((e) => e.code)).toEqual(['impossible-date']);
  });

  it('gives the span the rules would: a date outside the plan year is warned about over it', () => {
    const s = parseDeadline('28.08.2027 ж. дейін', ctx);
    expect(s.due).toEqual(['2027-08-28']);
    expect(s.warnings).toEqual([{ code: 'outside-plan-year', start: 0, end: 13, text: '28.08.2027 ж.' }]);
    expect(reading('28.08.2027 ж. дейін', ctx)).toEqual(reading('28.08.2027 ж. дейін ', ctx));
  });
});

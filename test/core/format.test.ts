import { formatDueBy, formatLongDate } from '../../src/core/deadline/format';
import { parseDeadline } from '../../src/core/deadline/engine';
import { planYear } from '../../src/core/calendar/dates';

describe('long dates for documents', () => {
  it('writes Kazakh, Russian and English official forms', () => {
    expect(formatLongDate('2025-08-28', 'kk')).toBe('2025 жылғы 28 тамыз');
    expect(formatLongDate('2025-08-28', 'kk', 'dative')).toBe('2025 жылғы 28 тамызға');
    expect(formatDueBy('2025-09-01', 'kk')).toBe('2025 жылғы 1 қыркүйекке дейін');
    expect(formatDueBy('2026-07-06', 'kk')).toBe('2026 жылғы 6 шілдеге дейін');
    expect(formatDueBy('2026-04-30', 'kk')).toBe('2026 жылғы 30 сәуірге дейін');
    expect(formatLongDate('2025-08-28', 'ru')).toBe('28 августа 2025 г.');
    expect(formatDueBy('2026-05-01', 'ru')).toBe('до 1 мая 2026 г.');
    expect(formatLongDate('2025-08-28', 'en')).toBe('28 August 2025');
  });

  it('writes dates the engine reads back to the same day, in every language and month', () => {
    const ctx = { year: planYear('2025-2026')!, calendar: [], daysOff: new Set<string>(), policy: 'none' as const };
    for (let m = 1; m <= 12; m++) {
      const date = `${m >= 9 ? 2025 : 2026}-${String(m).padStart(2, '0')}-15`;
      for (const text of [
        formatLongDate(date, 'kk'),
        formatDueBy(date, 'kk'),
        formatLongDate(date, 'ru'),
        formatDueBy(date, 'ru'),
        formatLongDate(date, 'en'),
      ]) {
        expect(parseDeadline(text, ctx).due).toEqual([date]);
      }
    }
  });
});

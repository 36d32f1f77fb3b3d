import { planYearOf } from '../../src/core/calendar/dates';
import { jospar as run } from '../cli-run';

describe('jospar deadline shows what it read', () => {
  it('a range as one window, due at its end', async () => {
    const r = await run('deadline', '15 қыркүйек – 20 қазан', '--year', '2025-2026');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^due: +2025-10-20$/m);
    expect(r.stdout).toMatch(/^windows: +2025-09-15…2025-10-20$/m);
  });

  it('the period chosen and the offset counted from it', async () => {
    const r = await run('deadline', 'за 3 рабочих дня до начала зимней сессии', '--year', '2025-2026');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^period: +exam-1 Winter exam session \(2025-12-15…2026-01-03\)$/m);
    expect(r.stdout).toMatch(/^offset: +3 working days before the start of exam-1 → 2025-12-10$/m);
    expect(r.stdout).not.toMatch(/exam-2/);
  });
});

describe('jospar deadline without --year', () => {
  afterEach(() => jest.restoreAllMocks());

  it("reads in today's academic year where the department is, and says which", async () => {
    // 1 September 2026, 01:00 in Almaty (UTC+5) is still 31 August in UTC: the new year has begun there.
    jest.spyOn(Date, 'now').mockReturnValue(Date.parse('2026-08-31T20:00:00Z'));
    const r = await run('deadline', 'Әр айдың 20-сына дейін');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^year: +2026-2027 \(today's academic year; --year for another\)$/m);
    // 20 September 2026 is a Sunday: the working date is Friday the 18th.
    expect(r.stdout).toMatch(/^due: +2026-09-20, 2026-10-20, .*, 2027-08-20$/m);
    expect(r.stdout).toMatch(/^working: +2026-09-18, /m);
    const jan = await run('deadline', '2027 жылғы 15 қаңтарға дейін');
    expect(jan.stdout).toMatch(/^due: +2027-01-15$/m);
    expect(jan.stdout).not.toMatch(/outside-plan-year/);
  });

  it('a day belongs to the academic year from 1 September to 31 August', () => {
    expect(planYearOf('2026-08-31').label).toBe('2025-2026');
    expect(planYearOf('2026-09-01').label).toBe('2026-2027');
    expect(planYearOf('2027-05-20').label).toBe('2026-2027');
  });
});

/**
 * The years a rolled plan names: each of the plan year's own years a year on, and an academic year written as a pair
 * ("2026–2027", the next year's intake in the 2025-2026 plan) as one, never "2027–2027".
 */
import { planYear } from '../../src/core/calendar/dates';
import { shiftPlanYears } from '../../src/core/plan/rollover';

const Y = planYear('2025-2026')!;

describe('shiftPlanYears', () => {
  it('moves an academic year written as a pair as one, whatever the dash', () => {
    expect(shiftPlanYears('Мектептердің 2026–2027 оқу жылына қабылдау', Y)).toBe(
      'Мектептердің 2027–2028 оқу жылына қабылдау',
    );
    expect(shiftPlanYears('2025-2026 оқу жылына', Y)).toBe('2026-2027 оқу жылына');
    expect(shiftPlanYears('2025 — 2026 оқу жылы', Y)).toBe('2026 — 2027 оқу жылы');
  });

  it("moves last year's academic year, a pair ending in the plan's first year, as one", () => {
    expect(shiftPlanYears('2024-2025 оқу жылының есебі', Y)).toBe('2025-2026 оқу жылының есебі');
    expect(shiftPlanYears('Отчёт за 2024–2025 учебный год', Y)).toBe('Отчёт за 2025–2026 учебный год');
  });

  it('moves lone years of the plan year, dates and short years, and leaves other years alone', () => {
    expect(shiftPlanYears('2025 ж. қазан - 2026 ж. наурыз', Y)).toBe('2026 ж. қазан - 2027 ж. наурыз');
    expect(shiftPlanYears('20.12.2025 ж., 20.01.26', Y)).toBe('20.12.2026 ж., 20.01.27');
    expect(shiftPlanYears('1958 жылдан 2011 жылға дейін', Y)).toBe('1958 жылдан 2011 жылға дейін');
    expect(shiftPlanYears('1958-1959 жж.', Y)).toBe('1958-1959 жж.');
  });
});

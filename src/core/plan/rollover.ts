/**
 * The next academic year's plan from this one: the years a text names for this plan year move on by one ("2025 ж." →
 * "2026 ж.", "2025-2026 оқу жылы" → "2026-2027", next year's "2026–2027" → "2027–2028", "20.01.26" → "20.01.27");
 * other years stay (an activity about students "1958 жылдан 2011 жылға дейін" is history, not a deadline). Pure
 * text: the deadline engine reads the result as it reads any plan.
 */
import type { PlanYear } from '../calendar/dates';
import type { PlanDocument } from './types';

export function shiftPlanYears(text: string, from: PlanYear): string {
  const years = new Set([from.startYear, from.startYear + 1]);
  const short = new Set([from.startYear % 100, (from.startYear + 1) % 100]);
  return (
    text
      // dd.mm.yy: a two-digit year only after a day and a month
      .replace(/(?<!\d)(\d{1,2}[./]\d{1,2}[./])(\d{2})(?![\d./])/g, (all, dm: string, yy: string) =>
        short.has(Number(yy)) ? `${dm}${String((Number(yy) + 1) % 100).padStart(2, '0')}` : all,
      )
      // A pair of consecutive years names one academic year and moves as one: the 2025-2026 plan's "2026–2027 оқу
      // жылына қабылдау" (next year's intake) becomes "2027–2028", not "2027–2027"; last year's "2024-2025 оқу
      // жылының есебі" (the report on the year before) becomes "2025-2026", not "2024-2026".
      .replace(/(?<!\d)(\d{4})(?:(\s*[-–—]\s*)(\d{4}))?(?!\d)/g, (all, a: string, dash?: string, b?: string) => {
        const first = Number(a);
        if (b === undefined) return years.has(first) ? String(first + 1) : all;
        const second = Number(b);
        if (second === first + 1 && (years.has(first) || years.has(second))) return `${first + 1}${dash}${second + 1}`;
        const one = (y: number) => (years.has(y) ? String(y + 1) : String(y));
        return `${one(first)}${dash}${one(second)}`;
      })
  );
}

export function rollPlan(plan: PlanDocument, from: PlanYear): PlanDocument {
  const shift = (s: string) => shiftPlanYears(s, from);
  return {
    ...plan,
    title: shift(plan.title),
    academicYear: `${from.startYear + 1}-${from.startYear + 2}`,
    items: plan.items.map((i) => ({
      ...i,
      activity: shift(i.activity),
      deadline: shift(i.deadline),
      deliverable: shift(i.deliverable),
    })),
  };
}

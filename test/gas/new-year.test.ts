/**
 * Issue 8, item 3: "New academic year" rolls the embedded 2025-2026 plan to 2026-2027 in new sheets; last year's
 * sheets, documents and calendar events stay as they were. Cut off anywhere: new-year-cut.test.ts.
 */
import { calendarEstimate, shiftYears } from '../../src/core/calendar/calendar-estimate';
import { daysBetween, planYear } from '../../src/core/calendar/dates';
import { daysOffFor } from '../../src/core/calendar/year-days-off';
import { parseDeadline } from '../../src/core/deadline/engine';
import { PLAN_2025_2026 } from '../../src/core/plan/plan-2025-2026';
import { rollPlan } from '../../src/core/plan/rollover';
import { SUGGESTED_LINKS_2025_2026 } from '../../src/core/plan/suggested-links';
import type { Workspace } from '../../src/local/workspace/workspace';
import { installed, settingsMap, sheetValues } from '../helpers';

type Outcome = { ok: boolean; report: string[]; archived: string[] };
const Y1 = planYear('2025-2026')!;
const Y2 = planYear('2026-2027')!;

function rows(ws: Workspace, sheet = 'Жоспар') {
  const values = sheetValues(ws, sheet);
  const h = values[0] as string[];
  return values.slice(1).map((r) => Object.fromEntries(h.map((name, i) => [name, r[i]])) as Record<string, unknown>);
}

function settings(ws: Workspace): Map<string, string> {
  return settingsMap(ws);
}

async function lastYear() {
  // Late August 2026: the 2025-2026 plan has run its course.
  const r = await installed({ now: Date.parse('2026-08-20T04:00:00Z') });
  r.addon.josparSetUpPlan();
  r.addon.josparSyncCalendar();
  r.addon.josparCreateTemplates();
  r.addon.josparGenerateDocuments({ kind: 'order', interactive: false });
  const sheet = r.ws.spreadsheet.getSheetByName('Жоспар')!;
  const h = sheetValues(r.ws, 'Жоспар')[0] as string[];
  sheet.getRange(2, h.indexOf('Мәртебе') + 1).setValue('Орындалды');
  sheet.getRange(2, h.indexOf('Дәлел сілтемесі') + 1).setValue('https://drive.google.com/x');
  // A Russian name the department wrote for an item Set up left without one.
  sheet.getRange(3, h.indexOf('Атауы (орысша)') + 1).setValue('Утверждение академических календарей');
  return r;
}

describe('New academic year', () => {
  it('rolls the embedded plan to 2026-2027: years a year on, statuses cleared, days off computed, register at 1', async () => {
    const { ws, addon } = await lastYear();
    const oldPlan = JSON.stringify(sheetValues(ws, 'Жоспар'));
    const oldRegister = JSON.stringify(sheetValues(ws, 'Бұйрықтар тізілімі'));
    const calendar = ws.calendars.calendars.find((c) => c.id !== ws.calendars.defaultId)!;
    const oldEvents = JSON.stringify(calendar.events);

    const out = addon.josparNewAcademicYear('2026-2027', false) as Outcome;
    expect(out.ok).toBe(true);
    // Last year's sheets, documents and events stay as they were.
    expect(JSON.stringify(sheetValues(ws, 'Жоспар 2025-2026'))).toBe(oldPlan);
    expect(JSON.stringify(sheetValues(ws, 'Бұйрықтар тізілімі 2025-2026'))).toBe(oldRegister);
    expect(ws.spreadsheet.getSheetByName('Академиялық күнтізбе 2025-2026')).not.toBeNull();
    expect(JSON.stringify(calendar.events)).toBe(oldEvents);

    const plan = rows(ws);
    expect(plan).toHaveLength(127);
    const row = (id: string) => plan.find((r) => r.ID === id)!;
    // Explicit years a year on, in deadlines and activities; a historical range stays.
    expect(row('1.01')['Орындау мерзімі']).toBe('2026 ж. 1 қыркүйегіне дейін');
    expect(row('1.02')['Орындау мерзімі']).toBe('28.08.2026 ж. дейін');
    expect(row('1.02')['Іс-шаралар']).toMatch(/^2026-2027 оқу жылына/);
    expect(row('4.23')['Іс-шаралар']).toMatch(/1958 жылдан 2011 жылға дейін/);
    for (const item of PLAN_2025_2026.items) {
      const r = row(`${item.section}.${String(item.no).padStart(2, '0')}`);
      expect(String(r['Орындау мерзімі']).replace(/2027/g, '2026').replace(/2026/g, 'Y')).toBe(
        item.deadline.replace(/2026/g, 'Y').replace(/2025/g, 'Y'),
      );
    }
    // The items' Russian names (Set up's and the department's own) carry over.
    expect(row('1.02')['Атауы (орысша)']).toBe('Утверждение академических календарей');
    expect(row('1.44')['Атауы (орысша)']).toBe('Состав апелляционной комиссии');
    // The academic-calendar periods each item is linked to carry over (the ids are every year's): an item read
    // "Академиялық күнтізбеге сәйкес" keeps its due dates, reminders and events, and no row asks for a period again.
    const old = rows(ws, 'Жоспар 2025-2026');
    const links = (r: Record<string, unknown>[]) => r.map((x) => [x.ID, x['Күнтізбе кезеңдері']]);
    expect(links(plan)).toEqual(links(old));
    expect(row('3.11')['Күнтізбе кезеңдері']).not.toBe('');
    expect(row('3.11')['Келесі мерзім']).not.toBe('');
    expect(plan.filter((r) => /кезең ID/.test(String(r['Мәселелер'])))).toEqual([]);
    // Statuses, evidence and documents cleared.
    expect(plan.every((r) => r['Мәртебе'] === 'Жоспарланған')).toBe(true);
    expect(plan.every((r) => r['Дәлел сілтемесі'] === '' && r['Құжат'] === '')).toBe(true);

    // Days off of 2026-2027 from the law (checked by hand in test/core/year-days-off.test.ts): 26.10.2026 (25 Oct
    // was a Sunday), 16.12.2026, 1, 4 (2 Jan a Saturday) and 7.01.2027, 8.03, 22-24.03 (21 Mar a Sunday), 3.05
    // (1 May a Saturday), 7.05, 10.05 (9 May a Sunday), 16.05 (Kurban Ait, from the table) and 6.07.2027.
    const s = settings(ws);
    expect(s.get('academicYear')).toBe('2026-2027');
    expect(s.get('daysOff')).toBe(
      '26.10.2026, 16.12.2026, 01.01.2027, 04.01.2027, 07.01.2027, 08.03.2027, 22.03.2027, 23.03.2027, ' +
        '24.03.2027, 03.05.2027, 07.05.2027, 10.05.2027, 16.05.2027, 06.07.2027',
    );
    expect(s.get('daysOffSource')).toBe('заң бойынша есептелген 2026-2027'); // computed, in the Settings language
    // The report names them as the Settings sheet shows them: the setting's name and dd.MM.yyyy, not a code and ISO.
    expect(out.report).toContain(
      'Демалыс күндері заң мен «Жылжымалы мерекелер» баптауынан есептелді («Баптаулар» парағында тексеріңіз): ' +
        s.get('daysOff'),
    );
    // Next year's intake (2026–2027 in last year's plan) is the year after, not "2027–2027".
    expect(row('1.18')['Іс-шаралар']).toMatch(/2027–2028 оқу жылына қабылдау/);
    expect(s.get('calendarId')).toBe('');
    // The academic calendar estimate is the new year's.
    const periods = rows(ws, 'Академиялық күнтізбе');
    expect(periods.find((p) => p.ID === 'ap-1')).toBeDefined();

    // The register restarts: the first order of the new year is number 1, in the new year's calendar.
    expect(sheetValues(ws, 'Бұйрықтар тізілімі')).toHaveLength(1);
    ws.clock.advance(20 * 24 * 3600 * 1000);
    addon.josparGenerateDocuments({ ids: ['1.07'], interactive: false });
    expect(sheetValues(ws, 'Бұйрықтар тізілімі')[1][0]).toBe(1);
    addon.josparSyncCalendar();
    const calendars = ws.calendars.calendars.filter((c) => c.id !== ws.calendars.defaultId);
    expect(calendars).toHaveLength(2);
    expect(JSON.stringify(calendar.events)).toBe(oldEvents);

    // Run again: nothing to do.
    const again = addon.josparNewAcademicYear('2026-2027', false) as Outcome;
    expect(again.ok).toBe(false);
    expect(again.report[0]).toMatch(/2026-2027/);
  });

  it('reads every rolled deadline without new errors', () => {
    const ctx = (year = Y1) => ({
      year,
      calendar: calendarEstimate(year),
      daysOff: new Set(daysOffFor(year)),
      policy: 'previous' as const,
    });
    const rolled = rollPlan(PLAN_2025_2026, Y1);
    expect(rolled.academicYear).toBe('2026-2027');
    rolled.items.forEach((item, i) => {
      const id = `${item.section}.${String(item.no).padStart(2, '0')}`;
      const links = SUGGESTED_LINKS_2025_2026[id] ?? [];
      const before = parseDeadline(PLAN_2025_2026.items[i].deadline, { ...ctx(Y1), links });
      const after = parseDeadline(item.deadline, { ...ctx(Y2), links });
      expect({ id, errors: after.errors.length }).toEqual({ id, errors: before.errors.length });
      expect({ id, due: after.due.length }).toEqual({ id, due: before.due.length });
      // Every date the text gives a year on (29 February aside, which neither year has); a date read from the academic
      // calendar moves with the estimate's periods, which keep their weekdays (calendar-estimate.ts): at most 3 days.
      if (after.anchors.length === 0)
        expect(after.due.map((d) => d.slice(4))).toEqual(before.due.map((d) => d.slice(4)));
      else
        after.due.forEach((d, k) =>
          expect({ id, off: Math.abs(daysBetween(shiftYears(before.due[k], 1), d)) <= 3 }).toEqual({ id, off: true }),
        );
    });
  });
});

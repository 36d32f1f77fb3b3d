import { documented, gas, GAS, workspace } from './reference';

describe('CalendarApp', () => {
  documented(
    `${GAS}calendar/calendar#setName(String)`,
    'setName renames a calendar; getCalendarsByName finds it by its new name only',
    () => {
      const { CalendarApp } = gas(workspace());
      const cal = CalendarApp.createCalendar('Jospar — Жоспар');
      cal.setName('Jospar — Жоспар 2025-2026');
      expect(cal.getName()).toBe('Jospar — Жоспар 2025-2026');
      expect(CalendarApp.getCalendarsByName('Jospar — Жоспар')).toHaveLength(0);
      expect(CalendarApp.getCalendarsByName('Jospar — Жоспар 2025-2026').map((c) => c.getId())).toEqual([cal.getId()]);
    },
  );
});

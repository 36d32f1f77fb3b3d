/**
 * Conformance of the emulated Calendar advanced service (Calendar API v3) with Google's reference, for what the sync
 * uses (see reference.ts for the suite's rules). The service is driven through the `Calendar` global typed as the
 * add-on types it (src/gas/calendar/calendar-v3.ts); the emulated classes are checked against @types'
 * GoogleAppsScript.Calendar.Collection by `Emulates`. Errors reach Apps Script as a
 * GoogleJsonResponseException "API call to calendar.<method> failed with error: <message>" whose `details` carry the
 * JSON error of the guides/errors page (code, message, errors[{domain, reason}]).
 */
import type { CalendarV3, EventResource } from '../../../src/gas/calendar/calendar-v3';
import { instancesOf, type ApiEvent } from '../../../src/local/workspace/calendar-api';
import type { WorkspaceOptions } from '../../../src/local/workspace/workspace';
import { documented, workspace } from './reference';

const API = 'https://developers.google.com/workspace/calendar/api';
const REF = `${API}/v3/reference`;
const ERRORS = `${API}/guides/errors`;
const RECURRING = `${API}/guides/recurringevents`;

/** A Workspace, its `Calendar` global as the add-on types it, and a fresh secondary calendar. */
function setUp(options: WorkspaceOptions = {}) {
  const ws = workspace(options);
  const Calendar = (ws.globals() as unknown as { Calendar: CalendarV3 }).Calendar;
  const cal = Calendar.Calendars.insert({ summary: 'Jospar — test', timeZone: 'Asia/Almaty' }).id;
  return { ws, Calendar, cal };
}

const day = (date: string, extra: EventResource = {}): EventResource => ({
  summary: 'x',
  start: { date },
  end: { date: new Date(Date.parse(`${date}T00:00:00Z`) + 86400000).toISOString().slice(0, 10) },
  ...extra,
});

/** The error a call throws, with its HTTP code. */
function failure(f: () => unknown): { message: string; code: number; reason: string; domain: string } {
  try {
    f();
  } catch (e) {
    const d = (e as { details?: { code: number; errors: Array<{ reason: string; domain: string }> } }).details;
    return {
      message: String((e as Error).message),
      code: d?.code ?? 0,
      reason: d?.errors[0]?.reason ?? '',
      domain: d?.errors[0]?.domain ?? '',
    };
  }
  throw new Error('expected the call to fail');
}

describe('Calendar advanced service (v3): calendars', () => {
  documented(`${REF}/calendars/insert`, 'a secondary calendar needs a summary and gets an id', () => {
    const { Calendar } = setUp();
    const made = Calendar.Calendars.insert({ summary: 'Dept', timeZone: 'Asia/Almaty' });
    expect(Calendar.Calendars.get(made.id)).toMatchObject({ id: made.id, summary: 'Dept', timeZone: 'Asia/Almaty' });
    expect(failure(() => Calendar.Calendars.insert({} as { summary: string })).code).toBe(400);
  });

  documented(`${ERRORS}#404_not_found`, 'an unknown calendar is 404 Not Found', () => {
    const { Calendar } = setUp();
    const f = failure(() => Calendar.Events.insert(day('2025-10-01'), 'nobody@group.calendar.google.com'));
    expect(f).toMatchObject({ code: 404, reason: 'notFound' });
    expect(f.message).toBe('API call to calendar.events.insert failed with error: Not Found');
  });
});

describe('Calendar advanced service (v3): events', () => {
  documented(`${REF}/events#id`, 'a client id is base32hex (a-v, 0-9), 5 to 1024 characters', () => {
    const { Calendar, cal } = setUp();
    expect(Calendar.Events.insert(day('2025-10-01', { id: 'abcde' }), cal).id).toBe('abcde');
    expect(Calendar.Events.insert(day('2025-10-01', { id: 'v'.repeat(1024) }), cal).id).toHaveLength(1024);
    for (const bad of ['abcd', 'abcdw', 'ABCDE', 'abc-de', 'v'.repeat(1025)])
      expect(failure(() => Calendar.Events.insert(day('2025-10-01', { id: bad }), cal)).code).toBe(400);
  });

  documented(`${ERRORS}#409_the_requested_identifier_already_exists`, 'an id in use is 409, a removed one too', () => {
    const { Calendar, cal } = setUp();
    Calendar.Events.insert(day('2025-10-01', { id: 'jsp00001' }), cal);
    const f = failure(() => Calendar.Events.insert(day('2025-10-02', { id: 'jsp00001' }), cal));
    expect(f).toMatchObject({ code: 409, reason: 'duplicate' });
    expect(f.message).toMatch(/failed with error: The requested identifier already exists\.$/);
    Calendar.Events.remove(cal, 'jsp00001');
    expect(failure(() => Calendar.Events.insert(day('2025-10-02', { id: 'jsp00001' }), cal)).code).toBe(409);
  });

  documented(`${REF}/events/insert`, 'start and end are required, and the end comes after the start', () => {
    const { Calendar, cal } = setUp();
    expect(failure(() => Calendar.Events.insert({ summary: 'x', start: { date: '2025-10-01' } }, cal)).code).toBe(400);
    const empty = failure(() => Calendar.Events.insert(day('2025-10-01', { end: { date: '2025-10-01' } }), cal));
    expect(empty.message).toMatch(/The specified time range is empty\./);
  });

  documented(`${REF}/events/patch`, 'a patch changes the fields given; objects merge, arrays are replaced', () => {
    const { Calendar, cal } = setUp();
    const e = Calendar.Events.insert(
      day('2025-10-01', {
        description: 'd',
        attendees: [{ email: 'a@edu.ektu.kz' }, { email: 'b@edu.ektu.kz' }],
        extendedProperties: { private: { jospar: '1', josparKey: '1.01#1' } },
      }),
      cal,
    );
    const p = Calendar.Events.patch(
      { summary: 'y', attendees: [{ email: 'c@edu.ektu.kz' }], extendedProperties: { private: { josparC: 'h' } } },
      cal,
      e.id!,
    );
    expect(p).toMatchObject({ summary: 'y', description: 'd', attendees: [{ email: 'c@edu.ektu.kz' }] });
    expect(p.extendedProperties!.private).toEqual({ jospar: '1', josparKey: '1.01#1', josparC: 'h' });
    expect(failure(() => Calendar.Events.patch({ summary: 'z' }, cal, 'nosuchevent')).code).toBe(404);
  });

  documented(
    `${REF}/events/get`,
    'a removed event is still returned, with status "cancelled"; an unknown id is 404',
    () => {
      const { Calendar, cal } = setUp();
      const e = Calendar.Events.insert(day('2025-10-01'), cal);
      Calendar.Events.remove(cal, e.id!);
      expect(Calendar.Events.get(cal, e.id!).status).toBe('cancelled');
      expect(failure(() => Calendar.Events.get(cal, 'nosuchevent')).code).toBe(404);
      // A patch restores it.
      expect(Calendar.Events.patch({ status: 'confirmed' }, cal, e.id!).status).toBe('confirmed');
    },
  );

  documented(`${ERRORS}#410_gone`, 'removing an event already removed is 410 "Resource has been deleted"', () => {
    const { Calendar, cal } = setUp();
    const e = Calendar.Events.insert(day('2025-10-01'), cal);
    Calendar.Events.remove(cal, e.id!);
    const f = failure(() => Calendar.Events.remove(cal, e.id!));
    expect(f).toMatchObject({ code: 410, reason: 'deleted' });
    expect(f.message).toBe('API call to calendar.events.delete failed with error: Resource has been deleted');
    expect(failure(() => Calendar.Events.remove(cal, 'nosuchevent')).code).toBe(404);
  });

  documented(`${REF}/events/list`, 'removed events are listed only with showDeleted', () => {
    const { Calendar, cal } = setUp();
    const a = Calendar.Events.insert(day('2025-10-01'), cal);
    Calendar.Events.insert(day('2025-10-02'), cal);
    Calendar.Events.remove(cal, a.id!);
    expect(Calendar.Events.list(cal).items).toHaveLength(1);
    expect(Calendar.Events.list(cal, { showDeleted: true }).items).toHaveLength(2);
  });

  documented(
    `${REF}/events/list`,
    'privateExtendedProperty name=value matches private properties only; repeated, all must match',
    () => {
      const { Calendar, cal } = setUp();
      Calendar.Events.insert(day('2025-10-01', { extendedProperties: { private: { jospar: '1', k: 'a' } } }), cal);
      Calendar.Events.insert(day('2025-10-02', { extendedProperties: { private: { jospar: '1', k: 'b' } } }), cal);
      Calendar.Events.insert(
        day('2025-10-03', { extendedProperties: { shared: { jospar: '1' } } } as unknown as EventResource),
        cal,
      );
      expect(Calendar.Events.list(cal, { privateExtendedProperty: 'jospar=1' }).items).toHaveLength(2);
      const both = Calendar.Events.list(cal, { privateExtendedProperty: ['jospar=1', 'k=b'] }).items!;
      expect(both.map((e) => e.start!.date)).toEqual(['2025-10-02']);
    },
  );

  documented(
    `${REF}/events/list`,
    'pages hold maxResults (250 by default, at most 2500) and chain by pageToken',
    () => {
      const { Calendar, cal } = setUp();
      for (let i = 0; i < 260; i++) Calendar.Events.insert(day('2025-10-01'), cal);
      const first = Calendar.Events.list(cal);
      expect(first.items).toHaveLength(250);
      const second = Calendar.Events.list(cal, { pageToken: first.nextPageToken });
      expect(second.items).toHaveLength(10);
      expect(second.nextPageToken).toBeUndefined();
      expect(Calendar.Events.list(cal, { maxResults: 2500 }).items).toHaveLength(260);
      expect(failure(() => Calendar.Events.list(cal, { maxResults: 2501 })).code).toBe(400);
    },
  );

  documented(
    `${REF}/events/insert`,
    'sendUpdates: "none" (or absent) emails no guest, "all" emails each guest once',
    () => {
      const { ws, Calendar, cal } = setUp();
      const guests = [{ email: 'a@edu.ektu.kz' }, { email: 'b@gmail.com' }];
      const e = Calendar.Events.insert(day('2025-10-01', { attendees: guests }), cal, { sendUpdates: 'none' });
      Calendar.Events.insert(day('2025-10-02', { attendees: guests }), cal);
      expect(ws.calendars.emails).toEqual({});
      Calendar.Events.patch({ start: { date: '2025-10-03' }, end: { date: '2025-10-04' } }, cal, e.id!, {
        sendUpdates: 'all',
      });
      expect(ws.calendars.emails).toEqual({ 'a@edu.ektu.kz': 1, 'b@gmail.com': 1 });
      Calendar.Events.insert(day('2025-10-05', { attendees: guests }), cal, { sendUpdates: 'externalOnly' });
      expect(ws.calendars.emails).toEqual({ 'a@edu.ektu.kz': 1, 'b@gmail.com': 2 });
    },
  );

  documented(`${ERRORS}#403_rate_limit_exceeded`, 'a rate limit is 403 rateLimitExceeded (usageLimits)', () => {
    const { Calendar, cal } = setUp({ faults: [{ service: 'calendar', n: 2, mode: 'throw' }] });
    const f = failure(() => Calendar.Events.insert(day('2025-10-01'), cal));
    expect(f).toMatchObject({ code: 403, reason: 'rateLimitExceeded', domain: 'usageLimits' });
    expect(f.message).toMatch(/failed with error: Rate Limit Exceeded$/);
    expect(Calendar.Events.list(cal).items).toHaveLength(0); // refused before it took effect
  });

  documented(
    `${ERRORS}#403_user_rate_limit_exceeded`,
    'the per-user limit is 403 userRateLimitExceeded (usageLimits), as injected',
    () => {
      const { Calendar, cal } = setUp({
        faults: [{ service: 'calendar', n: 2, mode: 'throw', answer: 'userRateLimitExceeded' }],
      });
      const f = failure(() => Calendar.Events.insert(day('2025-10-01'), cal));
      expect(f).toMatchObject({ code: 403, reason: 'userRateLimitExceeded', domain: 'usageLimits' });
      expect(f.message).toMatch(/failed with error: User Rate Limit Exceeded$/);
    },
  );

  documented(`${ERRORS}#429_too_many_requests`, 'too many requests is 429 rateLimitExceeded (usageLimits)', () => {
    const { Calendar, cal } = setUp({
      faults: [{ service: 'calendar', n: 2, mode: 'throw', answer: 'tooManyRequests' }],
    });
    const f = failure(() => Calendar.Events.insert(day('2025-10-01'), cal));
    expect(f).toMatchObject({ code: 429, reason: 'rateLimitExceeded', domain: 'usageLimits' });
    expect(Calendar.Events.list(cal).items).toHaveLength(0);
  });

  documented(
    `${ERRORS}#403_calendar_usage_limits_exceeded`,
    'past the daily cap on new events, insert is 403 quotaExceeded "Calendar usage limits exceeded." until the next day',
    () => {
      const { ws, Calendar, cal } = setUp();
      ws.calendars.dailyCreateCap = 2;
      Calendar.Events.insert(day('2025-10-01'), cal);
      Calendar.Events.insert(day('2025-10-02'), cal);
      const f = failure(() => Calendar.Events.insert(day('2025-10-03'), cal));
      expect(f).toMatchObject({ code: 403, reason: 'quotaExceeded', domain: 'usageLimits' });
      expect(f.message).toMatch(/failed with error: Calendar usage limits exceeded\.$/);
      expect(Calendar.Events.list(cal).items).toHaveLength(2);
      ws.clock.advance(24 * 3600 * 1000);
      Calendar.Events.insert(day('2025-10-03'), cal);
      expect(Calendar.Events.list(cal).items).toHaveLength(3);
    },
  );
});

describe('Calendar advanced service (v3): recurrence', () => {
  const expand = (start: string, recurrence: string[]) => {
    const { Calendar, cal, ws } = setUp();
    const e = Calendar.Events.insert(day(start, { recurrence }), cal);
    return instancesOf(ws.calendars.calendars.find((c) => c.id === cal)!.events.find((x) => x.id === e.id) as ApiEvent);
  };

  documented(RECURRING, 'RRULE with BYSETPOS: the last weekday of each month', () => {
    expect(expand('2025-10-31', ['RRULE:FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;COUNT=4'])).toEqual([
      '2025-10-31',
      '2025-11-28',
      '2025-12-31',
      '2026-01-30',
    ]);
  });

  documented(RECURRING, 'BYMONTHDAY with BYDAY and BYSETPOS: the weekday on or before the 20th', () => {
    const rule = 'RRULE:FREQ=MONTHLY;BYMONTHDAY=18,19,20;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;COUNT=4';
    expect(expand('2025-09-19', [rule])).toEqual(['2025-09-19', '2025-10-20', '2025-11-20', '2025-12-19']);
  });

  documented(RECURRING, 'EXDATE removes instances and RDATE adds dates (VALUE=DATE for all-day events)', () => {
    const recurrence = [
      'RRULE:FREQ=MONTHLY;BYMONTHDAY=20;COUNT=4',
      'EXDATE;VALUE=DATE:20251220',
      'RDATE;VALUE=DATE:20251219',
    ];
    expect(expand('2025-10-20', recurrence)).toEqual(['2025-10-20', '2025-11-20', '2025-12-19', '2026-01-20']);
  });

  documented(RECURRING, 'INTERVAL counts periods from the start; a day a month lacks is skipped', () => {
    expect(expand('2025-10-31', ['RRULE:FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=31;COUNT=3'])).toEqual([
      '2025-10-31',
      '2025-12-31',
      '2026-08-31', // February, April and June have no 31st
    ]);
  });

  documented(RECURRING, 'a recurrence the API cannot read is refused', () => {
    const { Calendar, cal } = setUp();
    expect(
      failure(() => Calendar.Events.insert(day('2025-10-01', { recurrence: ['RRULE:FREQ=SOMETIMES'] }), cal)).code,
    ).toBe(400);
  });
});

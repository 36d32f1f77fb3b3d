/**
 * Issue 18, item 8: one calendar whatever fails. The write that notes a new calendar's id (document properties) fails
 * as a rate limit, once or every time it is tried; the next run must find the calendar, never make a second one.
 */
import { loadAddOn } from '../../src/local/run-addon';
import { Workspace } from '../../src/local/workspace/workspace';
import { installed } from '../helpers';

const ITEMS = [1, 2].map((no) => ({
  section: 1,
  sectionTitle: 'Бөлім',
  no,
  activity: `Іс-шара ${no}`,
  responsible: 'ОПҰжМБ бастығы',
  deadline: `${10 + no}.11.2025 ж. дейін`,
  deliverable: 'Есеп',
}));

/** A small plan set up; the properties write that notes the first sync's new calendar, counted from now. */
async function setUp() {
  const r = await installed();
  r.addon.josparImportPlan(ITEMS, 'small.json');
  const probe = Workspace.fromJSON(JSON.parse(JSON.stringify(r.ws.toJSON())));
  const write = probe.counter.write.bind(probe.counter);
  let noteAt = 0;
  probe.counter.write = (service, what, apply, rateLimit) =>
    write(
      service,
      what,
      () => {
        const had = probe.properties.document.has('jospar.calendarId');
        const out = apply();
        if (service === 'properties' && !had && probe.properties.document.has('jospar.calendarId'))
          noteAt = (probe.counter.writes.get('properties') ?? 0) + 1;
        return out;
      },
      rateLimit,
    );
  loadAddOn(probe).josparSyncCalendar();
  expect(noteAt).toBeGreaterThan(0);
  return { state: JSON.stringify(r.ws.toJSON()), noteAt };
}

const ownCalendars = (ws: Workspace) => ws.calendars.calendars.filter((c) => c.id !== ws.calendars.defaultId);
const eventCount = (ws: Workspace) => ownCalendars(ws).reduce((n, c) => n + c.events.length, 0);

describe('one calendar whatever fails', () => {
  it.each([
    ['once (the retry notes it)', 1],
    ['every time it is tried (the id goes to _jospar)', 5],
  ])('the note of a new calendar fails %s: the next runs use that calendar', async (_what, times) => {
    const { state, noteAt } = await setUp();
    const faults = Array.from({ length: times }, (_x, i) => ({
      service: 'properties' as const,
      n: noteAt + i,
      mode: 'throw' as const,
    }));
    const ws = Workspace.fromJSON(JSON.parse(state), { faults });
    const first = loadAddOn(ws).josparSyncCalendar() as { ok: boolean };
    expect(first.ok).toBe(true);
    expect(ownCalendars(ws)).toHaveLength(1);
    // The next run (the trigger's, as its owner) and the one after: the same calendar, nothing made twice.
    const next = Workspace.fromJSON(JSON.parse(JSON.stringify(ws.toJSON())));
    const addon = loadAddOn(next);
    addon.josparHourly();
    addon.josparSyncCalendar();
    expect(ownCalendars(next)).toHaveLength(1);
    expect(eventCount(next)).toBe(ITEMS.length);
    expect(next.properties.document.get('jospar.calendarId')).toBe(ownCalendars(next)[0].id);
  });
});

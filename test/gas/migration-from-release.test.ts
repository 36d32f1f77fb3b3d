/**
 * Updating a department that already uses Jospar: the spreadsheet state saved by the previous release (commit 9f14da7,
 * test/fixtures/release-9f14da7, made by that release's own `jospar preview` and a person's edits) is opened by this
 * version, and Set up migrates every sheet. The assertions are about what a person keeps (items, statuses, dates done,
 * evidence, notes, period links, people, settings, periods, templates, the register, the Log, the mail already sent,
 * the calendar's events, the one schedule), and every sheet's columns are checked against the CURRENT layout, so the
 * test keeps holding as sheets change.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { ensureBuilt, loadAddOn } from '../../src/local/run-addon';
import { Workspace } from '../../src/local/workspace/workspace';
import {
  CALENDAR_SHEET,
  locateColumns,
  PLAN_SHEET,
  REGISTER_SHEET,
  ROLES_SHEET,
  SETTINGS_SHEET,
  SHEETS,
  sheetNames,
  TEMPLATES_SHEET,
  type SheetSpec,
} from '../../src/core/sheets/layout';
import { readKeyValues } from '../../src/core/sheets/readers';
import { readSettings } from '../../src/core/sheets/settings';
import { parseStatus } from '../../src/core/sheets/status';
import { cellDay } from '../helpers';

const FIXTURE = join(__dirname, '..', 'fixtures', 'release-9f14da7', 'state.json.gz');

function savedState(): unknown {
  return JSON.parse(gunzipSync(readFileSync(FIXTURE)).toString('utf8'));
}

/** A sheet's rows as column key → cell, by the given layout (found by its name in any language). */
function rows(ws: Workspace, spec: SheetSpec): Array<Map<string, unknown>> {
  const sheet = ws.spreadsheet._sheets.find((s) => sheetNames(spec).includes(s.getName()));
  if (!sheet) return [];
  const values = sheet.getDataRange().getValues();
  const cols = locateColumns(spec, values[0] as string[]);
  return values.slice(1).map((r) => new Map([...cols].map(([k, i]) => [k, r[i]])));
}

function text(ws: Workspace, spec: SheetSpec): { name: string; values: string[][] } | null {
  const sheet = ws.spreadsheet._sheets.find((s) => sheetNames(spec).includes(s.getName()));
  return sheet ? { name: sheet.getName(), values: sheet.getDataRange().getDisplayValues() } : null;
}

const day = (v: unknown) =>
  v instanceof Date || Object.prototype.toString.call(v) === '[object Date]' ? cellDay(v) : v;

/** What a person keeps in each sheet, read from a workspace. */
function kept(ws: Workspace) {
  const byId = (spec: SheetSpec, key: string, fields: string[]) =>
    new Map(rows(ws, spec).map((r) => [String(r.get(key)), fields.map((f) => day(r.get(f) ?? ''))]));
  return {
    plan: new Map(
      rows(ws, PLAN_SHEET).map((r) => [
        String(r.get('id')),
        {
          status: parseStatus(String(r.get('status') ?? '')),
          doneOn: day(r.get('doneOn')),
          text: ['activity', 'responsible', 'deadline', 'deliverable', 'links', 'evidence', 'notes'].map((k) =>
            String(r.get(k) ?? ''),
          ),
          document: String(r.get('docLink') ?? ''),
        },
      ]),
    ),
    roles: byId(ROLES_SHEET, 'role', ['emails', 'escalateTo', 'language', 'mute']),
    periods: byId(CALENDAR_SHEET, 'id', ['kind', 'start', 'end']),
    templates: rows(ws, TEMPLATES_SHEET).map((r) => String(r.get('template'))),
    register: rows(ws, REGISTER_SHEET).map((r) => [r.get('number'), r.get('item'), r.get('link')].join(' ')),
    settings: readSettings(readKeyValues(text(ws, SETTINGS_SHEET))),
  };
}

describe('a spreadsheet of the previous release (9f14da7), opened by this version', () => {
  let before: Workspace;
  let after: Workspace;
  const sheetsBefore: string[] = [];
  let logBefore: string[][] = [];
  let notificationsBefore = 0;
  let sentBefore = 0;

  beforeAll(async () => {
    await ensureBuilt();
    before = Workspace.fromJSON(savedState());
    after = Workspace.fromJSON(savedState());
    sheetsBefore.push(...before.spreadsheet._sheets.map((s) => s.getName()));
    logBefore = text(
      before,
      SHEETS.find((s) => s.key === 'log')!,
    )!.values;
    notificationsBefore = text(
      before,
      SHEETS.find((s) => s.key === 'notifications')!,
    )!.values.length;
    sentBefore = after.mail.sent.length;
    const addon = loadAddOn(after);
    addon.onOpen({});
    const outcome = addon.josparSetUpPlan() as { ok: boolean };
    expect(outcome.ok).toBe(true);
  });

  test('the fixture is a real saved state with every sheet of the previous release', () => {
    for (const spec of SHEETS) expect(sheetsBefore.some((n) => sheetNames(spec).includes(n))).toBe(true);
    // The person's own work the fixture holds (so the checks below check something).
    const plan = kept(before).plan;
    expect(plan.get('1.07')?.status).toBe('done');
    expect(plan.get('2.10')?.status).toBe('in-progress');
    expect(plan.get('1.27')?.status).toBe('cancelled');
  });

  test('every sheet is still there and has every column of the current layout', () => {
    const names = after.spreadsheet._sheets.map((s) => s.getName());
    for (const name of sheetsBefore) expect(names).toContain(name);
    for (const spec of SHEETS) {
      const t = text(after, spec);
      expect(t).not.toBeNull();
      const found = locateColumns(spec, t!.values[0]);
      expect({ sheet: spec.key, missing: spec.columns.map((c) => c.key).filter((k) => !found.has(k)) }).toEqual({
        sheet: spec.key,
        missing: [],
      });
    }
  });

  test("the Plan keeps every item and every person's cell: statuses, dates done, evidence, notes, links", () => {
    const was = kept(before).plan;
    const now = kept(after).plan;
    expect([...now.keys()].sort()).toEqual([...was.keys()].sort());
    for (const [id, item] of was) {
      expect({ id, ...now.get(id)!, document: undefined }).toEqual({ id, ...item, document: undefined });
      // A generated document stays linked to its row.
      if (item.document) expect(now.get(id)!.document).toBe(item.document);
    }
  });

  test('people, settings, periods, templates and the order register are kept', () => {
    const was = kept(before);
    const now = kept(after);
    expect(now.roles).toEqual(was.roles);
    expect(now.settings).toEqual(was.settings);
    expect(now.settings.reminderDays).toEqual([5, 1]);
    expect(now.periods).toEqual(was.periods);
    expect(now.templates).toEqual(was.templates);
    expect(now.register).toEqual(was.register);
  });

  test('the Log keeps its lines and the Notifications their rows', () => {
    const log = text(
      after,
      SHEETS.find((s) => s.key === 'log')!,
    )!.values;
    for (const line of logBefore.slice(1)) expect(log.map((r) => r.join('|'))).toContain(line.join('|'));
    expect(
      text(
        after,
        SHEETS.find((s) => s.key === 'notifications')!,
      )!.values.length,
    ).toBeGreaterThanOrEqual(notificationsBefore);
  });

  test('after the update nothing is sent twice, no event is doubled, and there is still one schedule', () => {
    const addon = loadAddOn(after);
    addon.josparDailyMail();
    // The day's mail went out under the previous release: the new one does not send it again.
    expect(after.mail.sent.length).toBe(sentBefore);
    addon.josparSyncCalendar();
    const own = after.calendars.calendars.filter((c) => c.id !== after.calendars.defaultId);
    expect(own.length).toBe(1);
    const live = own[0].events.filter((e) => e.status !== 'cancelled');
    const keys = live.map((e) => `${e.extendedProperties?.private?.josparKey}@${e.start.date}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(after.triggers.filter((t) => t.type === 'CLOCK').length).toBe(1);
  });
});

/**
 * The schedule survives people: two users in the emulation. The owner's hourly trigger stops (their account is
 * suspended: it never fires again); after 26 hours the next person who opens the spreadsheet is told, takes the
 * schedule over, and from then on exactly one trigger works — cut off at any write of the take-over and run again,
 * it ends as if never cut. onOpen stays valid without authorisation.
 */
import { readFileSync } from 'node:fs';
import { ensureBuilt, loadAddOn, type AddOn } from '../../src/local/run-addon';
import { Workspace, type WorkspaceState } from '../../src/local/workspace/workspace';
import { LAST_RUN_PROPERTY, OWNER_PROPERTY } from '../../src/core/schedule/owner';
import { sweep, type Step } from '../cut-replay';
import { installed, settingsMap } from '../helpers';
import { SMALL_PLAN } from '../warm-fixtures';

const A = 'specialist@edu.ektu.kz'; // the workspace's user, who turned the schedule on
const B = 'director@edu.ektu.kz';
const HOUR = 3600_000;
let saved: WorkspaceState;
let code: string;

/** A's schedule, run once, then silent for 27 hours (A's account suspended). */
beforeAll(async () => {
  const { ws, addon } = await installed();
  // The small plan: the schedule's owner is the spreadsheet's, whatever the plan holds (its sweep replays it per cut).
  addon.josparImportPlan(SMALL_PLAN, 'small-plan.json', 1);
  addon.josparScheduleOn();
  addon.josparHourly();
  ws.clock.advance(27 * HOUR);
  saved = ws.snapshot();
  code = readFileSync(await ensureBuilt(), 'utf8');
});

function open(): { ws: Workspace; addon: AddOn } {
  const ws = Workspace.fromJSON(saved);
  return { ws, addon: loadAddOn(ws, code) };
}

/** The owners of the schedule's triggers. */
const hourlyOwners = (ws: Workspace) => ws.triggers.filter((t) => t.handler === 'josparHourly').map((t) => t.owner);
/** A floor under the take-over's cut points (3 today), so a recording that lost writes cannot pass. */
const CUTS = 3;

const owner = (ws: Workspace) => JSON.parse(ws.properties.document.get(OWNER_PROPERTY) ?? 'null')?.email ?? null;

/** Every Jospar trigger fires once, as its maker; which of them did the schedule's work (noted its run). */
function fireAll(ws: Workspace, addon: AddOn): string[] {
  const worked: string[] = [];
  for (const t of [...ws.triggers].filter((t) => t.handler === 'josparHourly')) {
    ws.clock.advance(60_000);
    const before = ws.properties.document.get(LAST_RUN_PROPERTY);
    ws.runAs = t.owner === ws.user ? null : (t.owner ?? null);
    addon.josparHourly();
    ws.runAs = null;
    if (ws.properties.document.get(LAST_RUN_PROPERTY) !== before) worked.push(t.owner ?? ws.user);
  }
  return worked;
}

test('the owner and the last run are recorded; after 26 hours the next person to open is told', () => {
  const { ws, addon } = open();
  expect(owner(ws)).toBe(A);
  expect(settingsMap(ws).get('scheduleOwner')).toMatch(new RegExp(`^${A} · `));
  ws.runAs = B;
  addon.onOpen({ authMode: 'LIMITED' });
  const toast = ws.spreadsheet._toasts.at(-1)!;
  expect(toast.message).toMatch(/27 сағаттан бері іске қосылмады/);
  expect(toast.message).toContain(A);
  // The sidebar's start tab says who owns it and that it has stopped.
  const reply = addon.josparSidebarOpen(null) as {
    value: { firstRun: { schedule: { text: string; stale: boolean } } };
  };
  expect(reply.value.firstRun.schedule.stale).toBe(true);
  expect(reply.value.firstRun.schedule.text).toContain(A);
});

test('onOpen in AuthMode.NONE builds the menu and touches nothing that needs authorisation', () => {
  const { ws, addon } = open();
  ws.counter.reset();
  addon.onOpen({ authMode: 'NONE' });
  expect(ws.ui.menus.at(-1)!.items.length).toBeGreaterThan(5);
  expect([...ws.counter.counts.keys()].filter((k) => !/^(SpreadsheetApp\.getUi|Ui\.|Menu\.)/.test(k))).toEqual([]);
});

test("Take over the schedule: the new owner works, the former owner's trigger removes itself; one trigger", () => {
  const { ws, addon } = open();
  ws.runAs = B;
  expect((addon.josparTakeOverSchedule(false) as { ok: boolean }).ok).toBe(true);
  ws.runAs = null;
  expect(owner(ws)).toBe(B);
  // Settings shows the new owner (and, after its first run, the day it ran).
  expect(settingsMap(ws).get('scheduleOwner')).toBe(B);
  // A's trigger, should it ever fire again, does nothing and goes.
  expect(fireAll(ws, addon)).toEqual([B]);
  expect(ws.triggers.filter((t) => t.handler === 'josparHourly').map((t) => t.owner)).toEqual([B]);
  expect(settingsMap(ws).get('scheduleOwner')).toMatch(new RegExp(`^${B} · \\d\\d\\.\\d\\d\\.\\d{4}$`));
  expect(fireAll(ws, addon)).toEqual([B]);
  // Turning it on again as A is a take-over too (asked first), never a second working trigger.
  ws.uiAnswers.push('NO');
  addon.josparScheduleOn();
  expect(owner(ws)).toBe(B);
  ws.uiAnswers.push('YES');
  addon.josparScheduleOn();
  expect(fireAll(ws, addon)).toEqual([A]);
  expect(ws.triggers.filter((t) => t.handler === 'josparHourly').map((t) => t.owner)).toEqual([A]);
});

test('a take-over cut off at any write, then run again, ends as if never cut; never two working triggers', () => {
  const takeOver: Step = (addon, ws) => {
    ws.runAs = B;
    addon.josparTakeOverSchedule(false);
    ws.runAs = null;
  };
  /** After the take-over: B owns the schedule, B's trigger alone works, and it is the one Jospar trigger. */
  const endsWithB = (ws: Workspace, addon: AddOn): string => {
    const end = { owner: owner(ws), worked: fireAll(ws, addon), triggers: hourlyOwners(ws) };
    return JSON.stringify(end) === JSON.stringify({ owner: B, worked: [B], triggers: [B] }) ? '' : JSON.stringify(end);
  };
  // Every service the take-over writes (the triggers, the owner's record, Settings' view of it), every write.
  const r = sweep(saved, [takeOver], code, {
    // Meanwhile the triggers fire: at most one works; then the take-over again ends with B's alone.
    meanwhile: (ws) => {
      const addon = loadAddOn(ws, code);
      const worked = fireAll(ws, addon);
      if (worked.length > 1) return `${worked.join(', ')} worked at once`;
      takeOver(addon, ws);
      return endsWithB(ws, addon);
    },
    check: (ws) => endsWithB(ws, loadAddOn(ws, code)),
  });
  expect(r.failures).toEqual([]);
  expect([...r.cuts.keys()].sort()).toEqual(['properties', 'script', 'sheets']);
  expect([...r.cuts.values()].reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(CUTS);
});

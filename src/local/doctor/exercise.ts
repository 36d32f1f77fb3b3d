/**
 * Every entry point of the built add-on run once on a fresh local workspace, in the order a department uses them (the
 * steps of `npm start`, the menu, the schedule, the sidebar's actions), to learn every Apps Script call the add-on
 * makes from the emulation's call log. An entry point not listed here (a new one) is still called, with no arguments,
 * so its calls are audited too. A call that fails is fine: the calls it made before failing are counted.
 */
import { setSetting } from '../cli/bench-plans';
import { readFileSync } from 'node:fs';
import { PLAN_2025_2026 } from '../../core/plan/plan-2025-2026';
import { CARDS_JS, CODE_JS, ensureBuilt, entryPoints, loadAddOn, loadCardAddOn } from '../run-addon';
import { calendarEvent, gmailEvent, homepageEvent } from '../workspace/addon-events';
import { mailboxOf } from '../workspace/gmail';
import { Workspace } from '../workspace/workspace';
import type { MenuState } from '../workspace/ui';
import { applyPeople, EXAMPLE_PEOPLE, readPeopleCsv } from '../cli/people';

type Step = [entry: string, ...args: unknown[]];

const ITEM = '1.07';
/**
 * Items of the embedded plan of every kind the add-on treats apart (orders, monthly, linked to a period, whole year,
 * on demand, a date): the calls are the same as for the whole plan, at a fraction of the time.
 */
const KINDS = ['1.07', '1.24', '1.25', '1.27', '2.10', '3.06', '4.11'];
const SMALL_PLAN = PLAN_2025_2026.items.filter((i) => KINDS.includes(`${i.section}.${String(i.no).padStart(2, '0')}`));
const STEPS: Step[] = [
  ['onInstall', {}],
  ['onOpen', {}],
  ['josparSidebarOpen', null],
  ['josparImportPlan', SMALL_PLAN, 'plan.json'],
  ['josparSetUpPlan'],
  ['josparRefreshDeadlines'],
  ['josparSyncCalendar'],
  ['josparCreateTemplates'],
  ['josparGenerateDocuments', { kind: 'order', interactive: false }],
  ['josparSendRemindersNow', { interactive: false }],
  ['josparDailyMail'],
  ['josparRemindRows', [ITEM], { interactive: false }],
  ['josparPrintPlan', false],
  ['josparExecutionReport', 'year', false],
  ['josparShowSidebar'],
  ['josparRefreshOverview'],
  ['josparImportPlanDialog'],
  ['josparApproveSettings', false],
  ['josparSidebarOpen', { id: ITEM }],
  ['josparSidebarOverview'],
  ['josparSidebarRefreshOverview'],
  ['josparSidebarSaveDeadline', ITEM, '2025 ж. қазан'],
  ['josparSidebarSyncItem', ITEM],
  ['josparSidebarGenerate', ITEM, true],
  ['josparSidebarRemind', ITEM],
  ['josparSidebarMarkDone', ITEM, {}],
  ['josparSidebarMarkCancelled', '1.24'],
  ['josparSetItemStatus', '1.25', 'in-progress'],
  ['josparSidebarProgress'],
  ['josparSidebarSetLanguage', 'ru'],
  ['josparSidebarShowRoles'],
  ['josparScheduleOn'],
  ['josparHourly'],
  ['josparContinueDocuments'],
  ['josparScheduleOff'],
  ['josparAbout'],
];

export interface Exercised {
  /** "Class.method" of every call the add-on made, with how many times. */
  calls: Map<string, number>;
  /** The top-level functions of Code.js (what Apps Script can call). */
  entries: string[];
  /** The handler of every menu item the add-on made. */
  menuHandlers: string[];
}

/** One exercise per build within a process (doctor audits several manifests against the same calls). */
let last: { code: string; result: Exercised } | null = null;

export async function exerciseAddOn(): Promise<Exercised> {
  await ensureBuilt();
  const code = readFileSync(CODE_JS, 'utf8');
  if (last?.code === code) return last.result;
  const result = exercise(code);
  last = { code, result };
  return result;
}

function exercise(code: string): Exercised {
  const ws = new Workspace({ now: Date.parse('2025-10-01T04:00:00Z') });
  const addon = loadAddOn(ws, code);
  const run = (entry: string, args: unknown[]) => {
    try {
      addon[entry](...args);
    } catch {
      // counted up to the failure
    }
  };
  const listed = new Set(STEPS.map(([entry]) => entry));
  for (const [entry, ...args] of STEPS) {
    if (addon[entry]) run(entry, args);
    // The fictional roster, as `npm start` fills it in after Set up: people to mail and invite.
    if (entry === 'josparImportPlan') applyPeople(ws, readPeopleCsv(EXAMPLE_PEOPLE).people);
  }
  for (const entry of entryPoints(code)) if (!listed.has(entry)) run(entry, []);
  // A simple onEdit of the Deadline cell, as Sheets calls it.
  const plan = ws.spreadsheet.getSheets()[0];
  if (plan) run('onEdit', [{ range: plan.getRange(2, 4), source: ws.spreadsheet, value: 'Ай сайын' }]);
  const handlers = (m: MenuState): string[] =>
    m.items.flatMap((i) => ('fn' in i ? [i.fn] : 'submenu' in i ? handlers(i.submenu) : []));
  return {
    calls: new Map(ws.counter.counts),
    entries: entryPoints(code),
    menuHandlers: [...new Set(ws.ui.menus.flatMap(handlers))],
  };
}

/** One card exercise per build of the Workspace add-on within a process. */
let lastCards: { code: string; result: Exercised } | null = null;

/**
 * The Workspace add-on's entry points (dist/cards/Code.js) run once each, as Calendar and Gmail call them, on a plan
 * set up, synced and mailed by the Sheets add-on: only the cards' own calls are kept (the Sheets add-on's are another
 * project's, audited against its own manifest).
 */
export async function exerciseCards(): Promise<Exercised> {
  await ensureBuilt();
  const code = readFileSync(CARDS_JS, 'utf8');
  if (lastCards?.code === code) return lastCards.result;
  const ws = new Workspace({ now: Date.parse('2025-10-01T04:00:00Z') });
  const sheets = loadAddOn(ws, readFileSync(CODE_JS, 'utf8'));
  sheets.josparImportPlan(SMALL_PLAN, 'plan.json');
  applyPeople(ws, readPeopleCsv(EXAMPLE_PEOPLE).people);
  sheets.josparRefreshDeadlines();
  sheets.josparSyncCalendar();
  sheets.josparRemindRows([ITEM], { interactive: false });
  ws.cardsProject.script.set('jospar.plans', ws.spreadsheet.getId());
  setSetting(ws, 'doneReview', 'yes');
  ws.counter.reset();
  const cards = loadCardAddOn(ws);
  const own = ws.calendars.calendars.find((c) => c.id !== ws.calendars.defaultId);
  const event = own?.events.find((e) => e.extendedProperties?.private?.josparKey?.startsWith(`${ITEM}#`));
  const mail = ws.mail.sent.find((m) => m.subject.includes(ITEM));
  const message = mail ? mailboxOf(ws.mail, mail.to[0]).find((m) => m.mail === mail) : undefined;
  const params = { plan: ws.spreadsheet.getId(), item: ITEM, lang: 'kk', key: 'doctor' };
  const action = (p: Record<string, string>) => ({
    commonEventObject: { ...homepageEvent(ws, 'CALENDAR').commonEventObject, parameters: p },
  });
  // The mail's reader, a viewer of the plan as most deans are, reports it done where a keeper confirms: the report is
  // mailed to the keeper (the owner here), who opens it in Gmail and returns it with a reason; the viewer reports
  // again, and the keeper confirms that one.
  const reader = message?.owner ?? '';
  if (reader) ws.spreadsheet._viewers.push(reader);
  const returned = { ...params, key: 'doctor-return' };
  const report = { ...params, key: 'doctor-report' };
  const steps: Step[] = [
    ['josparCardHome', homepageEvent(ws, 'CALENDAR')],
    ['josparCalendarEventOpen', event ? calendarEvent(ws, event.id, { from: 'guest' }) : {}],
    ['josparCardOpenRow', action(params)],
    ['josparCardOpenDocument', action(params)],
    ['viewer', () => cards.josparCardMarkDone(action(returned))],
    ['keeper', () => cards.josparCardReturnReport(action(returned))],
    ['viewer', () => cards.josparCardMarkDone(action(report))],
    ['viewer', () => message && cards.josparGmailMessageOpen(gmailEvent(ws, message.id))],
    ['keeper', () => cards.josparGmailMessageOpen(gmailEvent(ws, mailboxOf(ws.mail, ws.user).at(-1)!.id))],
    ['keeper', () => cards.josparCardConfirmReport(action(report))],
    ['josparCardMarkDone', action(params)],
  ];
  for (const [entry, ...args] of steps)
    try {
      ws.runAs = entry === 'viewer' ? reader : null;
      if (entry === 'viewer' || entry === 'keeper') (args[0] as () => unknown)();
      else cards[entry]?.(...args);
    } catch {
      // counted up to the failure
    }
  const result = { calls: new Map(ws.counter.counts), entries: entryPoints(code), menuHandlers: [] };
  lastCards = { code, result };
  return result;
}

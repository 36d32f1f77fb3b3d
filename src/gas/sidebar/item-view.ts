/**
 * What the sidebar shows when it opens: one server round trip that reads the Plan's header and the one row shown, and
 * the small sheets the live deadline reading needs (Settings, Academic calendar, Roles), plus the first-run state, and
 * the Notifications rows about the item (found, not read whole).
 */
import { scheduleNote } from '../schedule-owner';
import { DEFAULT_CALENDAR_2025_2026 } from '../../core/calendar/academic-calendar';
import { stateWord } from '../../core/i18n/state-words';
import type { Lang } from '../../core/i18n/lang';
import { reviewFromSheet } from '../../core/plan/done-request';
import type { ItemState } from '../../core/plan/item-state';
import { evaluateRow, splitLinks } from '../../core/plan/evaluate';
import { rowState } from '../../core/plan/system-values';
import { RoleDirectory } from '../../core/roles/directory';
import { splitResponsible } from '../../core/roles/split-responsible';
import { CALENDAR_SHEET, ROLES_SHEET, SETTINGS_SHEET, TEMPLATES_SHEET } from '../../core/sheets/layout';
import { cellReader, readCalendarSheet, readKeyValues, readRolesSheet } from '../../core/sheets/readers';
import { readSettings, type Settings } from '../../core/sheets/settings';
import { parseStatus } from '../../core/sheets/status';
import type { FirstRun, ItemView, ReadingContext, SidebarState } from '../../core/sidebar/view';
import { rememberedLang, todayIn } from '../context';
import { approvalOf, docIdOf } from '../documents/approvals';
import { findSheet, readSheet } from '../sheet-io';
import { Refusal } from './guard';
import { itemMail } from './item-mail';
import { findRow, openPlan, readRow, type PlanAccess } from './plan-access';
import { pendingReview } from '../plan/done-request';

export const ACTIONS = ['done', 'cancel', 'generate', 'open', 'sync', 'remind', 'deadline'];

/** What reading an item needs from a plan's small sheets: its Settings, Roles and the deadline reading context. */
export function planReading(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, tz: string, offset: number) {
  const settingsSheet = readSheet(findSheet(ss, SETTINGS_SHEET), offset);
  const values = readKeyValues(settingsSheet);
  const settings = readSettings(values);
  const calendarSheet = readSheet(findSheet(ss, CALENDAR_SHEET), offset);
  const rolesSheet = readSheet(findSheet(ss, ROLES_SHEET), offset);
  const roles = rolesSheet ? readRolesSheet(rolesSheet) : [];
  const context: ReadingContext = {
    year: settings.year,
    calendar: calendarSheet ? readCalendarSheet(calendarSheet).periods : DEFAULT_CALENDAR_2025_2026,
    daysOff: settings.daysOff,
    policy: settings.workingDayPolicy,
    conventions: settings.conventions,
    today: todayIn(tz),
    sheetLang: settings.language,
  };
  return { settings, values, settingsSheet, roles, context };
}

export function sidebarState(request: { id?: string } | null): SidebarState {
  const plan = openPlan();
  const ss = SpreadsheetApp.getActive();
  const tz = plan?.tz ?? (ss.getSpreadsheetTimeZone() || 'Asia/Almaty');
  const offset = plan?.offset ?? 0;
  const { settings, settingsSheet, roles, context } = planReading(ss, tz, offset);
  const templatesSheet = readSheet(findSheet(ss, TEMPLATES_SHEET), offset);
  const templateCell = templatesSheet ? cellReader(TEMPLATES_SHEET, templatesSheet.values[0] ?? []) : null;
  const firstRun: FirstRun = {
    planReady: !!plan && !!settingsSheet,
    rolesWithEmail: roles.filter((r) => r.emails.length > 0).length,
    roles: roles.length,
    calendarReady: !!settings.calendarId,
    templatesReady: !!templatesSheet && templatesSheet.values.slice(1).some((r) => templateCell!(r, 'template').trim()),
    schedule: scheduleNote(),
  };
  const actions = [...ACTIONS];
  if (!plan) return { firstRun, context: null, item: null, notice: 'eNoPlan', actions };
  const row = request?.id ? findRow(plan, request.id) : selectedRow(plan);
  if (request?.id && row === null) throw new Refusal('eNoItem', { id: request.id });
  if (row === null) return { firstRun, context, item: null, notice: 'noItem', actions };
  const found = itemAt(plan, row, new RoleDirectory(roles), settings, context);
  if (!found) return { firstRun, context, item: null, notice: 'eNotPlanRow', actions };
  // The page gets the view; the state itself stays on the server (the view carries its words).
  const { itemState: _state, ...item } = found;
  return { firstRun, context, item: { ...item, ...itemMail(ss, item.id, offset) }, notice: '', actions };
}

/** The user's selected row when it is on the Plan sheet below the header. */
function selectedRow(plan: PlanAccess): number | null {
  const range = plan.ss.getActiveRange();
  if (!range || range.getSheet().getName() !== plan.sheet.getName()) return null;
  return range.getRow() >= 2 ? range.getRow() : null;
}

export function itemAt(
  plan: PlanAccess,
  row: number,
  roles: RoleDirectory,
  settings: Settings,
  context: ReadingContext,
  options: { approval?: boolean; review?: boolean } = {},
): (Omit<ItemView, 'mail' | 'mailRows'> & { itemState: ItemState }) | null {
  const c = readRow(plan, row);
  const id = c.id.trim();
  if (!id) return null;
  const { today, calendar } = context;
  const ev = evaluateRow(
    { responsible: c.responsible, deadline: c.deadline, links: c.links },
    { settings, calendar, roles, today, daysOff: new Set(settings.daysOff) },
  );
  const state = rowState(ev, { status: c.status, doneOn: c.doneOn ?? '', today });
  const allowed = new Set([settings.emailDomain, ...settings.extraDomains]);
  return {
    id,
    row,
    unit: c.unit,
    no: c.no,
    activity: c.activity,
    responsible: c.responsible,
    roles: splitResponsible(c.responsible).map((m) => {
      const role = roles.find(m.name);
      return {
        name: role?.name ?? m.name,
        emails: (role?.emails ?? []).filter((e) => allowed.has(e.split('@')[1]?.toLowerCase() ?? '')),
        known: !!role,
      };
    }),
    deadline: c.deadline,
    links: splitLinks(c.links),
    deliverable: c.deliverable,
    status: parseStatus(c.status),
    statusText: c.status,
    evidence: c.evidence,
    doneDate: c.doneOn ?? '',
    nextDue: state.shownDue ?? '',
    state: state.kind,
    stateWord: stateWord(state, settings.language),
    daysLate: state.daysLate,
    docLink: c.docLink,
    // Read from Drive as the card opens (one approvals.list, only for an item that has a document).
    // (The Calendar / Gmail card has no Drive service: it leaves the approval out.)
    approval: options.approval === false ? '' : approvalOf(docIdOf(c.docLink ?? ''), rememberedLang()),
    calendarState: c.calendarState,
    warnings: c.warnings,
    // (The card runs in no document: the keeper's review records, in document properties, are the sidebar's.)
    review:
      options.review === false
        ? null
        : reviewOf(
            { id, status: c.status, doneOn: c.doneOn ?? '', evidence: c.evidence ?? '' },
            today,
            settings.language,
          ),
    itemState: state,
  };
}

/**
 * The item's report awaiting a keeper, as the card shows it (document properties: one read); a Status set to
 * submitted by hand is one too, its reporter unknown (core reviewFromSheet).
 */
function reviewOf(
  c: { id: string; status: string; doneOn: string; evidence: string },
  today: string,
  lang: Lang,
): ItemView['review'] {
  const p = pendingReview(c.id) ?? reviewFromSheet(c, today, lang);
  return p ? { who: p.r.w, day: p.r.t, evidence: p.r.e, note: p.r.n, via: p.r.v } : null;
}

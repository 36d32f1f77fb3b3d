/** "Set up plan": read each sheet once, let core decide, write each sheet at most once per rectangle, report. */
import type { PlanDocument } from '../core/plan/types';
import { PLAN_2025_2026 } from '../core/plan/plan-2025-2026';
import { SUGGESTED_LINKS_2025_2026 } from '../core/plan/suggested-links';
import { t } from '../core/i18n/messages';
import { planSetup, type SetupResult } from '../core/setup/plan-setup';
import { SHEETS, type SheetKey } from '../core/sheets/layout';
import { statusLabels } from '../core/sheets/status';
import { PERIOD_KINDS } from '../core/calendar/academic-calendar';
import { rememberedLang, rememberLang, tellUser, todayIn } from './context';
import { logRows } from './log';
import { applySheetPlan, findSheet, readHeader, readSheet, zoneOffsetMinutes } from './sheet-io';

export interface SetupOutcome { ok: boolean; report: string[]; result?: SetupResult }

export function setUpPlan(plan: PlanDocument = PLAN_2025_2026, options: { interactive?: boolean; restoreMissing?: boolean } = {}): SetupOutcome {
  const lang0 = rememberedLang();
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(30000)) {
    if (options.interactive !== false) tellUser('Jospar', t(lang0, 'busy'));
    return { ok: false, report: [t(lang0, 'busy')] };
  }
  try {
    const ss = SpreadsheetApp.getActive();
    const tz = ss.getSpreadsheetTimeZone() || Session.getScriptTimeZone();
    const offset = zoneOffsetMinutes(tz);
    const found = Object.fromEntries(SHEETS.map((spec) => [spec.key, findSheet(ss, spec)])) as Record<SheetKey, GoogleAppsScript.Spreadsheet.Sheet | null>;
    // The Log only grows and Set up needs only its header: it is the one sheet not read whole.
    const read = Object.fromEntries(SHEETS.map((spec) => [spec.key, spec.key === 'log' ? readHeader(found.log, offset) : readSheet(found[spec.key], offset)])) as Record<SheetKey, { name: string; values: string[][] } | null>;

    const result = planSetup({
      sheets: read, plan, today: todayIn(tz), defaultLang: lang0, restoreMissing: options.restoreMissing,
      suggestedLinks: plan === PLAN_2025_2026 ? SUGGESTED_LINKS_2025_2026 : undefined,
    });
    const lang = result.settings.language;
    const validations: Record<SheetKey, Record<string, string[]>> = {
      plan: { status: statusLabels(lang) }, calendar: { kind: PERIOD_KINDS }, roles: {}, settings: {}, log: {}, state: {},
    };
    // The Log gets its lines in the same write as the rest of that sheet.
    if (result.changed) {
      const logPlan = result.sheets.find((s) => s.key === 'log')!;
      const rows = logRows([
        { action: 'setup', result: result.report.join(' ') },
        ...result.problems.map((p) => ({ action: 'setup', item: `${p.sheet}:${p.row}`, result: p.message })),
      ], tz);
      if (logPlan.create) logPlan.writes[0].values.push(...rows);
      else logPlan.writes.push({ row: found.log!.getLastRow(), col: 0, values: rows });
    }
    for (const spec of SHEETS) {
      const sheetPlan = result.sheets.find((s) => s.key === spec.key)!;
      applySheetPlan(ss, spec, sheetPlan, found[spec.key], lang, validations[spec.key]);
    }
    rememberLang(lang);
    if (options.interactive !== false) tellUser(t(lang, 'setupTitle'), result.report.join('\n'));
    if (!found.plan) ss.setActiveSheet(findSheet(ss, SHEETS[0])!);
    return { ok: true, report: result.report, result };
  } finally {
    lock.releaseLock();
  }
}



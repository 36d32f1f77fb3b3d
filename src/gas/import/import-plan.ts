/**
 * "Import plan": a file the user uploaded (.docx, .xlsx, .csv, .json), read inside Apps Script, merged into the Plan
 * sheet by item id. The file is read whole before anything is written: a file Jospar cannot read changes nothing.
 */
import { ty } from '../../core/i18n/year-messages';
import { mergePlan } from '../../core/plan/import/merge';
import { planFileKind, planFromText } from '../../core/plan/import/plan-file-kind';
import { planFromTable } from '../../core/plan/import/plan-from-table';
import { ImportError } from '../../core/plan/import/table';
import { itemId } from '../../core/plan/item-id';
import type { PlanDocument } from '../../core/plan/types';
import { planSetup } from '../../core/setup/plan-setup';
import { unitLabel } from '../../core/plan/unit-label';
import { rememberedLang, tellUser, todayIn } from '../context';
import { applySetup, readSpreadsheet, setUpPlan } from '../setup';
import { addonCsvReader } from '../csv';
import { textCharset } from '../../core/text/charset';
import { readDocx, readXlsx, zipProblemText } from './office-files';
import { UPLOAD_LIMIT } from '../../core/plan/import/zip-limits';

export interface ImportOutcome {
  ok: boolean;
  report: string[];
  added: string[];
  changed: string[];
  removed: string[];
}

/** The plan in a file's bytes; an ImportError names the file, row and column of what could not be read. */
export function readPlanFile(file: string, bytes: number[]): { plan: PlanDocument; notes: string[] } {
  const kind = planFileKind(file);
  if (kind === 'docx') return { plan: planFromTable(readDocx(file, bytes)), notes: [] };
  if (kind === 'xlsx') return { plan: planFromTable(readXlsx(file, bytes)), notes: [] };
  if (kind === 'csv' || kind === 'json')
    // UTF-8 or UTF-16 (Excel's "Unicode text"), read alike by `--plan`; a byte order mark is not part of the text.
    return planFromText(
      file,
      Utilities.newBlob(bytes)
        .getDataAsString(textCharset(bytes))
        .replace(/^\ufeff/, ''),
      addonCsvReader,
    );
  throw new ImportError(file, [`${file}: not a .docx, .xlsx, .csv or .json file`]);
}

export function importPlanFile(file: string, base64: string, options: { interactive?: boolean } = {}): ImportOutcome {
  const lang0 = rememberedLang();
  const say = (outcome: ImportOutcome) => {
    if (options.interactive !== false) tellUser(ty(lang0, 'importTitle'), outcome.report.join('\n'));
    return outcome;
  };
  let read: { plan: PlanDocument; notes: string[] };
  try {
    // The upload's size from its base64 length, before decoding it: an oversized file is never held twice.
    const size = Math.floor((String(base64).length * 3) / 4);
    if (size > UPLOAD_LIMIT) throw new ImportError(file, [zipProblemText(file, { kind: 'upload', size })]);
    read = readPlanFile(file, Utilities.base64Decode(base64));
  } catch (e) {
    const problems =
      e instanceof ImportError || (e as Error)?.name === 'ImportError' ? (e as Error).message : String(e);
    return say({
      ok: false,
      report: [ty(lang0, 'importFailed', { file, problems })],
      added: [],
      changed: [],
      removed: [],
    });
  }
  const { plan } = read;
  const source = `import:${file}`;
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(30000)) return say({ ok: false, report: ['busy'], added: [], changed: [], removed: [] });
  let locked = true;
  try {
    const snap2 = readSpreadsheet();
    const planRows = snap2.read.plan?.values.slice(1) ?? [];
    if (!planRows.some((r) => r.some((c) => String(c).trim()))) {
      // An empty spreadsheet: the imported plan is laid out whole, as Set up lays out the embedded one.
      lock.releaseLock();
      locked = false;
      const outcome = setUpPlan(plan, { interactive: false, planSource: source });
      const ids = plan.items.map((i) => itemId(i.section, i.no));
      return say({ ok: outcome.ok, report: outcome.report, added: ids, changed: [], removed: [] });
    }
    const today = todayIn(snap2.tz);
    const before = planSetup({ sheets: snap2.read, today, restoreMissing: false });
    const lang = before.settings.language;
    const merge = mergePlan(before.rows, plan);
    const marks = new Map<string, string>();
    for (const id of merge.removed) marks.set(id, `${file}|${today}`);
    for (const item of plan.items) marks.set(itemId(item.section, item.no), '');
    const result = planSetup({
      sheets: snap2.read,
      plan,
      today,
      restoreMissing: true,
      updates: merge.updates,
      removedMarks: marks,
      planSource: source,
    });
    const report = [
      ty(lang, 'importDone', {
        file,
        added: merge.added.length,
        changed: merge.changed.length,
        removed: merge.removed.length,
        same: merge.unchanged,
      }),
      ...merge.units.map((u) =>
        ty(lang, 'importUnit', {
          unit: u.title ? unitLabel({ section: u.section, sectionTitle: u.title }) : String(u.section),
          added: list(u.added),
          changed: list(u.changed),
          removed: list(u.removed),
          same: u.unchanged,
        }),
      ),
      ...read.notes,
    ];
    if (plan.academicYear && plan.academicYear !== before.settings.year.label)
      report.push(ty(lang, 'importOtherYear', { fileYear: plan.academicYear, year: before.settings.year.label }));
    applySetup(
      snap2,
      result,
      report.map((r) => ({ action: 'import', result: r })),
    );
    return say({ ok: true, report, added: merge.added, changed: merge.changed, removed: merge.removed });
  } finally {
    if (locked) lock.releaseLock();
  }
}

const list = (ids: string[]) => (ids.length ? `${ids.length} (${ids.join(', ')})` : '0');

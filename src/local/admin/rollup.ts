/**
 * `jospar admin rollup`: every Jospar plan under a Drive folder, each item's state computed by the core the add-on
 * uses, summed per unit. Each unit's result is written to a progress file as soon as it is known (a whole-file
 * replace), so a run cut off anywhere resumes without reading a finished unit again; a unit whose file changed since is
 * read anew. A plan it cannot read is listed with the reason and the others go on. Node only.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IsoDate } from '../../core/calendar/dates';
import type { Lang } from '../../core/i18n/lang';
import { rt } from '../../core/i18n/rollup-messages';
import type { Period } from '../../core/plan/period-counts';
import { planStates } from '../../core/rollup/plan-states';
import {
  universitySummary,
  unitLine,
  type OverdueLine,
  type UniversitySummary,
  type UnitLine,
  type Unreadable,
} from '../../core/rollup/university';
import { findSpreadsheets } from './find-plans';
import type { Apis } from './google-apis';
import { readPlan } from './read-plan';

type UnitResult = { ok: true; line: UnitLine; overdue: OverdueLine[] } | { ok: false; unreadable: Unreadable };

interface Progress {
  folder: string;
  today: IsoDate;
  period: Period;
  units: Record<string, { modifiedTime: string; result: UnitResult }>;
}

export interface RollupOptions {
  apis: Apis;
  folder: string;
  outDir: string;
  today: IsoDate;
  period: Period;
  lang: Lang;
  log: (line: string) => void;
}

export const PROGRESS_FILE = 'rollup-progress.json';

export async function rollup(o: RollupOptions): Promise<UniversitySummary> {
  mkdirSync(o.outDir, { recursive: true });
  const progressPath = join(o.outDir, PROGRESS_FILE);
  const progress = loadProgress(progressPath, o);
  const found = await findSpreadsheets(o.apis, o.folder);
  let done = 0;
  for (const f of found) {
    done++;
    const kept = progress.units[f.id];
    if (kept && kept.modifiedTime === f.modifiedTime) continue;
    const read = await readPlan(o.apis, f.id);
    const name = read.ok ? read.title || f.name : f.name;
    let result: UnitResult;
    if (!read.ok)
      result = { ok: false, unreadable: { id: f.id, name, path: f.path, reason: read.reason, detail: read.detail } };
    else {
      const states = planStates(read.sheets, o.today);
      const unit = { id: f.id, name, path: f.path, academicYear: states.settings.year.label };
      result = { ok: true, ...unitLine(unit, states.items, o.period, o.today) };
    }
    progress.units[f.id] = { modifiedTime: f.modifiedTime, result };
    saveProgress(progressPath, progress);
    o.log(`${rt(o.lang, 'progress', { done, total: found.length })}: ${name}`);
  }
  const results = found.map((f) => progress.units[f.id].result);
  return universitySummary(
    o.today,
    o.period,
    results.filter((r): r is Extract<UnitResult, { ok: true }> => r.ok),
    results.filter((r): r is Extract<UnitResult, { ok: false }> => !r.ok).map((r) => r.unreadable),
  );
}

/** The progress of an earlier run of the same roll-up (folder, day and period), else a fresh one. */
function loadProgress(path: string, o: RollupOptions): Progress {
  const fresh: Progress = { folder: o.folder, today: o.today, period: o.period, units: {} };
  if (!existsSync(path)) return fresh;
  try {
    const p = JSON.parse(readFileSync(path, 'utf8')) as Progress;
    const same =
      p.folder === o.folder &&
      p.today === o.today &&
      p.period?.start === o.period.start &&
      p.period?.end === o.period.end;
    return same && p.units && typeof p.units === 'object' ? p : fresh;
  } catch {
    return fresh; // a progress file cut short is only lost time, never a wrong result
  }
}

function saveProgress(path: string, p: Progress): void {
  writeFileSync(`${path}.tmp`, JSON.stringify(p));
  renameSync(`${path}.tmp`, path);
}

/** The bench's plans: the embedded plan grown to any size, and every role given an email so every event has guests. */
import { PLAN_2025_2026 } from '../../core/plan/plan-2025-2026';
import type { Workspace } from '../workspace/workspace';

/**
 * The embedded plan repeated with fresh ids until it has `count` items: each copy in four new sections while
 * section numbers last (ids allow 99), then with numbers moved up by 100 (ids allow 999).
 */
export function scaled(count: number) {
  const items = [];
  const copiesPerBlock = 24; // sections 1-96
  for (let i = 0; i < count; i++) {
    const base = PLAN_2025_2026.items[i % PLAN_2025_2026.items.length];
    const copy = Math.floor(i / PLAN_2025_2026.items.length);
    items.push({
      ...base,
      section: base.section + 4 * (copy % copiesPerBlock),
      no: base.no + 100 * Math.floor(copy / copiesPerBlock),
    });
  }
  return items;
}

/** Every role on the Roles sheet gets an email in the allowed domain. */
export function fillRoleEmails(ws: Workspace): void {
  const roles = ws.spreadsheet.getSheetByName('Рөлдер')!;
  const values = roles.getDataRange().getValues();
  const col = (values[0] as string[]).indexOf('Email');
  for (let r = 1; r < values.length; r++) roles.getRange(r + 1, col + 1).setValue(`role${r}@edu.ektu.kz`);
}

/** A Settings value, as a person types it in the Settings sheet's value column (rows keyed by their hidden code). */
export function setSetting(ws: Workspace, key: string, value: string): void {
  const settings = ws.spreadsheet.getSheetByName('Баптаулар')!;
  const values = settings.getDataRange().getValues();
  const row = values.findIndex((r) => r[0] === key);
  if (row < 1) throw new Error(`no Settings row ${key}`);
  settings.getRange(row + 1, (values[0] as string[]).indexOf('Мәні') + 1).setValue(value);
}

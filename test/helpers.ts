import { readFileSync } from 'node:fs';
import { ensureBuilt, loadAddOn, type AddOn } from '../src/local/run-addon';
import { Workspace, type WorkspaceOptions } from '../src/local/workspace/workspace';
import { wallClock } from '../src/local/workspace/zone';

let code: string | null = null;

/** dist/Code.js, built if any source is newer, read once per test process. */
export async function addOnCode(): Promise<string> {
  if (code === null) code = readFileSync(await ensureBuilt(), 'utf8');
  return code;
}

/** A fresh local Workspace with the built add-on loaded into it (9:00 Almaty on 1 October 2025 unless said). */
export async function installed(options: WorkspaceOptions = {}): Promise<{ ws: Workspace; addon: AddOn }> {
  const ws = new Workspace({ now: Date.parse('2025-10-01T04:00:00Z'), ...options });
  return { ws, addon: loadAddOn(ws, await addOnCode()) };
}

export function sheetValues(ws: Workspace, name: string): unknown[][] {
  const sheet = ws.spreadsheet.getSheetByName(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet.getDataRange().getValues();
}

export function columnOf(ws: Workspace, sheet: string, header: string): number {
  return (sheetValues(ws, sheet)[0] as string[]).indexOf(header);
}

/** The day a date cell shows: its date in the spreadsheet's zone (Asia/Almaty), whatever the host's TZ. */
export function cellDay(v: unknown, timeZone = 'Asia/Almaty'): string {
  if (Object.prototype.toString.call(v) !== '[object Date]') return String(v);
  const w = wallClock(timeZone, (v as Date).getTime());
  return `${w.year}-${String(w.month + 1).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
}

/** A Plan row found by its ID: each header → the cell as a person reads it (a date cell as its day in the zone). */
export function planRow(ws: Workspace, id: string): Record<string, string> {
  const values = sheetValues(ws, 'Жоспар');
  const h = values[0] as string[];
  const row = values.find((r) => r[h.indexOf('ID')] === id);
  if (!row) throw new Error(`no Plan row ${id}`);
  return Object.fromEntries(h.map((k, i) => [k, cellDay(row[i])]));
}

/** The Settings sheet as code → the value cell's text (the codes are the sheet's hidden first column). */
export function settingsMap(ws: Workspace): Map<string, string> {
  const values = sheetValues(ws, 'Баптаулар');
  const value = (values[0] as string[]).indexOf('Мәні');
  return new Map(values.slice(1).map((r) => [String(r[0]), String(r[value])]));
}

/** Writes a Settings value by its code, as a person would; returns the row (1-based). */
export function setSettingValue(ws: Workspace, key: string, value: string): number {
  const sheet = ws.spreadsheet.getSheetByName('Баптаулар')!;
  const values = sheet.getDataRange().getValues();
  const row = values.findIndex((r) => r[0] === key) + 1;
  sheet.getRange(row, (values[0] as string[]).indexOf('Мәні') + 1).setValue(value);
  return row;
}

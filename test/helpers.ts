import { readFileSync } from 'node:fs';
import { ensureBuilt, loadAddOn, type AddOn } from '../src/local/run-addon';
import { Workspace, type WorkspaceOptions } from '../src/local/workspace/workspace';
import { wallClock } from '../src/local/workspace/zone';

let code: string | null = null;

/** A fresh local Workspace with the built add-on loaded into it (9:00 Almaty on 1 October 2025 unless said). */
export async function installed(options: WorkspaceOptions = {}): Promise<{ ws: Workspace; addon: AddOn }> {
  if (code === null) code = readFileSync(await ensureBuilt(), 'utf8');
  const ws = new Workspace({ now: Date.parse('2025-10-01T04:00:00Z'), ...options });
  return { ws, addon: loadAddOn(ws, code) };
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

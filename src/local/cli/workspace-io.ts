/** Loading and saving the local Workspace for the commands that continue one (`import`, `rollover`). */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeXlsx } from '../export/xlsx';
import { ensureBuilt, loadAddOn, type AddOn } from '../run-addon';
import { Workspace } from '../workspace/workspace';
import { UsageError } from './args';

/**
 * The workspace saved in `statePath` (or a new one), its clock at `today` 09:00 in Almaty when given: a saved one
 * otherwise keeps its own clock, which may be a year behind (a state first written by `preview` of the 2025-2026 plan).
 */
export async function openWorkspace(
  statePath: string | undefined,
  today?: string,
): Promise<{ ws: Workspace; addon: AddOn }> {
  if (statePath && !existsSync(statePath)) throw new UsageError(`--state: no such file ${statePath}`);
  const now = today ? Date.parse(`${today}T04:00:00Z`) : undefined;
  let ws: Workspace;
  try {
    ws = statePath ? Workspace.fromJSON(JSON.parse(readFileSync(statePath, 'utf8')), { now }) : new Workspace({ now });
  } catch (e) {
    throw new UsageError(`--state: ${statePath} is not a saved Jospar workspace (${(e as Error).message})`);
  }
  await ensureBuilt();
  return { ws, addon: loadAddOn(ws) };
}

/** DIR/jospar.xlsx of the resulting spreadsheet, and the state saved back where it came from. */
export async function saveWorkspace(ws: Workspace, outDir: string, statePath: string | undefined): Promise<string> {
  const dir = resolve(outDir);
  mkdirSync(dir, { recursive: true });
  if (statePath) writeFileSync(statePath, JSON.stringify(ws.toJSON()));
  const xlsx = join(dir, 'jospar.xlsx');
  await writeXlsx(ws.spreadsheet, xlsx);
  return xlsx;
}

/**
 * A made-up university for the roll-up's tests and `npm start`: units whose plans are the real add-on's spreadsheets
 * (a part of the embedded plan imported, statuses set through the add-on as people would, each unit's Overview
 * refreshed by it), in a Drive folder tree with a subfolder and a shared drive, plus the plans a roll-up must list and
 * pass over: one it may not read, one that is not a Jospar plan, one of an older Jospar. Node only.
 */
import { readFileSync } from 'node:fs';
import { PLAN_2025_2026 } from '../../core/plan/plan-2025-2026';
import { DriveTree } from '../google-api/drive-tree';
import { ensureBuilt, loadAddOn, type AddOn } from '../run-addon';
import { Workspace, type WorkspaceState } from '../workspace/workspace';

export interface ExampleUniversity {
  tree: DriveTree;
  root: string;
  /** The units that roll up, with the add-on loaded on each (to ask it for its own Overview). */
  units: Array<{ id: string; name: string; ws: Workspace; addon: AddOn | null }>;
  unreadable: string[];
}

const STATUSES = ['', 'done', 'in-progress', '', 'done', 'cancelled', '', 'in-progress'];
const VARIANTS = 4;

/**
 * `count` units of `itemsPerUnit` items each (every k-th item of the embedded plan, a different start per unit), as of
 * `now`. One plan is shared with someone else only. `shared` (for the bench's hundreds of units): units are files over
 * a few spreadsheets, with the statuses of their variant, and the add-on is not loaded on each.
 */
export async function exampleUniversity(
  count: number,
  options: { itemsPerUnit?: number; now?: number; reader?: string; shared?: boolean } = {},
): Promise<ExampleUniversity> {
  const now = options.now ?? Date.parse('2026-03-02T04:00:00Z');
  const perUnit = options.itemsPerUnit ?? 12;
  const code = readFileSync(await ensureBuilt(), 'utf8');
  const tree = new DriveTree(() => new Date(now));
  // The office's account keeps the plans' folder (provision copies into it); the domain only sees it.
  const root = tree.folder('Жұмыс жоспарлары 2025-2026', null, { id: 'fldRoot', writers: ['admin@edu.ektu.kz'] }).id;
  const schools = tree.folder('Мектептер', root).id;
  const shared = tree.folder('Кафедралар (ортақ диск)', root, { driveId: 'drv1' }).id;
  const units: ExampleUniversity['units'] = [];
  const items = PLAN_2025_2026.items;
  const stride = Math.max(1, Math.floor(items.length / perUnit));
  // A few plans imported once each (an import is the slow part), then one copy per unit with its own statuses. A state
  // is kept parsed: fromJSON copies what it keeps, so one parsed state loads as often as needed.
  const variants = new Map<number, { state: WorkspaceState; ids: string[]; ws?: Workspace }>();
  // Units whose variant and statuses coincide (every 8th with 4 variants and 8 statuses) would be the same cells made
  // again: they share one workspace, each still its own Drive file, read by its own id and named by its own name.
  const made = new Map<string, { ws: Workspace; addon: AddOn }>();
  const variant = (v: number) => {
    const picked = Array.from({ length: perUnit }, (_, j) => items[(v + j * stride) % items.length]);
    const unique = [...new Map(picked.map((i) => [`${i.section}.${i.no}`, i])).values()];
    const ws = new Workspace({ now });
    loadAddOn(ws, code).josparImportPlanFile(
      'plan.json',
      Buffer.from(JSON.stringify(unique)).toString('base64'),
      false,
    );
    ws.endExecution();
    return {
      state: ws.snapshot(),
      ids: unique.map((i) => `${i.section}.${String(i.no).padStart(2, '0')}`),
    };
  };
  for (let u = 0; u < count; u++) {
    const name = `Бөлімше ${String(u + 1).padStart(2, '0')}`;
    const v = u % VARIANTS;
    if (!variants.has(v)) variants.set(v, variant(v));
    const base = variants.get(v)!;
    const parent = u % 3 === 0 ? schools : u % 3 === 1 ? shared : root;
    const where = parent === shared ? { driveId: 'drv1' } : {};
    if (options.shared) {
      base.ws ??= Workspace.fromJSON(base.state, { now });
      units.push({ id: tree.spreadsheet(name, parent, base.ws, where).id, name, ws: base.ws, addon: null });
      continue;
    }
    const phase = (u * 3) % STATUSES.length;
    const key = `${v}:${phase}`;
    if (!made.has(key)) {
      const ws = Workspace.fromJSON(base.state, { now });
      const addon = loadAddOn(ws, code);
      base.ids.forEach((id, j) => {
        const status = STATUSES[(phase + j) % STATUSES.length];
        if (status) addon.josparSetItemStatus(id, status);
      });
      addon.josparRefreshOverview();
      ws.endExecution();
      made.set(key, { ws, addon });
    }
    const { ws, addon } = made.get(key)!;
    units.push({ id: tree.spreadsheet(name, parent, ws, where).id, name, ws, addon });
  }
  const unreadable: string[] = [];
  // A plan the admin was not given, a spreadsheet that is not a plan, and a plan from before Jospar's records.
  if (units.length > 0) {
    const closed = units[0].ws.clone();
    const hidden = tree.folder('Жеке', null, { readers: ['someone@edu.ektu.kz'] }).id;
    const target = tree.spreadsheet('Жабық жоспар', hidden, closed, { readers: ['someone@edu.ektu.kz'] });
    tree.shortcut('Жабық жоспар', schools, target);
    unreadable.push(target.id);
    const old = units[0].ws.clone();
    const state = old.spreadsheet.getSheetByName('_jospar');
    if (state) old.spreadsheet.deleteSheet(state);
    unreadable.push(tree.spreadsheet('Ескі жоспар', root, old).id);
  }
  const other = new Workspace({ now });
  other.spreadsheet
    .insertSheet('Бюджет')
    .getRange(1, 1, 1, 2)
    .setValues([['Бап', 'Сома']]);
  unreadable.push(tree.spreadsheet('Бюджет 2026', root, other).id);
  return { tree, root, units, unreadable };
}

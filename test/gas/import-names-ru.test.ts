/**
 * Import plan reads the Plan's «Атауы (орысша)» (the Russian name orders use) when the file has that column, under
 * its title in kk, ru or en (or `nameRu`): a CSV through `jospar import`, an .xlsx through the add-on's import (the
 * sidebar's and the menu's path). A new item gets the file's name; an existing row takes a changed one; an empty cell
 * or a file without the column leaves the sheet's name as it is (the approved Kazakh plan has none). The two orders
 * of the smallest plan (test/warm-fixtures.ts).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { NAMES_RU_2025_2026 } from '../../src/core/plan/names-ru-2025-2026';
import type { PlanDocument, PlanItem } from '../../src/core/plan/types';
import type { AddOn } from '../../src/local/run-addon';
import type { Workspace } from '../../src/local/workspace/workspace';
import { jospar } from '../cli-run';
import { installed, sheetValues } from '../helpers';
import { SMALL_PLAN } from '../warm-fixtures';
import { planXlsx } from './plan-docx';

const ORDERS = SMALL_PLAN.filter((i) => i.section === 1); // 1.07 and 1.09, both orders
const id = (i: PlanItem) => `${i.section}.${String(i.no).padStart(2, '0')}`;
type Outcome = { ok: boolean; report: string[]; changed: string[] };

function namesRu(ws: Workspace): Record<string, string> {
  const values = sheetValues(ws, 'Жоспар');
  const h = values[0] as string[];
  return Object.fromEntries(
    values.slice(1).map((r) => [String(r[h.indexOf('ID')]), String(r[h.indexOf('Атауы (орысша)')])]),
  );
}

const csvCell = (v: string | number) => `"${String(v).replace(/"/g, '""')}"`;
function csv(items: PlanItem[], ruHeader: string): string {
  const head = ['section', 'sectionTitle', 'no', 'activity', 'responsible', 'deadline', 'deliverable', ruHeader];
  const rows = items.map((i) =>
    [i.section, i.sectionTitle, i.no, i.activity, i.responsible, i.deadline, i.deliverable, i.nameRu ?? ''].map(
      csvCell,
    ),
  );
  return [head.map(csvCell), ...rows].map((r) => r.join(',')).join('\n');
}

const planOf = (items: PlanItem[]): PlanDocument => ({
  title: '',
  academicYear: '',
  signatory: { position: '', name: '' },
  sections: [{ no: 1, title: items[0].sectionTitle }],
  items,
});

function importXlsx(addon: AddOn, file: Buffer): Outcome {
  return addon.josparImportPlanFile('plan.xlsx', file.toString('base64'), false) as Outcome;
}

describe('Import plan reads the Russian name', () => {
  it('from a CSV: `jospar import` (header in Russian); a changed name and an empty cell (English header)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jospar-names-ru-'));
    const first = join(dir, 'plan.csv');
    const named = ORDERS.map((i) => ({ ...i, nameRu: NAMES_RU_2025_2026[id(i)] }));
    writeFileSync(first, csv(named, 'Наименование на русском'));
    const out = await jospar('import', first, '--out', dir);
    expect([out.status, out.stderr]).toEqual([0, '']);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, 'jospar.xlsx'));
    const plan = book.getWorksheet('Жоспар')!;
    const header = (plan.getRow(1).values as unknown[]).map(String);
    const cell = (r: number, title: string) => String(plan.getRow(r).getCell(header.indexOf(title)).value);
    expect([2, 3].map((r) => [cell(r, 'ID'), cell(r, 'Атауы (орысша)')])).toEqual(
      ORDERS.map((i) => [id(i), NAMES_RU_2025_2026[id(i)]]),
    );

    // The add-on's import of a CSV (the sidebar's path): 1.07's name changed in the file, 1.09's cell empty.
    const { ws, addon } = await installed();
    const upload = (text: string) =>
      addon.josparImportPlanFile('plan.csv', Buffer.from(text).toString('base64'), false) as Outcome;
    expect(upload(csv(named, 'nameRu')).ok).toBe(true);
    const changed = upload(csv([{ ...ORDERS[0], nameRu: 'Новое наименование' }, ORDERS[1]], 'Name in Russian'));
    expect(changed.changed).toEqual(['1.07']);
    expect(namesRu(ws)).toEqual({ '1.07': 'Новое наименование', '1.09': NAMES_RU_2025_2026['1.09'] });
  });

  it('from an .xlsx (header in Kazakh) through the add-on, and a file without the column keeps the names', async () => {
    const { ws, addon } = await installed();
    const named = ORDERS.map((i) => ({ ...i, nameRu: NAMES_RU_2025_2026[id(i)] }));
    expect(importXlsx(addon, await planXlsx(planOf(named), { nameRuHeader: 'Атауы (орысша)' })).ok).toBe(true);
    const want = { '1.07': NAMES_RU_2025_2026['1.07'], '1.09': NAMES_RU_2025_2026['1.09'] };
    expect(namesRu(ws)).toEqual(want);
    const renamed = [{ ...named[0], nameRu: 'Формирование групп' }, named[1]];
    const changed = importXlsx(addon, await planXlsx(planOf(renamed), { nameRuHeader: 'Атауы (орысша)' }));
    expect(changed.changed).toEqual(['1.07']);
    expect(namesRu(ws)).toEqual({ ...want, '1.07': 'Формирование групп' });
    const without = importXlsx(addon, await planXlsx(planOf(ORDERS)));
    expect(without.changed).toEqual([]);
    expect(namesRu(ws)).toEqual({ ...want, '1.07': 'Формирование групп' });
  });
});

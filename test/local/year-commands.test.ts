import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { PLAN_2025_2026 } from '../../src/core/plan/plan-2025-2026';
import { planDocx } from '../gas/plan-docx';
import { jospar as run } from '../cli-run';

async function planSheet(file: string, sheet = 'Жоспар'): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(sheet)!;
  const rows: string[][] = [];
  ws.eachRow((r) => rows.push((r.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
  return rows;
}

describe('jospar rollover and jospar import', () => {
  it('rollover --to 2026-2027 --state S --out DIR, then import FILE --state S --out DIR', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jospar-years-'));
    const state = join(dir, 'state.json');
    // A saved workspace of last year: preview with --state writes it.
    expect((await run('preview', '--state', state, '--out', join(dir, 'prev'), '--quiet')).status).toBe(0);
    // The saved workspace's clock is still on the day preview ran (1 September 2025): --today moves it on.
    const rolled = await run(
      ...['rollover', '--to', '2026-2027', '--state', state, '--out', join(dir, 'rolled'), '--today', '2026-08-20'],
    );
    expect(rolled.stderr).toBe('');
    expect(rolled.status).toBe(0);
    const plan = await planSheet(join(dir, 'rolled', 'jospar.xlsx'));
    expect(plan.some((r) => r.includes('2026 ж. 1 қыркүйегіне дейін'))).toBe(true);
    // The Log says the new year was made that day, not a year earlier.
    const log = await planSheet(join(dir, 'rolled', 'jospar.xlsx'), 'Журнал');
    const made = log.filter((r) => r[2] === 'Жаңа оқу жылы');
    expect(made.length).toBeGreaterThan(0);
    for (const r of made) expect(new Date(r[0]).toISOString().slice(0, 10)).toBe('2026-08-20');

    const docx = join(dir, 'plan.docx');
    const items = PLAN_2025_2026.items.filter((i) => i.section !== 4 || i.no !== 25);
    writeFileSync(docx, await planDocx({ ...PLAN_2025_2026, items }));
    const imported = await run('import', docx, '--state', state, '--out', join(dir, 'imported'));
    expect(imported.status).toBe(0);
    expect(imported.stdout).toMatch(/тексеруге белгіленді 1 \(4\.25\)/);
    expect(existsSync(join(dir, 'imported', 'jospar.xlsx'))).toBe(true);

    writeFileSync(join(dir, 'bad.docx'), 'not a zip');
    const bad = await run('import', join(dir, 'bad.docx'), '--state', state, '--out', join(dir, 'bad'));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/bad\.docx.*not a zip archive/s);
    expect(existsSync(join(dir, 'bad', 'jospar.xlsx'))).toBe(false);
  });
});

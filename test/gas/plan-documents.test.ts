/** Issue 8, items 4 and 5: the printed plan (and its round trip through import), and the execution report. */
import { PLAN_2025_2026 } from '../../src/core/plan/plan-2025-2026';
import { SUGGESTED_LINKS_2025_2026 } from '../../src/core/plan/suggested-links';
import { planSetup, type SetupInput } from '../../src/core/setup/plan-setup';
import { SHEETS } from '../../src/core/sheets/layout';
import { documentToDocx } from '../../src/local/export/docx';
import type { Workspace } from '../../src/local/workspace/workspace';
import { installed, settingsMap, sheetValues } from '../helpers';

type DocOutcome = { ok: boolean; docId: string; report: string[] };

/** The embedded plan's due dates (on working days) per item, on-demand items apart, as Set up reads them. */
const PLAN_SCHEDULES = planSetup({
  sheets: Object.fromEntries(SHEETS.map((s) => [s.key, null])) as unknown as SetupInput['sheets'],
  plan: PLAN_2025_2026,
  suggestedLinks: SUGGESTED_LINKS_2025_2026,
  today: '2025-09-01',
})
  .rows.filter((r) => !r.evaluation.schedule.onDemand)
  .map((r) => r.evaluation.schedule.dueWorking);

function docText(ws: Workspace, id: string): string {
  const doc = ws.docs.documents.find((d) => d.id === id)!;
  return JSON.stringify(doc.body);
}

function planItems(ws: Workspace) {
  const values = sheetValues(ws, 'Жоспар');
  const h = values[0] as string[];
  const at = (r: unknown[], name: string) => String(r[h.indexOf(name)]);
  return values.slice(1).map((r) => ({
    id: at(r, 'ID'),
    unit: at(r, 'Бөлім'),
    activity: at(r, 'Іс-шаралар'),
    responsible: at(r, 'Жауапты'),
    deadline: at(r, 'Орындау мерзімі'),
    deliverable: at(r, 'Аяқталу түрі'),
  }));
}

describe('Print plan', () => {
  it('makes the approved-plan Doc; importing its .docx gives back the same plan', async () => {
    const { ws, addon } = await installed();
    addon.josparSetUpPlan();
    const out = addon.josparPrintPlan(false) as DocOutcome;
    expect(out.ok).toBe(true);
    const text = docText(ws, out.docId);
    expect(text).toMatch(/БЕКІТЕМІН/);
    expect(text).toMatch(/2025-2026 оқу жылына арналған жұмыс жоспары/);
    expect(text).toMatch(/Э\.С\. Нурекенова/);

    const docx = await documentToDocx(ws.docs.documents.find((d) => d.id === out.docId)!);
    const other = await installed();
    const imported = other.addon.josparImportPlanFile('printed.docx', docx.toString('base64'), false) as DocOutcome;
    expect(imported.ok).toBe(true);
    expect(planItems(other.ws)).toEqual(planItems(ws));
    expect(planItems(other.ws)).toHaveLength(PLAN_2025_2026.items.length);
    const settings = settingsMap(other.ws);
    expect(settings.get('signatoryName')).toBe('Э.С. Нурекенова');
    expect(settings.get('approverPosition')).toBe('Басқарма Төрағасы – Ректор');
    expect(settings.get('academicYear')).toBe('2025-2026');
  });
});

describe('Execution report', () => {
  it('counts each due date of the period from the item state, lists the overdue items, dates in words', async () => {
    const { ws, addon } = await installed({ now: Date.parse('2026-03-02T04:00:00Z') });
    addon.josparSetUpPlan();
    for (const id of ['1.01', '1.02', '2.01']) addon.josparSetItemStatus(id, 'done');
    addon.josparSetItemStatus('1.04', 'in-progress');
    addon.josparSetItemStatus('3.01', 'cancelled');
    const out = addon.josparExecutionReport('year', false) as DocOutcome;
    expect(out.ok).toBe(true);
    const text = docText(ws, out.docId);

    // The counts are the one item state's, per due date in the period (core/plan/period-counts.ts): they add up,
    // and a date whose time has not come is "not yet due", never "not done".
    const m = new RegExp(
      'Кезеңдегі мерзімдер: (\\d+)\\. Орындалды: (\\d+), оның ішінде кешігіп: (\\d+); мерзімі өткен: (\\d+); ' +
        'мерзімі әлі келмеген: (\\d+); тоқтатылды: (\\d+); қайталанатын тармақтардың өткен мерзімдері ' +
        '\\(тармақ ашық\\): (\\d+)\\.',
    ).exec(text)!;
    expect(m).not.toBeNull();
    const [occurrences, done, , overdue, notYetDue, cancelled, earlier] = m.slice(1).map(Number);
    expect(done + overdue + notYetDue + cancelled + earlier).toBe(occurrences);
    expect(notYetDue).toBeGreaterThan(0); // March: most of the year is still to come
    expect(done).toBeGreaterThan(0);
    expect(text).toMatch(/Сұраныс бойынша орындалатын тармақтар \(мерзімсіз\): \d+/);
    expect(text).toMatch(/Мерзімі өткен/);
    expect(text).toMatch(/1\.05 · 30\.09\.2025 бастап \d+ күн/); // a September item not done by March is overdue
    expect(text).not.toMatch(/1\.01 · /); // done items are not overdue
    // 1.03 (28.08.2025) is overdue but due before the year began: listed, and said to be outside the period's counts.
    expect(text).toMatch(/1\.03 · 28\.08\.2025 бастап \d+ күн \(мерзімі кезең басталғанға дейін\) · /);
    expect(text).not.toMatch(/1\.05 · 30\.09\.2025 бастап \d+ күн \(/);
    expect(text).toMatch(/Орындалған күні/);
    expect(text).toContain('02.03.2026'); // the date done of the items marked today, as the plan writes dates
    // The period in words, and no ISO date anywhere a person reads.
    expect(text).toMatch(/Кезең: 2025 жылғы 1 қыркүйек – 2026 жылғы 31 тамыз/);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);

    // A quarter takes only its items; an unknown period is refused.
    const q = addon.josparExecutionReport('q1', false) as DocOutcome;
    expect(q.ok).toBe(true);
    const qText = docText(ws, q.docId);
    expect(qText).toMatch(/2025 жылғы 1 қыркүйек – 2025 жылғы 30 қараша/);
    // A recurring item counts once per due date of the quarter (a monthly item three times), and the report says so:
    // its numbers are those of the plan's own due dates from September to November.
    const inQ1 = PLAN_SCHEDULES.map((due) => due.filter((d) => d >= '2025-09-01' && d <= '2025-11-30').length);
    const recurring = inQ1.filter((n) => n > 1);
    expect(recurring.length).toBeGreaterThan(0);
    expect(qText).toContain(
      'Қайталанатын тармақ кезеңге түскен әр мерзімі үшін бір рет саналады (ай сайынғы тармақ — айына бір рет): ' +
        `кезеңде бірнеше мерзімі бар тармақтар: ${recurring.length}, ` +
        `олардың мерзімдері: ${recurring.reduce((a, b) => a + b, 0)}.`,
    );
    expect(qText).toContain(`Кезеңдегі мерзімдер: ${inQ1.reduce((a, b) => a + b, 0)}.`);
    expect((addon.josparExecutionReport('autumn', false) as DocOutcome).ok).toBe(false);
  });
});

/**
 * Generate document under failure and time pressure: a document that keeps failing is reported on its row and the
 * others go on with no gap in the register; a full Drive stops the step at once and says so; a run that reaches its
 * time budget hands the rest to a one-off trigger, whose runs finish the job exactly as one long run would have.
 */
import { installed, setSettingValue, sheetValues } from '../helpers';
import type { Workspace } from '../../src/local/workspace/workspace';

type Outcome = {
  created: number;
  errors: number;
  pending: number;
  report: string[];
  documents: Array<{ item: string; number: string }>;
};

function register(ws: Workspace): Array<[number, string, string]> {
  return sheetValues(ws, 'Бұйрықтар тізілімі')
    .slice(1)
    .map((r) => [Number(r[0]), String(r[3]), String(r[2])] as [number, string, string]);
}

/** Each series (orders on students, on the main activity) numbered 1, 2, 3 … in the order made, without a gap. */
function numbersBySeries(ws: Workspace): number[][] {
  const by = new Map<string, number[]>();
  for (const [n, , series] of register(ws)) by.set(series, [...(by.get(series) ?? []), n]);
  return [...by.values()];
}
const gapless = (lists: number[][]) => lists.every((l) => l.every((n, i) => n === i + 1));

function documentCell(ws: Workspace, id: string): string {
  const values = sheetValues(ws, 'Жоспар');
  const h = values[0] as string[];
  return String(values.find((r) => r[h.indexOf('ID')] === id)![h.indexOf('Құжат')]);
}

function setBudget(ws: Workspace, seconds: number): void {
  setSettingValue(ws, 'runBudgetSeconds', String(seconds));
}

/** A copy and its fill are slow calls (seconds on a long document); the rest of a run a fifth of a second each. */
const SLOW_DOCS = (call: string) => (/^(DocsDocuments|DriveFiles)\./.test(call) ? 4000 : 200);

async function ready(options: Parameters<typeof installed>[0] = {}) {
  const r = await installed(options);
  r.addon.josparSetUpPlan();
  r.addon.josparCreateTemplates();
  r.ws.counter.reset();
  return r;
}

describe('Generate document, a document that keeps failing', () => {
  it('is reported on its row without a stack trace; the other orders are made and numbered without a gap', async () => {
    const { ws, addon } = await ready();
    // The first Docs write of each of the five attempts (one and four retries) fails as a rate limit.
    ws.counter.faults = [1, 2, 3, 4, 5].map((n) => ({ service: 'docs' as const, n, mode: 'throw' as const }));
    const out = addon.josparGenerateDocuments({ kind: 'order', interactive: false }) as Outcome;
    expect([out.created, out.errors]).toEqual([13, 1]);
    expect(register(ws)).toHaveLength(13);
    expect(gapless(numbersBySeries(ws))).toBe(true);
    const missing = sheetValues(ws, 'Жоспар')
      .slice(1)
      .map((r) => String(r[(sheetValues(ws, 'Жоспар')[0] as string[]).indexOf('ID')]))
      .find((id) => /қате/.test(documentCell(ws, id)))!;
    expect(documentCell(ws, missing)).toMatch(
      /^қате: API call to docs\.documents\.batchUpdate failed with error: Quota exceeded/,
    );
    expect(documentCell(ws, missing)).not.toMatch(/\n|at .*\.js/);
    // Binned: no half-made copy of the failed order is left in Drive.
    expect(ws.drive.files.filter((f) => !f.trashed && f.appProperties?.josparKey?.startsWith(`${missing}#`))).toEqual(
      [],
    );
    // Run again: the failed one is made and takes the next number.
    ws.counter.faults = [];
    const again = addon.josparGenerateDocuments({ kind: 'order', interactive: false }) as Outcome;
    expect([again.created, again.errors]).toEqual([1, 0]);
    const [number, , series] = register(ws).find(([, item]) => item === missing)!;
    expect(number).toBe(register(ws).filter((e) => e[2] === series).length);
    expect(gapless(numbersBySeries(ws))).toBe(true);
  });

  it('retries a single refusal with backoff and makes every document', async () => {
    const { ws, addon } = await ready();
    ws.counter.faults = [
      { service: 'drive', n: 3, mode: 'throw' },
      { service: 'docs', n: 10, mode: 'throw' },
      { service: 'sheets', n: 1, mode: 'throw' },
    ];
    const before = ws.clock.now();
    const out = addon.josparGenerateDocuments({ kind: 'order', interactive: false }) as Outcome;
    expect([out.created, out.errors]).toEqual([14, 0]);
    expect(register(ws)).toHaveLength(14);
    expect(ws.clock.now() - before).toBeGreaterThanOrEqual(3000);
  });
});

describe('Generate document, a full Drive', () => {
  it('stops the step at once with the cause named, leaves nothing pending, and a later run makes the one refused', async () => {
    const { ws, addon } = await ready();
    // Drive's 403 storageQuotaExceeded on its third write: every later copy would be refused the same way.
    ws.counter.faults = [{ service: 'drive', n: 3, mode: 'throw', answer: 'storageQuotaExceeded' }];
    const out = addon.josparGenerateDocuments({ kind: 'order', interactive: false }) as Outcome;
    expect([out.errors, out.pending]).toEqual([1, 0]);
    expect(ws.counter.counts.get('Utilities.sleep') ?? 0).toBe(0); // not waited on: waiting does not free space
    const ids = sheetValues(ws, 'Жоспар')
      .slice(1)
      .map((r) => String(r[(sheetValues(ws, 'Жоспар')[0] as string[]).indexOf('ID')]));
    const cells = ids.map((id) => documentCell(ws, id));
    const full = ids.filter((id, i) => cells[i] === 'қате: Google Drive толы: сақтау орны бітті');
    expect(full).toHaveLength(1);
    expect(cells.filter((c) => /қате/.test(c))).toHaveLength(1);
    const left = 14 - out.created;
    expect(out.report).toContain(
      `Google Drive толы (сақтау орны бітті): ${left} құжат жасалмады. ` +
        'Drive-та орын босатыңыз немесе көлемін арттырыңыз, сосын құжаттарды қайта жасаңыз.',
    );
    expect(addon.josparContinueDocuments()).toBeNull(); // the hourly run does not knock on a full Drive
    // Space freed: the next run makes the one refused, numbered after the others without a gap.
    ws.counter.faults = [];
    const again = addon.josparGenerateDocuments({ ids: full, interactive: false }) as Outcome;
    expect([again.created, again.errors]).toEqual([1, 0]);
    expect(register(ws)).toHaveLength(out.created + 1);
    expect(gapless(numbersBySeries(ws))).toBe(true);
  });
});

describe('Generate document, time budget', () => {
  it('stops at the budget, is continued by the one hourly trigger, and ends as one run would', async () => {
    const { ws, addon } = await ready({ latencyMs: SLOW_DOCS });
    setBudget(ws, 30);
    const first = addon.josparGenerateDocuments({ kind: 'order', interactive: false }) as Outcome;
    expect(first.created).toBeGreaterThan(0);
    expect(first.pending).toBe(14 - first.created);
    // An Editor add-on may hold one time-driven trigger: the hourly schedule's, not a one-off of the documents' own.
    expect(ws.triggers.map((t) => t.handler)).toEqual(['josparHourly']);
    let runs = 1;
    while (addon.josparContinueDocuments() && runs < 40) runs++;
    expect(runs).toBeGreaterThan(2);
    expect(ws.triggers.map((t) => t.handler)).toEqual(['josparHourly']);
    expect(register(ws)).toHaveLength(14);
    expect(gapless(numbersBySeries(ws))).toBe(true);
    expect(ws.drive.files.filter((f) => !f.trashed && /#/.test(f.appProperties?.josparKey ?? ''))).toHaveLength(14);
    // Nothing is left pending: the continuation has nothing to do.
    expect(addon.josparContinueDocuments()).toBeNull();
  });
});

describe('Generate document, continued by the hourly schedule', () => {
  it('the hourly run does the documents job while rows are left, and nothing once they are done', async () => {
    const { ws, addon } = await ready({ latencyMs: SLOW_DOCS });
    setBudget(ws, 30);
    // The calendar and mail jobs are due from their hours; start the clock at 00:30 in Almaty so only documents are.
    ws.clock.nowMs = Date.parse('2026-11-30T00:30:00+05:00');
    const first = addon.josparGenerateDocuments({ kind: 'order', interactive: false }) as Outcome;
    expect(first.pending).toBeGreaterThan(0);
    const ran: string[][] = [];
    for (let i = 0; i < 40 && ran.at(-1)?.length !== 0; i++) {
      ran.push((addon.josparHourly() as { ran: string[] }).ran);
      ws.clock.nowMs += 60 * 1000; // the next firing, still before the other jobs' hours
    }
    expect(ran[0]).toEqual(['documents']);
    expect(ran.at(-1)).toEqual([]);
    expect(register(ws)).toHaveLength(14);
    expect(gapless(numbersBySeries(ws))).toBe(true);
  });
});

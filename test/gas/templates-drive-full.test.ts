/**
 * Create default templates meets a full Drive (Drive's 403 storageQuotaExceeded, injected by the workspace's fault) as
 * Generate documents does (src/gas/documents/drive-full.ts): it stops at once without a retry, keeps what it made
 * before, writes each Templates row left without its template the same "Drive is full" words a Plan row gets, and
 * says in its report which templates were not made and what to do; once space is freed, a second run makes the rest
 * and reuses what the first made.
 */
import type { Workspace } from '../../src/local/workspace/workspace';
import { installed, sheetValues } from '../helpers';

type Outcome = { ok: boolean; templates: Record<string, string>; report: string[] };
const FULL = 'қате: Google Drive толы: сақтау орны бітті';

/** Each Templates row as [kind, template id, check]. */
function rows(ws: Workspace): string[][] {
  const [h, ...data] = sheetValues(ws, 'Үлгілер') as string[][];
  const at = (title: string) => h.indexOf(title);
  return data.map((r) => [r[at('Құжат түрі')], r[at('Үлгі (Doc ID)')], r[at('Тексеру')]].map(String));
}

describe('Create default templates, a full Drive', () => {
  it('stops at once, says so on each row and in the report, and a later run makes the rest', async () => {
    const { ws, addon } = await installed();
    addon.josparSetUpPlan();
    ws.counter.reset();
    // Drive writes: the two folders, then the order template; the fourth (the report template) meets a full Drive.
    ws.counter.faults = [{ service: 'drive', n: 4, mode: 'throw', answer: 'storageQuotaExceeded' }];
    const out = addon.josparCreateTemplates() as Outcome;
    expect(ws.counter.counts.get('Utilities.sleep') ?? 0).toBe(0); // not waited on: waiting does not free space
    expect(out.ok).toBe(false);
    expect(Object.keys(out.templates)).toEqual(['order']);
    const report = [
      // Named as the Templates sheet's Kind column names them, never by their codes (order, report, plan).
      'Үлгілер құрылды: Бұйрық. Олар «Үлгілер» парағына жазылды.',
      'Google Drive толы (сақтау орны бітті): үлгілер құрылмады: Есеп, Жоспар. Drive-та орын босатыңыз немесе ' +
        'көлемін арттырыңыз, сосын «Үлгілерді құру» әрекетін қайта орындаңыз.',
    ];
    expect(out.report).toEqual(report);
    expect(ws.ui.alerts.at(-1)).toEqual({ title: 'Үлгілер', message: report.join('\n') });
    const first = rows(ws);
    const order = first.find(([kind]) => kind === 'Бұйрық')!;
    expect(order.slice(1)).toEqual([out.templates.order, 'дұрыс']);
    expect(first.filter(([, template]) => !template).map(([, , check]) => check)).toEqual(
      Array(first.length - 1).fill(FULL),
    );

    ws.counter.faults = []; // space freed
    const again = addon.josparCreateTemplates() as Outcome;
    expect(again.ok).toBe(true);
    expect(again.templates.order).toBe(out.templates.order);
    expect(rows(ws).every(([, template, check]) => template && check === 'дұрыс')).toBe(true);
    // Three templates in Drive, none twice.
    const docs = ws.drive.files.filter((f) => !f.trashed && f.name.startsWith('Jospar:')).map((f) => f.id);
    expect(docs.sort()).toEqual(Object.values(again.templates).sort());
  });

  it('met at the first folder, makes nothing, and every row of a kind says why', async () => {
    const { ws, addon } = await installed();
    addon.josparSetUpPlan();
    ws.counter.reset();
    ws.counter.faults = [{ service: 'drive', n: 1, mode: 'throw', answer: 'storageQuotaExceeded' }];
    const out = addon.josparCreateTemplates() as Outcome;
    expect([out.ok, out.templates]).toEqual([false, {}]);
    expect(out.report).toHaveLength(1);
    expect(out.report[0]).toMatch(
      /^Google Drive толы \(сақтау орны бітті\): үлгілер құрылмады: Бұйрық, Есеп, Жоспар\./,
    );
    expect(rows(ws).map(([, template, check]) => [template, check])).toEqual(rows(ws).map(() => ['', FULL]));
  });

  it("keeps the keeper's own template id that Drive cannot reach when Jospar's could not be made", async () => {
    const { ws, addon } = await installed();
    addon.josparSetUpPlan();
    const sheet = ws.spreadsheet.getSheetByName('Үлгілер')!;
    const values = sheet.getDataRange().getValues();
    const col = (values[0] as string[]).indexOf('Үлгі (Doc ID)');
    const row = values.findIndex((r) => r[0] === 'Бұйрық');
    sheet.getRange(row + 1, col + 1).setValue('keepers-own-doc-id'); // typed by the keeper, not (or no longer) in Drive
    ws.counter.reset();
    ws.counter.faults = [{ service: 'drive', n: 1, mode: 'throw', answer: 'storageQuotaExceeded' }];
    addon.josparCreateTemplates();
    expect(
      rows(ws)
        .find(([kind]) => kind === 'Бұйрық')!
        .slice(1),
    ).toEqual(['keepers-own-doc-id', FULL]);
  });
});

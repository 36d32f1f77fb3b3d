/** User text reaches documents only as text: a value filled in is never expanded again, nor taken for a formula. */
import { installed } from '../helpers';
import type { Workspace } from '../../src/local/workspace/workspace';
import { paragraphText, type DocumentState } from '../../src/local/workspace/documents';

type Generated = { created: number; documents: Array<{ id: string }> };

function planCell(ws: Workspace, id: string, header: string) {
  const sheet = ws.spreadsheet.getSheetByName('Жоспар')!;
  const values = sheet.getDataRange().getValues();
  const h = values[0] as string[];
  return sheet.getRange(values.findIndex((r) => r[h.indexOf('ID')] === id) + 1, h.indexOf(header) + 1);
}

function allText(d: DocumentState): string {
  return d.body.children
    .map((e) =>
      e.type === 'PARAGRAPH'
        ? paragraphText(e)
        : e.rows.map((r) => r.cells.map((c) => c.paragraphs.map(paragraphText).join(' ')).join(' | ')).join('\n'),
    )
    .join('\n');
}

describe('injection into documents', () => {
  it('an activity containing {{signatory}} or {{#if}} stays as typed, and is not reported unfilled', async () => {
    const { ws, addon } = await installed();
    addon.josparSetUpPlan();
    addon.josparCreateTemplates();
    const typed = 'Комиссия {{signatory}} {{#if owners}}x{{/if}} {{list.n}} {{nope}} =1+1';
    planCell(ws, '1.44', 'Іс-шаралар').setValue(typed);
    // A deliverable that says no more than "order": the order's heading and clause then quote the activity itself.
    planCell(ws, '1.44', 'Аяқталу түрі').setValue('Бұйрық');
    const list = ws.spreadsheet.insertSheet('1.44 тізім');
    list.getRange(1, 1, 2, 2).setValues([
      ['Аты-жөні', 'Лауазымы'],
      ['{{activity}}', '{{list.n}} {{today}}'],
    ]);
    const out = addon.josparGenerateDocuments({ ids: ['1.44'], interactive: false }) as Generated;
    expect(out.created).toBe(1);
    const text = allText(ws.docs.documents.find((d) => d.id === out.documents[0].id)!);
    expect(text).toContain(typed);
    expect(text).toContain('{{activity}} | {{list.n}} {{today}}');
    expect(text).not.toContain('\uE000');
    expect(String(planCell(ws, '1.44', 'Құжат').getValue())).toMatch(/^https:/); // no ⚠ unfilled
  });
});

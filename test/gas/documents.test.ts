import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { documentToDocx } from '../../src/local/export/docx';
import { paragraphText, type DocumentState, type ParagraphState } from '../../src/local/workspace/documents';
import { Workspace } from '../../src/local/workspace/workspace';
import { SMALL_PLAN, templatesWorkspace } from '../warm-fixtures';
import { addOnCode, prepared, sweep, type Step } from '../cut-replay';
import { sheetValues } from '../helpers';

type Generated = {
  ok: boolean;
  created: number;
  skipped: number;
  errors: number;
  report: string[];
  documents: Array<{ item: string; id: string; name: string; number: string }>;
};
type G = { DocumentApp: GoogleAppsScript.Document.DocumentApp };

function docText(d: DocumentState): string {
  const section = (children: DocumentState['body']['children']) =>
    children
      .map((e) =>
        e.type === 'PARAGRAPH'
          ? paragraphText(e)
          : e.rows.map((r) => r.cells.map((c) => c.paragraphs.map(paragraphText).join(' ')).join(' | ')).join('\n'),
      )
      .join('\n');
  return [
    d.header ? section(d.header.children) : '',
    section(d.body.children),
    d.footer ? section(d.footer.children) : '',
  ].join('\n');
}

/** Set up laid out with the small plan (test/warm-fixtures.ts) on an empty spreadsheet. */
const setUpSmall: Step = (a) => a.josparImportPlan(SMALL_PLAN, 'small-plan.json', 1);

function docOf(ws: Workspace, id: string): DocumentState {
  return ws.docs.documents.find((d) => d.id === id)!;
}

function planCell(ws: Workspace, id: string, header: string) {
  const sheet = ws.spreadsheet.getSheetByName('Жоспар')!;
  const values = sheet.getDataRange().getValues();
  const h = values[0] as string[];
  return sheet.getRange(values.findIndex((r) => r[h.indexOf('ID')] === id) + 1, h.indexOf(header) + 1);
}

function select(ws: Workspace, ...ids: string[]): void {
  const rows = ids.map((id) => planCell(ws, id, 'ID').getRow()).sort((a, b) => a - b);
  const sheet = ws.spreadsheet.getSheetByName('Жоспар')!;
  ws.spreadsheet.setActiveRange(sheet.getRange(rows[0], 1, rows[rows.length - 1] - rows[0] + 1, 3));
}

function setTemplate(ws: Workspace, kind: string, column: string, value: string): void {
  const sheet = ws.spreadsheet.getSheetByName('Үлгілер')!;
  const values = sheet.getDataRange().getValues();
  sheet
    .getRange(values.findIndex((r) => r[0] === kind) + 1, (values[0] as string[]).indexOf(column) + 1)
    .setValue(value);
}

/** The embedded plan Set up with the default templates: a clone of the shared warm fixture (test/warm-fixtures.ts). */
function ready() {
  return templatesWorkspace();
}

describe('Create default templates', () => {
  it('makes a formatted order, report and plan in Drive and points the Templates sheet at them', async () => {
    const { ws } = await ready();
    const templates = sheetValues(ws, 'Үлгілер');
    const h = templates[0] as string[];
    const order = templates.find((r) => r[0] === 'Бұйрық')!;
    const doc = docOf(ws, String(order[h.indexOf('Үлгі (Doc ID)')]));
    expect(doc.name).toMatch(/Бұйрық/);
    expect(String(order[h.indexOf('Тексеру')])).toBe('дұрыс');
    expect(paragraphText(doc.header!.children[0] as ParagraphState)).toMatch(/Серікбаев/);
    const title = doc.body.children[0] as ParagraphState;
    // The Kazakh text's title; the Russian text (ПРИКАЗ) follows on a page of its own, never a mixed line.
    expect([paragraphText(title), title.alignment, title.runs[0].bold]).toEqual(['БҰЙРЫҚ', 'CENTER', true]);
    expect(docText(doc)).toMatch(/^ПРИКАЗ$/m);
    expect(docText(doc)).toMatch(/Өскемен қ\./);
    expect(docText(doc)).toMatch(/Келісілді/);
    // Every kind has a template; reports, acts, minutes and applications share the report template.
    expect(templates.slice(1).every((r) => String(r[h.indexOf('Үлгі (Doc ID)')]).length > 0)).toBe(true);
    expect(templates.find((r) => r[0] === 'Акт')![h.indexOf('Үлгі (Doc ID)')]).toBe(
      templates.find((r) => r[0] === 'Есеп')![h.indexOf('Үлгі (Doc ID)')],
    );
  });
});

describe('Create default templates, cut off', () => {
  it('ends as an uncut run at every write: one set of templates, one pair of folders', async () => {
    // The small plan: the templates are per kind, not per item, so it makes every write the embedded plan makes (two
    // Docs API writes a template; the folders and copies in Drive; the Templates sheet), from a Set up one tenth as
    // large.
    const js = await addOnCode();
    const r = sweep(prepared([setUpSmall], js), [(a) => a.josparCreateTemplates()], js, {
      check: (resumed) => {
        const live = resumed.drive.files.filter((f) => !f.trashed);
        const folders = live.filter((f) => f.mimeType === 'application/vnd.google-apps.folder').length;
        // Every Doc still in Drive is one of the three templates, each once, and the Templates sheet points at them.
        const docs = live.filter((f) => f.mimeType === 'application/vnd.google-apps.document');
        const keys = docs.map((f) => f.appProperties?.josparKey).sort();
        const sheet = sheetValues(resumed, 'Үлгілер');
        const col = (sheet[0] as string[]).indexOf('Үлгі (Doc ID)');
        const pointed = [...new Set(sheet.slice(1).map((row) => String(row[col])))].sort();
        const want = ['template:order', 'template:plan', 'template:report'];
        return folders === 2 &&
          JSON.stringify(keys) === JSON.stringify(want) &&
          JSON.stringify(pointed) === JSON.stringify(docs.map((f) => f.id).sort())
          ? ''
          : `${folders} folders, templates ${keys.join()}, the sheet points at ${pointed.join()}`;
      },
    });
    expect(r.failures).toEqual([]);
    expect(r.cuts).toEqual(
      new Map([
        ['docs', 6],
        ['drive', 5],
        ['sheets', 1],
      ]),
    );
  });
});

describe('Generate document', () => {
  it("makes the selected row's order from its template, filed, linked, registered, formatting kept", async () => {
    const { ws, addon } = await ready();
    select(ws, '1.44');
    const out = addon.josparGenerateDocuments() as Generated;
    expect(out).toMatchObject({ created: 1, errors: 0 });
    const doc = docOf(ws, out.documents[0].id);
    expect(doc.name).toBe('1.44 Бұйрық 01.10.2025');
    const text = docText(doc);
    // A draft for signature: number and date left for the registry office, a heading that says what it is about,
    // what is ordered, who answers for it by full position, and the control clause.
    expect(text).toMatch(/«____» _+ 20___ ж\. +№ _+/);
    expect(text).toMatch(/^Апелляциялық комиссияның құрамы туралы$/m);
    expect(text).toMatch(/1\.44-тармағын орындау мақсатында\nБҰЙЫРАМЫН:/);
    expect(text).toMatch(/1\. Апелляциялық комиссияның құрамы осы бұйрыққа қосымшаға сәйкес бекітілсін\./);
    expect(text).toMatch(/2\. Оқу процесін ұйымдастыру және мониторингілеу бөлімінің бастығы және Емтихандарды/);
    expect(text).toMatch(
      /3\. Осы бұйрықтың орындалуын бақылау академиялық мәселелер жөніндегі проректорға жүктелсін\./,
    );
    expect(text).toMatch(/Басқарма Төрағасы – Ректор\n_+/);
    expect(text).toMatch(/Орынд\.: _+, тел\. _+/);
    expect(text).toMatch(/Исп\.: _+, тел\. _+/);
    // No members list yet: the annex's table says so rather than vanishing.
    expect(text).toMatch(/Тізім жоқ: «1\.44 тізім» парағын толтырып/);
    expect(text).toMatch(/2025 жылғы 28 қарашаға дейін/); // "2025 ж. қазан - қараша", moved to Friday 28 November
    expect(text).not.toMatch(/\{\{|\}\}/);
    // Dates a person reads are never ISO (issue 13): the draft mark in the footer gives the day in words.
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(paragraphText(doc.footer!.children[0] as ParagraphState)).toBe('Жоба / Проект · 1.44 · 2025 жылғы 1 қазан');
    const title = doc.body.children[0] as ParagraphState;
    expect(title.runs[0].bold).toBe(true);
    const file = ws.drive.files.find((f) => f.id === out.documents[0].id)!;
    const folder = String(sheetValues(ws, 'Үлгілер').find((r) => r[0] === 'Бұйрық')![3]);
    expect(file.parents).toEqual([folder]);
    expect(planCell(ws, '1.44', 'Құжат').getValue()).toBe(`https://docs.google.com/document/d/${file.id}/edit`);
    const register = sheetValues(ws, 'Бұйрықтар тізілімі');
    expect(register).toHaveLength(2);
    expect(register[1].slice(2, 6)).toEqual(['Негізгі қызмет бойынша', '1.44', 1, 'Бұйрық']);
    expect(register[1][0]).toBe(1);
    expect(register[1][8]).toBe('specialist@edu.ektu.kz');
    // The registry office's number and date are left to fill.
    expect(register[0].slice(9, 11)).toEqual(['Тіркеу №', 'Тіркеу күні']);
    // Then Jospar's warning (none for a date still to come) and the Drive approval's state.
    expect(register[0].slice(11)).toEqual(['Ескерту', 'Келісу']);
    expect(register[1][11]).toBe('');
  });

  it('fills every kind of placeholder: values, block and inline conditions, repeated rows from a list sheet, header and footer', async () => {
    const { ws, addon } = await ready();
    const g = ws.globals() as unknown as G;
    const t = g.DocumentApp.create('custom');
    t.addHeader().appendParagraph('Тармақ {{id}}');
    const b = t.getBody();
    b.getChild(0).asParagraph().setText('{{kind}} № {{orderNumber}}: {{activity}}');
    b.getChild(0).asParagraph().editAsText().setBold(0, 5, true);
    b.appendParagraph('Мерзімі: {{deadline}} → {{nextDue_kk}} / {{nextDue_ru}} / {{nextDue_en}}');
    b.appendParagraph('{{#if owners}}');
    b.appendParagraph('Орындаушылар: {{owners}}');
    b.appendParagraph('{{/if}}');
    b.appendParagraph('Мәртебесі: {{status}}{{#if owners}} (email бар){{/if}}{{#if list}}; тізім бар{{/if}}');
    b.appendTable([
      ['№', 'Аты-жөні', 'Лауазымы'],
      ['{{list.n}}', '{{list.Аты-жөні}}', '{{list.Лауазымы}}'],
    ]);
    b.appendParagraph('{{signatoryPosition}} {{signatory}}, {{academicYear}}, {{today_kk}}');
    t.addFooter().appendParagraph('{{unit}} · {{responsible}} · {{deliverable}}');
    setTemplate(ws, 'Бұйрық', 'Үлгі (Doc ID)', t.getId());
    const list = ws.spreadsheet.insertSheet('1.44 тізім');
    list.getRange(1, 1, 3, 2).setValues([
      ['Аты-жөні', 'Лауазымы'],
      ['Иванов И.И.', 'төраға'],
      ['Сериков С.С.', 'мүше'],
    ]);
    const out = addon.josparGenerateDocuments({ ids: ['1.44'], interactive: false }) as Generated;
    const doc = docOf(ws, out.documents[0].id);
    const text = docText(doc);
    expect(text).not.toMatch(/\{\{/);
    expect(text).toMatch(/^Тармақ 1\.44/m);
    expect(text).toMatch(/Бұйрық № 1: Апелляциялық комиссия құру туралы бұйрықты жасау/);
    expect(text).toMatch(/2025 жылғы 28 қараша \/ 28 ноября 2025 г\. \/ 28 November 2025/);
    expect(text).not.toMatch(/Орындаушылар/); // no emails yet: the block is gone
    expect(text).toMatch(/Мәртебесі: Жоспарланған; тізім бар/);
    expect(text).toMatch(/1 \| Иванов И\.И\. \| төраға\n2 \| Сериков С\.С\. \| мүше/);
    expect(text).toMatch(/Басқарма Төрағасы – Ректор _+, 2025-2026, 2025 жылғы 1 қазан/);
    expect(text).toMatch(
      /Оқу процесін ұйымдастыру .* · ОПҰжМБ бастығы, ЕҰ секторы · Апелляциялық комиссияның құрамы туралы бұйрық/,
    );
    // The bold "Бұйрық" of the template's first characters is kept through the replacement.
    const first = doc.body.children[0] as ParagraphState;
    expect(first.runs[0]).toMatchObject({ text: 'Бұйрық', bold: true });
  });

  it('reports an unknown placeholder and a missing template on their rows, and the other rows proceed', async () => {
    const { ws, addon } = await ready();
    const g = ws.globals() as unknown as G;
    const t = g.DocumentApp.create('with a typo');
    t.getBody().getChild(0).asParagraph().setText('{{activity}} {{activty}}');
    setTemplate(ws, 'Есеп', 'Үлгі (Doc ID)', t.getId());
    setTemplate(ws, 'Жоспар', 'Үлгі (Doc ID)', 'someone-elses-doc');
    const out = addon.josparGenerateDocuments({ ids: ['1.26', '1.08', '1.07'], interactive: false }) as Generated;
    expect(out).toMatchObject({ created: 2, errors: 1 });
    expect(planCell(ws, '1.26', 'Құжат').getValue()).toMatch(/^⚠ толтырылмаған: \{\{activty\}\} — https:/);
    expect(planCell(ws, '1.08', 'Құжат').getValue()).toMatch(/^қате: «Жоспар» үлгісі жоқ/);
    expect(planCell(ws, '1.07', 'Құжат').getValue()).toMatch(/^https:/);
    const log = sheetValues(ws, 'Журнал')
      .map((r) => `${r[3]} ${r[4]}`)
      .join('\n');
    expect(log).toMatch(/1\.26 ⚠ толтырылмаған: \{\{activty\}\}/);
    expect(log).toMatch(/1\.08 қате: «Жоспар» үлгісі жоқ/);
  });

  it('saves a PDF beside the Doc when the template row asks for one', async () => {
    const { ws, addon } = await ready();
    setTemplate(ws, 'Бұйрық', 'PDF', 'yes');
    const out = addon.josparGenerateDocuments({ ids: ['1.44'], interactive: false }) as Generated;
    const doc = ws.drive.files.find((f) => f.id === out.documents[0].id)!;
    const pdf = ws.drive.files.find((f) => f.mimeType === 'application/pdf')!;
    expect(pdf.name).toBe('1.44 Бұйрық 01.10.2025.pdf');
    expect(pdf.parents).toEqual(doc.parents);
    expect(Buffer.from(pdf.bytes!, 'base64').toString()).toMatch(/Апелляциялық комиссия/);
  });

  it('numbers orders consecutively, and not at all while another generation holds the lock', async () => {
    const { ws, addon } = await ready();
    addon.josparGenerateDocuments({ ids: ['1.07', '1.09'], interactive: false });
    ws.holdLock('document');
    const blocked = addon.josparGenerateDocuments({ ids: ['1.11'], interactive: false }) as Generated;
    expect(blocked.ok).toBe(false);
    ws.releaseLock('document');
    addon.josparGenerateDocuments({ ids: ['1.11', '1.12'], interactive: false });
    const register = sheetValues(ws, 'Бұйрықтар тізілімі').slice(1);
    expect(register.map((r) => [r[0], r[3]])).toEqual([
      [1, '1.07'],
      [2, '1.09'],
      [3, '1.11'],
      [4, '1.12'],
    ]);
  });

  it('asks before regenerating: No keeps the document, Yes makes a new version with the same number', async () => {
    const { ws, addon } = await ready();
    addon.josparGenerateDocuments({ ids: ['1.44'], interactive: false });
    const docsBefore = ws.docs.documents.length;
    ws.uiAnswers.push('NO');
    const kept = addon.josparGenerateDocuments({ ids: ['1.44'] }) as Generated;
    expect(kept).toMatchObject({ created: 0, skipped: 1 });
    expect(ws.docs.documents.length).toBe(docsBefore);
    expect(ws.ui.alerts.some((a) => /1\.44 тармағының құжаты бар/.test(a.message))).toBe(true);
    ws.uiAnswers.push('YES');
    const again = addon.josparGenerateDocuments({ ids: ['1.44'] }) as Generated;
    expect(again.created).toBe(1);
    expect(again.documents[0].name).toBe('1.44 Бұйрық 01.10.2025 (v2)');
    const register = sheetValues(ws, 'Бұйрықтар тізілімі').slice(1);
    expect(register.map((r) => [r[0], r[3], r[4]])).toEqual([
      [1, '1.44', 1],
      [1, '1.44', 2],
    ]);
    // Without anyone to ask, an existing document is kept.
    expect((addon.josparGenerateDocuments({ ids: ['1.44'], interactive: false }) as Generated).skipped).toBe(1);
  });

  it('ends as an uncut generation at every write: one document, one register entry, filled', async () => {
    // An order of the small plan (1.07), its default templates made: the same writes as an order of the embedded plan.
    const js = await addOnCode();
    const generate: Step = (a) => a.josparGenerateDocuments({ ids: ['1.07'], interactive: false });
    const r = sweep(prepared([setUpSmall, (a) => a.josparCreateTemplates()], js), [generate], js, {
      check: (resumed) => {
        const live = resumed.drive.files.filter((f) => f.appProperties?.josparKey?.startsWith('1.07#') && !f.trashed);
        const register = sheetValues(resumed, 'Бұйрықтар тізілімі').slice(1).length;
        const unfilled = live.length === 1 && /\{\{/.test(docText(docOf(resumed, live[0].id)));
        return live.length === 1 && register === 1 && !unfilled
          ? ''
          : `${live.length} documents, ${register} register entries${unfilled ? ', a placeholder left' : ''}`;
      },
    });
    expect(r.failures).toEqual([]);
    // One Docs API write an order (its fill); the copy in Drive; the register, the Plan's link, the Log; the note of
    // the document being made: every write is cut.
    expect(r.cuts).toEqual(
      new Map([
        ['docs', 1],
        ['drive', 1],
        ['properties', 3],
        ['sheets', 3],
      ]),
    );
  });
});

const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));

describe('the generated .docx', () => {
  it('is a Word document whose text is the filled order', async () => {
    const { ws, addon } = await ready();
    const out = addon.josparGenerateDocuments({ ids: ['1.44'], interactive: false }) as Generated;
    const buffer = await documentToDocx(docOf(ws, out.documents[0].id));
    expect(buffer.subarray(0, 2).toString()).toBe('PK'); // an Office Open XML zip
    expect(buffer.length).toBeGreaterThan(3000);
  });

  // LibreOffice is installed by .ci/run; on a machine without it this conversion cannot be tried.
  (soffice ? it : it.skip)('converts to PDF with LibreOffice', async () => {
    const { ws, addon } = await ready();
    const out = addon.josparGenerateDocuments({ ids: ['1.44'], interactive: false }) as Generated;
    const dir = mkdtempSync(join(tmpdir(), 'jospar-docx-'));
    writeFileSync(join(dir, 'order.docx'), await documentToDocx(docOf(ws, out.documents[0].id)));
    execFileSync(
      soffice!,
      [
        '--headless',
        `-env:UserInstallation=file://${dir}/profile`,
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        join(dir, 'order.docx'),
      ],
      { timeout: 120000, stdio: 'ignore' },
    );
    expect(existsSync(join(dir, 'order.pdf'))).toBe(true);
  });
});

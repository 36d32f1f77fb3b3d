/**
 * Issue 24: the printed plan, the execution report and four orders, rendered by LibreOffice to PDF in one run and
 * read as the department would read the pages (poppler's pdftotext and pdfinfo): landscape, page numbers, the
 * activity column's width, the unit heading across the table, the header row on page 2, no ISO date, the
 * entry-into-force clause, the annex and the Russian text each on a page of their own, the past-date marker of an
 * order made late.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { documentToDocx } from '../../src/local/export/docx';
import { pdfPages, pdfPageSize, pdfWords, toPdf } from '../../src/local/export/pdf';
import type { Workspace } from '../../src/local/workspace/workspace';
import { installed, setSettingValue, sheetValues } from '../helpers';

type Outcome = { ok: boolean; docId: string };
type Generated = { report: string[]; documents: Array<{ item: string; id: string }> };

const ORDERS = ['1.07', '1.44', '3.01', '4.08'];
const ISO = /\b\d{4}-\d{2}-\d{2}\b/;

async function docx(ws: Workspace, id: string, dir: string, name: string): Promise<string> {
  const file = join(dir, `${name}.docx`);
  writeFileSync(file, await documentToDocx(ws.docs.documents.find((d) => d.id === id)!));
  return file;
}

const flat = (pages: string[]) => pages.join('\n').replace(/\s+/g, ' ');

describe('printed documents, as LibreOffice renders them', () => {
  let plan: string;
  let report: string;
  let orders: Map<string, string>;
  let generated: Generated;
  let ws: Workspace;

  beforeAll(async () => {
    // 2 March 2026: 1.07's September date has passed when its order is made.
    const r = await installed({ now: Date.parse('2026-03-02T04:00:00Z') });
    ws = r.ws;
    r.addon.josparSetUpPlan();
    setSettingValue(ws, 'orderControllerName', 'Б.Б. Болатов');
    r.addon.josparCreateTemplates();
    r.addon.josparSetItemStatus('1.01', 'done');
    generated = r.addon.josparGenerateDocuments({ ids: ORDERS, interactive: false }) as Generated;
    const dir = mkdtempSync(join(tmpdir(), 'jospar-print-'));
    const files = [
      await docx(ws, (r.addon.josparPrintPlan(false) as Outcome).docId, dir, 'plan'),
      await docx(ws, (r.addon.josparExecutionReport('year', false) as Outcome).docId, dir, 'report'),
    ];
    for (const d of generated.documents) files.push(await docx(ws, d.id, dir, d.item));
    const pdfs = toPdf(files, dir);
    [plan, report] = pdfs;
    orders = new Map(generated.documents.map((d, k) => [d.item, pdfs[k + 2]]));
  }, 240000);

  it('prints the plan on A4 landscape, the activity column at least a third of the table', () => {
    const size = pdfPageSize(plan);
    expect(size.width).toBeGreaterThan(size.height);
    expect(Math.round(size.width)).toBe(842); // A4's long side
    const words = pdfWords(plan, 1);
    const header = (w: string) => words.find((x) => x.word === w)!;
    const table = { left: header('№').xMin - 6, right: size.width - 28.4 };
    const activity = header('Жауапты').xMin - header('Іс-шаралар').xMin;
    expect(activity / (table.right - table.left)).toBeGreaterThanOrEqual(1 / 3);
  });

  it('heads each unit with its full name in one row across the table, and repeats the header row on page 2', () => {
    const words = pdfWords(plan, 1);
    const heading = ['Оқу', 'процесін', 'ұйымдастыру', 'және', 'мониторингілеу', 'бөлімі'].map((w) =>
      words.find((x) => x.word === w)!,
    );
    // One line: every word of the heading on the same baseline, running past the narrow № column.
    expect(new Set(heading.map((w) => Math.round(w.yMin))).size).toBe(1);
    const no = words.find((x) => x.word === '№')!;
    expect(heading[heading.length - 1].xMax - no.xMin).toBeGreaterThan(200);
    const page2 = pdfPages(plan)[1];
    const firstTableLine = page2.split('\n').find((l) => l.trim())!;
    expect(firstTableLine).toMatch(/№\s+Іс-шаралар\s+Жауапты\s+Орындау мерзімі\s+Аяқталу түрі/);
  });

  it('numbers every page of the plan and the report at its foot (the footer of numbered-doc.ts)', () => {
    for (const pdf of [plan, report]) {
      const pages = pdfPages(pdf);
      expect(pages.length).toBeGreaterThan(1);
      pages.forEach((page, k) => {
        const lines = page.split('\n').filter((l) => l.trim());
        expect(lines[lines.length - 1].trim()).toBe(String(k + 1));
      });
    }
  });

  it('writes no ISO date in the plan or the report; the report is landscape and gives its period in words', () => {
    expect(flat(pdfPages(plan))).not.toMatch(ISO);
    const text = flat(pdfPages(report));
    expect(text).not.toMatch(ISO);
    expect(text).toMatch(/Кезең: 2025 жылғы 1 қыркүйек – 2026 жылғы 31 тамыз/);
    expect(text).toMatch(/мерзімі әлі келмеген: \d+/);
    const size = pdfPageSize(report);
    expect(size.width).toBeGreaterThan(size.height);
  });

  it('ends every order with the entry-into-force clause and names the controller from Settings', () => {
    for (const id of ORDERS) {
      const text = flat(pdfPages(orders.get(id)!));
      expect(text).toMatch(/Осы бұйрық қол қойылған күнінен бастап күшіне енеді\./);
      expect(text).toMatch(/Настоящий приказ вступает в силу со дня подписания\./);
      expect(text).toMatch(/проректор Б\.Б\. Болатовқа жүктелсін/);
    }
  });

  it('puts the annex and the Russian text each on a page of their own', () => {
    const pages = pdfPages(orders.get('1.44')!);
    const annex = pages.findIndex((p) => /№ _+ бұйрыққа қосымша/.test(p));
    expect(annex).toBeGreaterThan(0);
    expect(pages[annex]).not.toMatch(/БҰЙЫРАМЫН|Орынд\./);
    const russian = pages.findIndex((p) => /ПРИКАЗЫВАЮ/.test(p));
    expect(russian).toBeGreaterThan(annex);
    expect(pages[russian]).not.toMatch(/БҰЙЫРАМЫН|№ _+ бұйрыққа қосымша/);
    // The Kazakh text has no Russian line and the Russian text no Kazakh clause.
    expect(pages.slice(0, annex).join('\n')).not.toMatch(/ПРИКАЗЫВАЮ|Согласовано/);
  });

  it('marks a date already past in an order made late, and warns in the report and the register', () => {
    const text = flat(pdfPages(orders.get('1.07')!));
    expect(text).toMatch(/\(мерзімі өткен: жаңа мерзімді көрсетіңіз\)/);
    expect(text).toMatch(/\(срок истёк: укажите новый срок\)/);
    expect(text).not.toMatch(/2025 жылғы 30 қыркүйекке дейін/);
    expect(generated.report.join('\n')).toMatch(/⚠ 1\.07: мерзімі \(30\.09\.2025\) өтіп кеткен/);
    const register = sheetValues(ws, 'Бұйрықтар тізілімі');
    const h = register[0] as string[];
    const row = register.find((r) => r[h.indexOf('Тармақ')] === '1.07')!;
    expect(String(row[h.indexOf('Ескерту')])).toMatch(/мерзімі \(30\.09\.2025\) өтіп кеткен/);
  });

  it('writes the Russian text wholly in Russian: heading, first clause, control, annex title and note', () => {
    const KAZAKH = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/u;
    for (const id of ORDERS) {
      const pages = pdfPages(orders.get(id)!);
      const from = pages.findIndex((p) => /ПРИКАЗ/.test(p));
      // The Russian pages, without the university's bilingual header and the draft mark of the footer.
      const russian = flat(pages.slice(from))
        .replace(/«Д\. Серікбаев атындағы Шығыс Қазақстан техникалық университеті» КЕАҚ/g, '')
        .replace(/Жоба \/ Проект · [^ ]+ · \d+ жылғы \d+ \S+/g, '')
        .replace(/«\d\.\d\d тізім»/g, '');
      expect(russian).not.toMatch(KAZAKH);
      expect(russian).not.toMatch(/перевод заголовка|перевод пункта/);
      expect(russian).toMatch(/возложить на проректора по академическим вопросам Б\.Б\. Болатова\./);
    }
    const t144 = flat(pdfPages(orders.get('1.44')!));
    expect(t144).toMatch(/О составе апелляционной комиссии ПРИКАЗЫВАЮ|О составе апелляционной комиссии В соответствии/);
    expect(t144).toMatch(/1\. Утвердить состав апелляционной комиссии согласно приложению к настоящему приказу\./);
    expect(t144).toMatch(/Списка нет: заполните лист «1\.44 тізім»/);
    const t408 = flat(pdfPages(orders.get('4.08')!));
    expect(t408).toMatch(/О выплате стипендии студентам — обладателям гранта/);
    expect(t408).toMatch(/1\. Обеспечить выплату стипендии студентам — обладателям гранта до \d+ \S+ 2026 г\./);
    expect(flat(pdfPages(orders.get('3.01')!))).toMatch(/1\. По личному составу студентов: _+ \(отчисление/);
  });

  it('builds an on-demand order from its deliverable, positions in lower case mid-sentence', () => {
    const text = flat(pdfPages(orders.get('3.01')!));
    expect(text).toMatch(/1\. Студенттердің жеке құрамы бойынша: _+ \(шеттету/);
    expect(text).not.toMatch(/3\.01-тармағы \(«/);
    expect(flat(pdfPages(orders.get('1.07')!))).toMatch(/бастығы және мектеп деканда/);
  });
});

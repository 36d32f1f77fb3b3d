/**
 * Jospar's own templates, made in Drive by "Create default templates": a bilingual order (БҰЙРЫҚ / ПРИКАЗ), a report
 * and a plan, laid out as official documents of the university (header, title, number and date line, place, preamble,
 * numbered clauses, a table of people, the director's signature, approvals). Users edit them like any Doc; Jospar only
 * fills the {{placeholders}} in copies.
 */
type Section =
  GoogleAppsScript.Document.Body | GoogleAppsScript.Document.HeaderSection | GoogleAppsScript.Document.FooterSection;

const UNIVERSITY_KK = 'Д. Серікбаев атындағы Шығыс Қазақстан техникалық университеті';
const UNIVERSITY_RU = 'Восточно-Казахстанский технический университет имени Д. Серикбаева';

interface Style {
  bold?: boolean;
  size?: number;
  align?: 'CENTER' | 'RIGHT' | 'JUSTIFY';
}

function line(section: Section, text: string, style: Style = {}): GoogleAppsScript.Document.Paragraph {
  const p = section.appendParagraph(text);
  if (style.align) p.setAlignment(DocumentApp.HorizontalAlignment[style.align]);
  const t = p.editAsText();
  t.setFontFamily('Times New Roman');
  t.setFontSize(style.size ?? 12);
  if (style.bold) t.setBold(true);
  return p;
}

function header(doc: GoogleAppsScript.Document.Document): void {
  const h = doc.addHeader();
  h.getChild(0).asParagraph().setText(UNIVERSITY_KK);
  h.getChild(0)
    .asParagraph()
    .setAlignment(DocumentApp.HorizontalAlignment.CENTER)
    .editAsText()
    .setBold(true)
    .setFontSize(11);
  line(h, UNIVERSITY_RU, { bold: true, size: 11, align: 'CENTER' });
  const f = doc.addFooter();
  f.getChild(0).asParagraph().setText('Jospar · {{id}} · {{today}}');
  f.getChild(0).asParagraph().editAsText().setFontSize(8);
}

function peopleTable(body: GoogleAppsScript.Document.Body, headers: string[], fields: string[]): void {
  const table = body.appendTable([headers, fields.map((f) => `{{list.${f}}}`)]);
  const head = table.getRow(0);
  for (let i = 0; i < head.getNumCells(); i++) head.getCell(i).editAsText().setBold(true);
}

function signature(body: GoogleAppsScript.Document.Body): void {
  line(body, '');
  line(body, '{{signatoryPosition}}', { bold: true });
  line(body, '{{signatory}}', { bold: true, align: 'RIGHT' });
}

export function buildOrder(doc: GoogleAppsScript.Document.Document): void {
  header(doc);
  const b = doc.getBody();
  b.getChild(0).asParagraph().setText('БҰЙРЫҚ / ПРИКАЗ');
  b.getChild(0)
    .asParagraph()
    .setAlignment(DocumentApp.HorizontalAlignment.CENTER)
    .editAsText()
    .setBold(true)
    .setFontSize(14)
    .setFontFamily('Times New Roman');
  line(b, '{{orderDate_kk}}                                                  № {{orderNumber}}', { align: 'CENTER' });
  line(b, 'Өскемен қ. / г. Усть-Каменогорск', { align: 'CENTER' });
  line(b, '');
  line(b, '{{activity}}', { bold: true });
  line(b, '');
  line(
    b,
    '{{academicYear}} оқу жылына арналған Академиялық қызмет департаментінің жұмыс жоспарының {{id}}-тармағына сәйкес БҰЙЫРАМЫН:',
    { align: 'JUSTIFY' },
  );
  line(b, '1. {{activity}} {{dueBy_kk}} қамтамасыз етілсін.', { align: 'JUSTIFY' });
  line(b, '2. Жауаптылар: {{responsible}}.');
  line(b, '{{#if owners}}');
  line(b, '3. Орындаушылармен байланыс: {{owners}}.');
  line(b, '{{/if}}');
  line(b, '{{#if list}}');
  line(b, 'Құрамы / Состав:', { bold: true });
  peopleTable(b, ['№', 'Аты-жөні / ФИО', 'Лауазымы / Должность'], ['n', 'Аты-жөні', 'Лауазымы']);
  line(b, '{{/if}}');
  line(b, 'Бұйрықтың орындалуын бақылауды өзіме қалдырамын. / Контроль за исполнением приказа оставляю за собой.', {
    align: 'JUSTIFY',
  });
  signature(b);
  line(b, '');
  line(b, 'Келісілді / Согласовано:', { bold: true });
  line(b, 'ОПҰжМБ бастығы ____________________');
  line(b, 'Заң қызметі / Юридическая служба ____________________');
  line(b, '');
}

export function buildReport(doc: GoogleAppsScript.Document.Document): void {
  header(doc);
  const b = doc.getBody();
  b.getChild(0).asParagraph().setText('ЕСЕП / ОТЧЁТ');
  b.getChild(0)
    .asParagraph()
    .setAlignment(DocumentApp.HorizontalAlignment.CENTER)
    .editAsText()
    .setBold(true)
    .setFontSize(14)
    .setFontFamily('Times New Roman');
  line(b, '{{activity}}', { bold: true, align: 'CENTER' });
  line(b, '');
  const t = b.appendTable([
    ['Жоспар тармағы / Пункт плана', '{{id}} ({{academicYear}})'],
    ['Жауапты / Ответственные', '{{responsible}}'],
    ['Орындау мерзімі / Срок', '{{deadline}}'],
    ['Аяқталу түрі / Форма завершения', '{{deliverable}}'],
    ['Мәртебе / Статус', '{{status}}'],
  ]);
  for (let i = 0; i < t.getNumRows(); i++) t.getCell(i, 0).editAsText().setBold(true);
  line(b, '');
  line(b, 'Атқарылған жұмыс / Проделанная работа:', { bold: true });
  line(b, '');
  line(b, '{{#if list}}');
  peopleTable(b, ['№', 'Іс-шара / Мероприятие', 'Нәтиже / Результат'], ['n', 'Іс-шара', 'Нәтиже']);
  line(b, '{{/if}}');
  line(b, '{{today_kk}}');
  signature(b);
  line(b, '');
}

export function buildPlan(doc: GoogleAppsScript.Document.Document): void {
  header(doc);
  const b = doc.getBody();
  b.getChild(0).asParagraph().setText('БЕКІТЕМІН / УТВЕРЖДАЮ');
  b.getChild(0)
    .asParagraph()
    .setAlignment(DocumentApp.HorizontalAlignment.RIGHT)
    .editAsText()
    .setBold(true)
    .setFontFamily('Times New Roman');
  line(b, '{{signatoryPosition}}', { align: 'RIGHT' });
  line(b, '____________ {{signatory}}', { align: 'RIGHT' });
  line(b, '«___» ____________ {{today_kk}}', { align: 'RIGHT' });
  line(b, '');
  line(b, 'ЖОСПАР / ПЛАН', { bold: true, size: 14, align: 'CENTER' });
  line(b, '{{activity}}', { bold: true, align: 'CENTER' });
  line(b, '{{academicYear}} оқу жылы / учебный год', { align: 'CENTER' });
  line(b, '');
  peopleTable(
    b,
    ['№', 'Іс-шара / Мероприятие', 'Мерзімі / Срок', 'Жауапты / Ответственный'],
    ['n', 'Іс-шара', 'Мерзімі', 'Жауапты'],
  );
  line(b, '');
  line(b, 'Жауапты / Ответственные: {{responsible}}');
  line(b, '');
}

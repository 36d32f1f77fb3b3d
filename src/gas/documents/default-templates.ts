/**
 * Jospar's own templates, made in Drive by "Create default templates": an order drafted for the rector's signature
 * (Kazakh, with the fixed parts in Russian beside), a report and a plan, laid out as official documents of the
 * university. Users edit them like any Doc; Jospar only fills the {{placeholders}} in copies.
 */
type Section =
  GoogleAppsScript.Document.Body | GoogleAppsScript.Document.HeaderSection | GoogleAppsScript.Document.FooterSection;

const UNIVERSITY_KK = '«Д. Серікбаев атындағы Шығыс Қазақстан техникалық университеті» КЕАҚ';
const UNIVERSITY_RU = 'НАО «Восточно-Казахстанский технический университет имени Д. Серикбаева»';

interface Style {
  bold?: boolean;
  size?: number;
  align?: 'CENTER' | 'RIGHT' | 'JUSTIFY';
}

/** A style object for setAttributes: Times New Roman always, size 12 unless asked, bold and alignment where asked. */
function attributes(style: Style): Record<string, unknown> {
  const a = DocumentApp.Attribute;
  const out: Record<string, unknown> = { [a.FONT_FAMILY]: 'Times New Roman', [a.FONT_SIZE]: style.size ?? 12 };
  if (style.bold) out[a.BOLD] = true;
  if (style.align) out[a.HORIZONTAL_ALIGNMENT] = DocumentApp.HorizontalAlignment[style.align];
  return out;
}

/** One paragraph in two calls: appended, then styled all at once (setAttributes). */
function line(section: Section, text: string, style: Style = {}): GoogleAppsScript.Document.Paragraph {
  return section.appendParagraph(text).setAttributes(attributes(style));
}

/** A section's first paragraph (a new section has one, empty), given its text and style. */
function first(section: Section, text: string, style: Style): void {
  const p = section.getChild(0).asParagraph();
  p.setText(text);
  p.setAttributes(attributes(style));
}

function header(doc: GoogleAppsScript.Document.Document): void {
  const h = doc.addHeader();
  first(h, UNIVERSITY_KK, { bold: true, size: 11, align: 'CENTER' });
  line(h, UNIVERSITY_RU, { bold: true, size: 11, align: 'CENTER' });
  // The draft mark; its date in words (a person reads it), not as an ISO date.
  first(doc.addFooter(), 'Жоба / Проект · {{id}} · {{today_kk}}', { size: 8 });
}

function peopleTable(body: GoogleAppsScript.Document.Body, headers: string[], fields: string[]): void {
  const table = body.appendTable([headers, fields.map((f) => `{{list.${f}}}`)]);
  const head = table.getRow(0);
  for (let i = 0; i < headers.length; i++) head.getCell(i).setAttributes(attributes({ bold: true }));
}

function signature(body: GoogleAppsScript.Document.Body): void {
  line(body, '');
  line(body, '{{signatoryPosition}}', { bold: true });
  line(body, '{{signatory}}', { bold: true, align: 'RIGHT' });
}

/**
 * The order as a draft for signature, the way Kazakh universities lay out a rector's order: the university, БҰЙРЫҚ /
 * ПРИКАЗ, the date and number left blank for the registry office (кеңсе), the city, a heading saying what it is about,
 * the legal basis (a line to fill) and the plan item it carries out, "БҰЙЫРАМЫН:", clauses saying what is ordered, who
 * answers for it by full position and by when, the control clause, the signatory from Settings, the approvals and the
 * executor; a membership order carries its members in an annex, which says so when the list is missing.
 *
 * Built with few calls: two a paragraph (appended, then styled in one setAttributes).
 */
export function buildOrder(doc: GoogleAppsScript.Document.Document): void {
  header(doc);
  const b = doc.getBody();
  first(b, 'БҰЙРЫҚ / ПРИКАЗ', { bold: true, size: 14, align: 'CENTER' });
  const para = (text: string, style: Style = {}) => line(b, text, style);
  para('«____» ______________ 20___ ж.                                        № __________', { align: 'CENTER' });
  para('Өскемен қ. / г. Усть-Каменогорск', { align: 'CENTER' });
  para('');
  para('{{orderTitle}}', { bold: true });
  para('');
  para(
    '_______________________________________________ (құқықтық негізі: заң, қағида, ереже) сәйкес және ' +
      '{{academicYear}} оқу жылына арналған Академиялық қызмет департаментінің жұмыс жоспарының {{id}}-тармағын ' +
      'орындау мақсатында',
    { align: 'JUSTIFY' },
  );
  para('БҰЙЫРАМЫН:', { bold: true });
  para('1. {{orderClause}}', { align: 'JUSTIFY' });
  para('2. {{responsibleClause}}', { align: 'JUSTIFY' });
  para('3. Осы бұйрықтың орындалуын бақылау {{orderControl}} жүктелсін.', { align: 'JUSTIFY' });
  para('');
  para('{{signatoryPosition}}', { bold: true });
  para('{{signatory}}', { bold: true, align: 'RIGHT' });
  para('');
  para('Келісілді / Согласовано:', { bold: true });
  para('Академиялық қызмет департаментінің директоры ____________________');
  para('Заң қызметі / Юридическая служба ____________________');
  para('');
  para('Орынд. / Исп.: {{orderExecutor}}', { size: 10 });
  para('{{#if hasMembers}}');
  para('');
  para('«____» ______________ 20___ ж. № __________ бұйрыққа қосымша', { align: 'RIGHT' });
  para('');
  para('{{membersTitle}}', { bold: true, align: 'CENTER' });
  peopleTable(b, ['№', 'Аты-жөні / ФИО', 'Лауазымы / Должность'], ['n', 'Аты-жөні', 'Лауазымы']);
  para('{{/if}}');
  // A section's last paragraph cannot be removed: the block's closing marker must not be the last one.
  para('');
}

export function buildReport(doc: GoogleAppsScript.Document.Document): void {
  header(doc);
  const b = doc.getBody();
  first(b, 'ЕСЕП / ОТЧЁТ', { bold: true, size: 14, align: 'CENTER' });
  line(b, '{{activity}}', { bold: true, align: 'CENTER' });
  line(b, '');
  const t = b.appendTable([
    ['Жоспар тармағы / Пункт плана', '{{id}} ({{academicYear}})'],
    ['Жауапты / Ответственные', '{{responsible}}'],
    ['Орындау мерзімі / Срок', '{{deadline}}'],
    ['Аяқталу түрі / Форма завершения', '{{deliverable}}'],
    ['Мәртебе / Статус', '{{status}}'],
  ]);
  for (let i = 0; i < 5; i++) t.getCell(i, 0).setAttributes(attributes({ bold: true }));
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
  first(b, 'БЕКІТЕМІН / УТВЕРЖДАЮ', { bold: true, align: 'RIGHT' });
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

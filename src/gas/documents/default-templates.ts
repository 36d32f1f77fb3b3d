/**
 * Jospar's own templates, made in Drive by "Create default templates": an order drafted for the rector's signature
 * (Kazakh, with the fixed parts in Russian beside), a report and a plan, laid out as official documents of the
 * university. Users edit them like any Doc; Jospar only fills the {{placeholders}} in copies.
 *
 * Each is written through the Docs API in three calls, whatever its length: one documents.batchUpdate with all its
 * text (one insertText), the styles (updateTextStyle, updateParagraphStyle, on ranges known from the text), its empty
 * tables (insertTable, last to first) and its header and footer; one documents.get for where the tables' cells are;
 * one documents.batchUpdate with the cells' text and the header's and footer's.
 */
import { docsApi, type DocsRequest } from './docs-api';

const UNIVERSITY_KK = '«Д. Серікбаев атындағы Шығыс Қазақстан техникалық университеті» КЕАҚ';
const UNIVERSITY_RU = 'НАО «Восточно-Казахстанский технический университет имени Д. Серикбаева»';
const FONT = 'Times New Roman';

interface Style {
  bold?: boolean;
  size?: number;
  align?: 'CENTER' | 'RIGHT' | 'JUSTIFY';
  /** The paragraph starts a new page (an annex, the Russian version). */
  newPage?: boolean;
}
interface Line {
  text: string;
  style: Style;
}
/** A table between two paragraphs, its first row (or first column) bold. */
interface TableSketch {
  after: number;
  cells: string[][];
  bold: 'row' | 'column';
}

/** A template as written down, before any call: paragraphs, tables between them, a header and a footer. */
export class Draft {
  readonly lines: Line[] = [];
  readonly tables: TableSketch[] = [];
  header: Line[] = [];
  footer: Line[] = [];
  line(text: string, style: Style = {}): void {
    this.lines.push({ text, style });
  }
  table(cells: string[][], bold: 'row' | 'column' = 'row'): void {
    this.tables.push({ after: this.lines.length - 1, cells, bold });
  }
}

const ALIGN = { CENTER: 'CENTER', RIGHT: 'END', JUSTIFY: 'JUSTIFIED' } as const;

function textStyle(range: object, style: Style): DocsRequest {
  return {
    updateTextStyle: {
      range,
      textStyle: {
        bold: !!style.bold,
        fontSize: { magnitude: style.size ?? 12, unit: 'PT' },
        weightedFontFamily: { fontFamily: FONT },
      },
      fields: 'bold,fontSize,weightedFontFamily',
    },
  };
}

/** Lines as one text from `from`, with a style request per line; `joined` lines are not separated by a newline. */
function written(lines: Line[], from: number, segmentId: string | undefined, joined: Set<number>) {
  const requests: DocsRequest[] = [];
  const where = segmentId ? { segmentId } : {};
  let text = '';
  const cuts: number[] = [];
  lines.forEach((l, i) => {
    const start = from + text.length;
    text += l.text;
    const end = from + text.length;
    if (end > start) {
      requests.push(textStyle({ ...where, startIndex: start, endIndex: end }, l.style));
      if (l.style.align || l.style.newPage)
        requests.push({
          updateParagraphStyle: {
            range: { ...where, startIndex: start, endIndex: end },
            paragraphStyle: {
              ...(l.style.align ? { alignment: ALIGN[l.style.align] } : {}),
              ...(l.style.newPage ? { pageBreakBefore: true } : {}),
            },
            fields: [l.style.align ? 'alignment' : '', l.style.newPage ? 'pageBreakBefore' : '']
              .filter(Boolean)
              .join(','),
          },
        });
    }
    if (i < lines.length - 1) {
      if (joined.has(i)) cuts.push(from + text.length);
      else text += '\n';
    }
  });
  const insert: DocsRequest = { insertText: { location: { ...where, index: from }, text } };
  return { requests: text ? [insert, ...requests] : [], cuts };
}

/** Writes a draft into the empty Google Doc `documentId`: three calls. */
export function writeDraft(documentId: string, draft: Draft): void {
  const api = docsApi();
  const body = written(draft.lines, 1, undefined, new Set(draft.tables.map((t) => t.after)));
  // Each table goes where its two paragraphs meet (the newline the API puts before a table parts them), last first.
  const tables = draft.tables
    .map((t, i) => ({ t, at: body.cuts[i] }))
    .sort((a, b) => b.at - a.at)
    .map(({ t, at }) => ({
      insertTable: { rows: t.cells.length, columns: t.cells[0].length, location: { index: at } },
    }));
  const first = api.Documents.batchUpdate(
    {
      requests: [
        ...body.requests,
        ...tables,
        ...(draft.header.length ? [{ createHeader: { type: 'DEFAULT' } }] : []),
        ...(draft.footer.length ? [{ createFooter: { type: 'DEFAULT' } }] : []),
      ],
    },
    documentId,
  );
  const replies = (first.replies ?? []) as Array<{
    createHeader?: { headerId?: string };
    createFooter?: { footerId?: string };
  }>;
  const headerId = replies.find((r) => r.createHeader)?.createHeader?.headerId;
  const footerId = replies.find((r) => r.createFooter)?.createFooter?.footerId;

  // Where the tables' cells are, read back (never computed from the API's structure rules); filled last to first.
  const content = api.Documents.get(documentId).body?.content ?? [];
  const found = content.filter((e) => e.table);
  const cells: Array<{ at: number; requests: DocsRequest[] }> = [];
  draft.tables.forEach((t, k) => {
    const rows = found[k]?.table?.tableRows ?? [];
    t.cells.forEach((row, r) =>
      row.forEach((text, c) => {
        const at = rows[r]?.tableCells?.[c]?.content?.[0]?.startIndex;
        if (at === undefined || !text) return;
        const bold = t.bold === 'row' ? r === 0 : c === 0;
        const range = { startIndex: at, endIndex: at + text.length };
        cells.push({ at, requests: [{ insertText: { location: { index: at }, text } }, textStyle(range, { bold })] });
      }),
    );
  });
  const ordered = cells.sort((a, b) => b.at - a.at).flatMap((x) => x.requests);
  const header = headerId ? written(draft.header, 0, headerId, new Set()).requests : [];
  const footer = footerId ? written(draft.footer, 0, footerId, new Set()).requests : [];
  const requests = [...ordered, ...header, ...footer];
  if (requests.length) api.Documents.batchUpdate({ requests }, documentId);
}

function header(d: Draft): void {
  d.header = [
    { text: UNIVERSITY_KK, style: { bold: true, size: 11, align: 'CENTER' } },
    { text: UNIVERSITY_RU, style: { bold: true, size: 11, align: 'CENTER' } },
  ];
  // The draft mark; its date in words (a person reads it), not as an ISO date.
  d.footer = [{ text: 'Жоба / Проект · {{id}} · {{today_kk}}', style: { size: 8 } }];
}

/** A table whose second row repeats for each entry of the list (`{{list.field}}`; the Russian annex: listRu). */
function peopleTable(d: Draft, headers: string[], fields: string[], list = 'list'): void {
  d.table([headers, fields.map((f) => `{{${list}.${f}}}`)]);
}

function signature(d: Draft): void {
  d.line('');
  d.line('{{signatoryPosition}}', { bold: true });
  d.line('{{signatory}}', { bold: true, align: 'RIGHT' });
}

/**
 * The order as a draft for signature, the way Kazakh universities lay out a rector's order: the university, the date
 * and number left blank for the registry office (кеңсе), the city, a heading saying what it is about, the legal basis
 * (a line to fill) and the plan item it carries out, "БҰЙЫРАМЫН:", clauses saying what is ordered, who answers for it
 * by full position and by when, the control clause (Settings' controller), the entry into force, the signatory from
 * Settings, the approvals and the executor; a membership order carries its members in an annex on a page of its own.
 * The Kazakh text and the Russian text are each whole and in one language, the Russian starting on a new page, as
 * Kazakh public bodies publish an act in each language (adilet.zan.kz: a Kazakh and a Russian text of the same act):
 * never a document of mixed lines. The Russian text's heading, first clause and annex title come from the item's
 * Russian name (the Plan's «Атауы (орысша)»: the plan is in Kazakh only); its responsible people from the Roles
 * sheet's Russian names; its annex says a missing list in Russian.
 */
export function buildOrder(d: Draft): void {
  header(d);
  const para = (text: string, style: Style = {}) => d.line(text, style);
  // Қазақша мәтін.
  para('БҰЙРЫҚ', { bold: true, size: 14, align: 'CENTER' });
  para('«____» ______________ 20___ ж.                                        № __________', { align: 'CENTER' });
  para('Өскемен қ.', { align: 'CENTER' });
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
  para('4. Осы бұйрық қол қойылған күнінен бастап күшіне енеді.', { align: 'JUSTIFY' });
  para('');
  para('{{signatoryPosition}}', { bold: true });
  para('{{signatory}}', { bold: true, align: 'RIGHT' });
  para('');
  para('Келісілді:', { bold: true });
  para('Академиялық қызмет департаментінің директоры ____________________');
  para('Заң қызметі ____________________');
  para('');
  para('Орынд.: {{orderExecutor}}', { size: 10 });
  para('{{#if hasMembers}}');
  para('«____» ______________ 20___ ж. № __________ бұйрыққа қосымша', { align: 'RIGHT', newPage: true });
  para('');
  para('{{membersTitle}}', { bold: true, align: 'CENTER' });
  peopleTable(d, ['№', 'Аты-жөні', 'Лауазымы'], ['n', 'Аты-жөні', 'Лауазымы']);
  para('{{/if}}');
  // Русский текст.
  para('ПРИКАЗ', { bold: true, size: 14, align: 'CENTER', newPage: true });
  para('«____» ______________ 20___ г.                                        № __________', { align: 'CENTER' });
  para('г. Усть-Каменогорск', { align: 'CENTER' });
  para('');
  para('{{orderTitleRu}}', { bold: true });
  para('');
  para(
    'В соответствии с _______________________________________________ (правовое основание: закон, правила, ' +
      'положение) и в целях исполнения пункта {{id}} плана работы Департамента академической деятельности на ' +
      '{{academicYear}} учебный год',
    { align: 'JUSTIFY' },
  );
  para('ПРИКАЗЫВАЮ:', { bold: true });
  para('1. {{orderClauseRu}}', { align: 'JUSTIFY' });
  para('2. {{responsibleClauseRu}}', { align: 'JUSTIFY' });
  para('3. Контроль за исполнением настоящего приказа возложить на {{orderControlRu}}.', { align: 'JUSTIFY' });
  para('4. Настоящий приказ вступает в силу со дня подписания.', { align: 'JUSTIFY' });
  para('');
  para('{{signatoryPositionRu}}', { bold: true });
  para('{{signatory}}', { bold: true, align: 'RIGHT' });
  para('');
  para('Согласовано:', { bold: true });
  para('Директор Департамента академической деятельности ____________________');
  para('Юридическая служба ____________________');
  para('');
  para('Исп.: {{orderExecutor}}', { size: 10 });
  para('{{#if hasMembers}}');
  para('Приложение к приказу от «____» ______________ 20___ г. № __________', { align: 'RIGHT', newPage: true });
  para('');
  para('{{membersTitleRu}}', { bold: true, align: 'CENTER' });
  peopleTable(d, ['№', 'Фамилия, имя, отчество', 'Должность'], ['n', 'Аты-жөні', 'Лауазымы'], 'listRu');
  para('{{/if}}');
  // A section's last paragraph cannot be removed: the block's closing marker must not be the last one.
  para('');
}

export function buildReport(d: Draft): void {
  header(d);
  d.line('ЕСЕП / ОТЧЁТ', { bold: true, size: 14, align: 'CENTER' });
  d.line('{{activity}}', { bold: true, align: 'CENTER' });
  d.line('');
  d.table(
    [
      ['Жоспар тармағы / Пункт плана', '{{id}} ({{academicYear}})'],
      ['Жауапты / Ответственные', '{{responsible}}'],
      ['Орындау мерзімі / Срок', '{{deadline}}'],
      ['Аяқталу түрі / Форма завершения', '{{deliverable}}'],
      ['Мәртебе / Статус', '{{status}}'],
    ],
    'column',
  );
  d.line('');
  d.line('Атқарылған жұмыс / Проделанная работа:', { bold: true });
  d.line('');
  d.line('{{#if list}}');
  peopleTable(d, ['№', 'Іс-шара / Мероприятие', 'Нәтиже / Результат'], ['n', 'Іс-шара', 'Нәтиже']);
  d.line('{{/if}}');
  d.line('{{today_kk}}');
  signature(d);
  d.line('');
}

export function buildPlan(d: Draft): void {
  header(d);
  d.line('БЕКІТЕМІН / УТВЕРЖДАЮ', { bold: true, align: 'RIGHT' });
  d.line('{{signatoryPosition}}', { align: 'RIGHT' });
  d.line('____________ {{signatory}}', { align: 'RIGHT' });
  d.line('«___» ____________ {{today_kk}}', { align: 'RIGHT' });
  d.line('');
  d.line('ЖОСПАР / ПЛАН', { bold: true, size: 14, align: 'CENTER' });
  d.line('{{activity}}', { bold: true, align: 'CENTER' });
  d.line('{{academicYear}} оқу жылы / учебный год', { align: 'CENTER' });
  d.line('');
  peopleTable(
    d,
    ['№', 'Іс-шара / Мероприятие', 'Мерзімі / Срок', 'Жауапты / Ответственный'],
    ['n', 'Іс-шара', 'Мерзімі', 'Жауапты'],
  );
  d.line('');
  d.line('Жауапты / Ответственные: {{responsible}}');
  d.line('');
}

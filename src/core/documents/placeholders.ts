/**
 * Placeholders of templates: `{{name}}` for a value, `{{#if name}}…{{/if}}` for a part kept only when the value is not
 * empty, and `{{list.field}}` in a table row, which repeats the row for each entry of the list. Pure: the values are
 * computed here; the Docs side applies them to a copy of the template.
 */
import { formatDueBy, formatLongDate } from '../deadline/format';
import type { Lang } from '../i18n/lang';
import {
  inRunningText,
  isMembershipOrder,
  isStudentOrder,
  kazakhDative,
  onDemandClause,
  orderClause,
  orderHeading,
  sentenceCase,
} from './order-text';
import { membersTitleRu, orderClauseRu, orderHeadingRu, orderHeadingRuOfItem } from './order-text-ru';

export type Values = Record<string, string>;
export type Lists = Record<string, Array<Record<string, string>>>;

export const PLACEHOLDER = /\{\{\s*([#/]?[\p{L}\p{N}\w.\-№]+(?:\s+[\p{L}\p{N}\w.\-№]+)?)\s*\}\}/gu;

export interface ItemForDocument {
  id: string;
  unit: string;
  no: string;
  activity: string;
  responsible: string;
  deadline: string;
  deliverable: string;
  status: string;
  owners: string[];
  nextDue: string;
  /** The responsible roles by full position ("Оқу процесін … бөлімінің бастығы және …"); the cell as is when unset. */
  responsibleFull?: string;
  /** Whether a members list exists for the item. */
  hasList?: boolean;
  /** The responsible roles by their Russian full names (Roles sheet), for the Russian text of an order. */
  responsibleFullRu?: string;
  /** An on-demand item ("талап бойынша", "өтініштер түскен сайын"): no date of its own. */
  onDemand?: boolean;
  /** What the item is about in Russian (the Plan's «Атауы (орысша)»), for the Russian text of its order. */
  nameRu?: string;
}

export interface DocumentContext {
  kindName: string;
  orderNumber: string;
  orderDate: string;
  today: string;
  academicYear: string;
  signatoryPosition: string;
  signatoryName: string;
  lang: Lang;
  /** Who controls execution, in the dative ("академиялық мәселелер жөніндегі проректорға"). */
  orderControl?: string;
  /** Who drafted the order: name, phone. */
  orderExecutor?: string;
  /** Who controls execution: position (nominative) and name, from Settings; the name takes the dative. */
  controllerPosition?: string;
  controllerName?: string;
}

/** What an order says in place of a date already past when it is made: never a past date written silently. */
export const PAST_DUE_MARK = '(мерзімі өткен: жаңа мерзімді көрсетіңіз)';
export const PAST_DUE_MARK_RU = '(срок истёк: укажите новый срок)';

/** The signatory's position in Russian where Jospar knows it (the university's head); else a line to fill. */
const POSITIONS_RU: Record<string, string> = {
  'Басқарма Төрағасы – Ректор': 'Председатель Правления – Ректор',
  Ректор: 'Ректор',
};

/** A blank to fill by hand where a value is not known yet. */
const LINE = '____________________';

/** Orders on students and orders on the main activity: the register numbers each series on its own. */
export const ORDER_SERIES = {
  students: { kk: 'Студенттер бойынша', ru: 'По студентам', en: 'Students' },
  main: { kk: 'Негізгі қызмет бойынша', ru: 'По основной деятельности', en: 'Main activity' },
} as const;

export function orderSeries(item: Pick<ItemForDocument, 'deliverable' | 'activity'>): keyof typeof ORDER_SERIES {
  return isStudentOrder(item.deliverable, item.activity) ? 'students' : 'main';
}

/** Every placeholder a template may use, by name. Dates come in the three languages' long forms. */
export function documentValues(item: ItemForDocument, ctx: DocumentContext): Values {
  const long = (iso: string, lang: Lang) => (iso ? formatLongDate(iso, lang) : '');
  // A date a person reads is written as the plan writes dates (dd.MM.yyyy): {{date}} too, in file names, which the
  // Register, the Log and Drive show (names begin with the item's id, so they never sorted by date anyway).
  const dotted = (iso: string) => iso.replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$3.$2.$1');
  return {
    id: item.id,
    unit: item.unit,
    number: item.no,
    no: item.no,
    activity: item.activity,
    responsible: item.responsible,
    deadline: item.deadline,
    deliverable: item.deliverable,
    status: item.status,
    owners: item.owners.join(', '),
    kind: ctx.kindName,
    nextDue: dotted(item.nextDue),
    nextDue_kk: long(item.nextDue, 'kk'),
    nextDue_ru: long(item.nextDue, 'ru'),
    nextDue_en: long(item.nextDue, 'en'),
    dueBy_kk: item.nextDue ? formatDueBy(item.nextDue, 'kk') : '',
    dueBy_ru: item.nextDue ? formatDueBy(item.nextDue, 'ru') : '',
    dueBy_en: item.nextDue ? formatDueBy(item.nextDue, 'en') : '',
    orderNumber: ctx.orderNumber,
    orderDate: dotted(ctx.orderDate),
    orderDate_kk: long(ctx.orderDate, 'kk'),
    orderDate_ru: long(ctx.orderDate, 'ru'),
    orderDate_en: long(ctx.orderDate, 'en'),
    date: dotted(ctx.today),
    today: dotted(ctx.today),
    today_kk: long(ctx.today, 'kk'),
    today_ru: long(ctx.today, 'ru'),
    today_en: long(ctx.today, 'en'),
    academicYear: ctx.academicYear,
    signatory: ctx.signatoryName || LINE,
    signatoryPosition: ctx.signatoryPosition,
    ...orderValues(item, ctx),
  };
}

/** The parts of an order draft: heading, what is ordered, who answers for it by when, control, executor, members. */
function orderValues(item: ItemForDocument, ctx: DocumentContext): Values {
  const title = orderHeading(item.deliverable, item.activity);
  // A date already past on the day the order is made is not ordered: the draft says so in its place.
  const past = !!item.nextDue && !!ctx.today && item.nextDue < ctx.today;
  const dueBy = past ? PAST_DUE_MARK : item.nextDue ? formatDueBy(item.nextDue, 'kk') : '';
  const who = sentenceCase(item.responsibleFull || item.responsible);
  const membership = isMembershipOrder(title);
  const perCase = !!item.onDemand && !membership;
  const clause = perCase ? onDemandClause(item.deliverable, item.activity, title) : orderClause(title, item.id, dueBy);
  const nameRu = (item.nameRu ?? '').trim();
  const byRu = past ? PAST_DUE_MARK_RU : item.nextDue ? formatDueBy(item.nextDue, 'ru') : '';
  return {
    orderTitle: title,
    orderClause: clause,
    responsibleClause: who
      ? `${who} осы бұйрықтың орындалуын${dueBy ? ` ${dueBy}` : ''} қамтамасыз етсін.`
      : `Осы бұйрықтың орындалуы${dueBy ? ` ${dueBy}` : ''} қамтамасыз етілсін.`,
    responsibleFull: who,
    // The Russian text: its responsible people in the nominative after "Ответственные", as Russian orders list them
    // (a position's dative cannot be made from a role name), the date in Russian.
    responsibleClauseRu: ruClause(item, past),
    // The Russian text's heading, first clause and annex title, from the item's Russian name (order-text-ru.ts).
    orderTitleRu: nameRu
      ? orderHeadingRu(nameRu, perCase || /бойынша$/u.test(title))
      : orderHeadingRuOfItem(item.id, ctx.academicYear),
    orderClauseRu: orderClauseRu(nameRu, { membership, perCase }, byRu, item.id),
    membersTitleRu: membersTitleRu(nameRu),
    orderControlRu: controlOfRu(ctx),
    signatoryPositionRu: POSITIONS_RU[ctx.signatoryPosition.trim()] ?? LINE,
    pastDue: past ? 'иә' : '',
    pastDueDate: past ? item.nextDue.replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$3.$2.$1') : '',
    orderControl: controlOf(ctx),
    controllerName: ctx.controllerName || LINE,
    controllerPosition: ctx.controllerPosition || '',
    orderExecutor: ctx.orderExecutor || `${LINE}, тел. __________`,
    orderSeries: ORDER_SERIES[orderSeries(item)][ctx.lang],
    membersTitle: membership ? clause.replace(/ осы бұйрыққа қосымшаға сәйкес бекітілсін\.$/u, '') : title,
    // A membership order always shows its members table (saying so when the list is missing); others with a list.
    hasMembers: membership || item.hasList ? 'иә' : '',
    listMissing: `Тізім жоқ: «${item.id} тізім» парағын толтырып, құжатты қайта жасаңыз`,
    // The same list in the Russian text's annex ({{listRu.…}}), which says its absence in Russian.
    listRuMissing: `Списка нет: заполните лист «${item.id} тізім» и создайте документ заново`,
  };
}

function ruClause(item: ItemForDocument, past: boolean): string {
  const by = past ? PAST_DUE_MARK_RU : item.nextDue ? formatDueBy(item.nextDue, 'ru') : '';
  const who = inRunningText((item.responsibleFullRu || '').trim());
  const said = `Исполнение настоящего приказа обеспечить${by ? ` ${by}` : ''}`;
  return `${said.replace(/\.$/, '')}.${who ? ` Ответственные: ${who}.` : ''}`;
}

/**
 * Who controls the order, in the dative as the control clause takes it: "академиялық мәселелер жөніндегі проректор
 * Б.Б. Болатовқа" from Settings' position and name; without a name, the position itself in the dative
 * ("… проректорға"); without either, the older dative Settings row or a blank.
 */
function controlOf(ctx: DocumentContext): string {
  const position = (ctx.controllerPosition ?? '').trim();
  const name = (ctx.controllerName ?? '').trim();
  if (position && name) return `${inRunningText(position)} ${kazakhDative(name)}`;
  if (position) return inRunningText(kazakhDative(position));
  return ctx.orderControl || LINE;
}

/** Controllers' positions in Russian, in the accusative "возложить на" takes, where Jospar knows them. */
const CONTROLLERS_RU: Record<string, string> = {
  'академиялық мәселелер жөніндегі проректор': 'проректора по академическим вопросам',
  'басқарма төрағасы – ректор': 'Председателя Правления – Ректора',
};

/**
 * Who controls the order in the Russian text, in the accusative: "проректора по академическим вопросам Б.Б. Болатова"
 * (a surname in -ов/-ев/-ин takes -а, in -ова/-ева/-ина -у); a position Jospar cannot put in Russian is a line to fill.
 */
function controlOfRu(ctx: DocumentContext): string {
  const position = CONTROLLERS_RU[(ctx.controllerPosition ?? '').trim().toLocaleLowerCase('kk')];
  const name = (ctx.controllerName ?? '').trim();
  if (!position) return `${LINE} (должность, Ф. И. О.)`;
  if (!name) return position;
  return `${position} ${russianAccusative(name)}`;
}

/** "Б.Б. Болатов" → "Б.Б. Болатова", "А.Б. Нурекенова" → "А.Б. Нурекенову"; other surnames do not change. */
function russianAccusative(name: string): string {
  if (/(ов|ев|ёв|ин|ын)а$/u.test(name)) return `${name.slice(0, -1)}у`;
  if (/(ов|ев|ёв|ин|ын)$/u.test(name)) return `${name}а`;
  return name;
}

/** `{{id}} {{kind}} {{date}}` → "1.07 Бұйрық 01.10.2025", without characters Drive names should not have. */
export function fileName(pattern: string, values: Values): string {
  const name = pattern
    .replace(PLACEHOLDER, (all, name: string) => values[name.trim()] ?? all)
    .replace(/[\\/:*?"<>|\r\n]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return name.slice(0, 200) || 'Jospar';
}

/** Is a condition's value "present"? Empty text and "0"/"false"/"жоқ" are not. */
export function truthy(value: string | undefined): boolean {
  const v = (value ?? '').trim().toLowerCase();
  return v !== '' && v !== '0' && v !== 'false' && v !== 'жоқ' && v !== 'нет' && v !== 'no';
}

/** Placeholders still in a text after filling: these are reported, never shipped silently. */
export function leftovers(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => `{{${m[1]}}}`))];
}

/**
 * A value filled into a document is text, never a template: each of its "{" goes in followed by an invisible word
 * joiner (U+2060), so that no later replacement (a placeholder, a list field) finds a "{{" in it and expands a
 * `{{signatory}}` a user typed into an activity, and no leftover check reports it; the fill takes the joiners out at
 * the very end. (Not a private-use character: the Docs API strips those from the text it inserts.)
 */
export const BRACE_GUARD = '\u2060';

export function guardBraces(value: string): string {
  return value.replace(/\{/g, `{${BRACE_GUARD}`);
}

/** A literal string as an RE2 pattern (Body.replaceText takes RE2). */
export function re2Literal(text: string): string {
  return text.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&');
}

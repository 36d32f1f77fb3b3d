/**
 * Kinds of documents a plan item's deliverable can be, and the words that tell them (editable in the Templates sheet).
 * Kinds are tried in this order, so "Бекітілген жоспар туралы бұйрық" is an order, not a plan.
 */
import { foldText } from '../deadline/fold';
import type { Lang, Text } from '../i18n/lang';
import { codeOf, relabel, type Word } from '../i18n/words';

export type DocKind = 'order' | 'report' | 'plan' | 'schedule' | 'act' | 'protocol' | 'application';

export interface KindSpec {
  kind: DocKind;
  keywords: string[];
  name: Text;
  template: 'order' | 'report' | 'plan';
}

export const KINDS: KindSpec[] = [
  {
    kind: 'order',
    keywords: ['бұйрық', 'приказ', 'order'],
    name: { kk: 'Бұйрық', ru: 'Приказ', en: 'Order' },
    template: 'order',
  },
  {
    kind: 'protocol',
    keywords: ['хаттама', 'протокол', 'minutes', 'protocol'],
    name: { kk: 'Хаттама', ru: 'Протокол', en: 'Minutes' },
    template: 'report',
  },
  { kind: 'act', keywords: ['акт', 'act'], name: { kk: 'Акт', ru: 'Акт', en: 'Act' }, template: 'report' },
  {
    kind: 'application',
    keywords: ['өтінім', 'заявка', 'application'],
    name: { kk: 'Өтінім', ru: 'Заявка', en: 'Application' },
    template: 'report',
  },
  {
    kind: 'schedule',
    keywords: ['кесте', 'график', 'расписание', 'schedule'],
    name: { kk: 'Кесте', ru: 'График', en: 'Schedule' },
    template: 'plan',
  },
  {
    kind: 'report',
    keywords: ['есеп', 'отчет', 'отчёт', 'report'],
    name: { kk: 'Есеп', ru: 'Отчёт', en: 'Report' },
    template: 'report',
  },
  {
    kind: 'plan',
    keywords: ['жоспар', 'план', 'plan'],
    name: { kk: 'Жоспар', ru: 'План', en: 'Plan' },
    template: 'plan',
  },
];

export interface TemplateRow {
  kind: string;
  keywords: string[];
}

/** The first template row whose keyword starts a word of the deliverable (any case or ending: "бұйрықтар", "есебі"). */
export function matchKind(deliverable: string, rows: readonly TemplateRow[]): string | null {
  const words = foldText(deliverable)
    .split(/[^\p{L}\d]+/u)
    .filter(Boolean);
  for (const row of rows) {
    for (const k of row.keywords) {
      const key = foldText(k.trim());
      if (key && words.some((w) => w.startsWith(key))) return row.kind;
    }
  }
  return null;
}

/** The Templates sheet's Kind column as words (its dropdown), one per kind. */
export const KIND_WORDS: Word[] = KINDS.map((k) => ({ code: k.kind, word: k.name }));

/** A Kind cell (a word in any language, or the code an older Jospar wrote) → its kind, or null (a user's own kind). */
export function kindOf(cell: string): DocKind | null {
  return codeOf(KIND_WORDS, cell) as DocKind | null;
}

/** A Kind cell as the current language shows it, or null when it already does (or is a user's own kind). */
export function kindRelabel(cell: string, lang: Lang): string | null {
  return relabel(KIND_WORDS, cell, lang);
}

export type Lang = 'kk' | 'ru' | 'en';
export const LANGS: Lang[] = ['kk', 'ru', 'en'];
export type Text = Record<Lang, string>;

export function asLang(value: unknown): Lang {
  const v = String(value ?? '')
    .trim()
    .toLowerCase()
    .slice(0, 2);
  return v === 'ru' || v === 'en' ? v : 'kk';
}

/** Fills "{name}" slots of a message. */
export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (all, k: string) => (k in params ? String(params[k]) : all));
}

/**
 * The lookup every message table shares: a table of texts by id becomes a function (lang, id, params) → filled text,
 * typed so that only the table's own ids are accepted.
 */
export function translator<Id extends string>(table: Record<Id, Text>) {
  return (lang: Lang, id: Id, params: Record<string, string | number> = {}): string => fill(table[id][lang], params);
}

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

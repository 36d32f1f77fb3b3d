/**
 * Every server function the sidebar calls goes through here: its arguments are checked, writes happen under the
 * document lock, and whatever goes wrong comes back as a clear message in the user's language instead of a raw
 * exception (google.script.run would show the page a bare stack-less error).
 */
import { asLang, type Lang } from '../../core/i18n/lang';
import { st, type SidebarMessageId } from '../../core/i18n/sidebar-messages';
import { parseItemId } from '../../core/plan/item-id';
import { isIsoDate } from '../../core/calendar/dates';
import { rememberedLang } from '../context';

export type Reply<T> = { ok: true; value: T; lang: Lang } | { ok: false; error: string; code: string; lang: Lang };

const USER_LANG = 'jospar.sidebarLang';

/** A refusal with a message id: the guard turns it into { ok: false } in the user's language. */
export class Refusal extends Error {
  constructor(
    readonly code: SidebarMessageId,
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
  }
}

/** The sidebar language of this user (UserProperties), else the spreadsheet's. */
export function userLang(): Lang {
  try {
    const v = PropertiesService.getUserProperties().getProperty(USER_LANG);
    return v ? asLang(v) : rememberedLang();
  } catch {
    return rememberedLang();
  }
}

export function setUserLang(value: unknown): Lang {
  if (value !== 'kk' && value !== 'ru' && value !== 'en') throw new Refusal('eBadLang');
  PropertiesService.getUserProperties().setProperty(USER_LANG, value);
  return value;
}

export function answer<T>(work: (lang: Lang) => T): Reply<T> {
  const lang = userLang();
  try {
    return { ok: true, value: work(lang), lang };
  } catch (e) {
    if (e instanceof Refusal) return { ok: false, code: e.code, error: st(lang, e.code, e.params), lang };
    const message = String((e as Error)?.message ?? e).slice(0, 300);
    console.log(`[jospar] sidebar: ${message}`);
    return { ok: false, code: 'eFailed', error: st(lang, 'eFailed', { message }), lang };
  }
}

/** Runs a write under the document lock; a held lock answers "busy", never waits long. */
export function underLock<T>(work: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(10000)) throw new Refusal('eBusy');
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}

export function itemIdArg(value: unknown): string {
  const id = typeof value === 'string' ? value.trim() : '';
  if (!id || id.length > 20 || !parseItemId(id)) throw new Refusal('eBadId', { id: String(value ?? '').slice(0, 40) });
  return id;
}

export const MAX_TEXT = 1000;

export function textArg(value: unknown, max = MAX_TEXT, { allowEmpty = true } = {}): string {
  if (value !== undefined && value !== null && typeof value !== 'string') throw new Refusal('eTooLong', { n: max });
  const text = String(value ?? '').trim();
  if (text.length > max) throw new Refusal('eTooLong', { n: max });
  if (!allowEmpty && !text) throw new Refusal('eEmpty');
  return text;
}

export function linkArg(value: unknown): string {
  const link = textArg(value, 2000);
  if (link && !/^https?:\/\/[^\s<>"]+$/i.test(link)) throw new Refusal('eBadLink');
  return link;
}

/** A date done: ISO, real, not after today. */
export function dateArg(value: unknown, today: string): string {
  const date = typeof value === 'string' ? value.trim() : '';
  if (!isIsoDate(date) || date > today) throw new Refusal('eBadDate', { value: String(value ?? '').slice(0, 40) });
  return date;
}

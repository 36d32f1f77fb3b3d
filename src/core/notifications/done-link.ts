/**
 * The "mark as done" link of a mail: it names one occurrence of one item for one recipient, in their language, until
 * a day, and carries a signature over exactly those fields (made and checked on the Apps Script side with a key kept
 * in script properties). Changing any field, or moving a signature to another item, breaks it. Pure: the fields, their
 * one canonical text to sign, and reading them back from a request's parameters.
 */
import { addDays, isIsoDate, type IsoDate } from '../calendar/dates';
import { asLang, LANGS, type Lang } from '../i18n/lang';

/** Days a link stays good after the mail that carries it. */
export const DONE_LINK_DAYS = 30;

export interface DoneLink {
  item: string;
  /** The occurrence: the due date the mail was about. */
  due: IsoDate;
  recipient: string;
  lang: Lang;
  /** The last day it can be used. */
  expires: IsoDate;
}

export function newDoneLink(item: string, due: IsoDate, recipient: string, lang: Lang, today: IsoDate): DoneLink {
  return { item, due, recipient: recipient.toLowerCase(), lang, expires: addDays(today, DONE_LINK_DAYS) };
}

/** The text the signature covers: every field, in one order, with a version. */
export function signedText(l: DoneLink): string {
  return ['jospar-done-v1', l.item, l.due, l.recipient, l.lang, l.expires].join('\n');
}

/** The link's parameters, in order: its fields and the signature. */
export function linkFields(l: DoneLink, signature: string): Array<[string, string]> {
  return [
    ['i', l.item],
    ['d', l.due],
    ['r', l.recipient],
    ['l', l.lang],
    ['x', l.expires],
    ['s', signature],
  ];
}

/** The query of the link. */
export function linkQuery(l: DoneLink, signature: string): string {
  return linkFields(l, signature)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&');
}

/** The link's fields from a request's parameters, or null when one is missing or malformed. */
export function readLinkParams(
  p: Readonly<Record<string, string | undefined>>,
): { link: DoneLink; signature: string } | null {
  const [item, due, recipient, lang, expires, signature] = ['i', 'd', 'r', 'l', 'x', 's'].map((k) =>
    String(p[k] ?? '').trim(),
  );
  if (!/^\d+\.\d+$/.test(item) || !isIsoDate(due) || !isIsoDate(expires)) return null;
  if (!/^[^\s@<>"]+@[^\s@<>"]+$/.test(recipient) || !LANGS.includes(lang as Lang)) return null;
  if (!/^[A-Za-z0-9_-]{20,100}=*$/.test(signature)) return null;
  return { link: { item, due, recipient, lang: asLang(lang), expires }, signature };
}

/** The name of one link's use in the record (single use): its signature's head, unique to its fields and key. */
export function linkId(signature: string): string {
  return signature.replace(/=+$/, '').slice(0, 24);
}

/** Two signatures compared without stopping at the first difference. */
export function sameSignature(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return diff === 0;
}

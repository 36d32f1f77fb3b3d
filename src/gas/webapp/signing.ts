/**
 * Signing the "mark as done" links: HMAC-SHA256 (Utilities.computeHmacSha256Signature) over the link's fields with a
 * key kept in script properties, made once from two random UUIDs. Never in a sheet, never in a mail: a person who can
 * read or edit the spreadsheet cannot make a link, and a link cannot be turned into another one.
 */
import { linkQuery, newDoneLink, sameSignature, signedText, type DoneLink } from '../../core/notifications/done-link';
import type { Lang } from '../../core/i18n/lang';

const KEY_PROPERTY = 'jospar.linkKey';

function linkKey(create: boolean): string | null {
  const props = PropertiesService.getScriptProperties();
  const key = props.getProperty(KEY_PROPERTY);
  if (key || !create) return key;
  const made = (Utilities.getUuid() + Utilities.getUuid()).replace(/-/g, '');
  props.setProperty(KEY_PROPERTY, made);
  return made;
}

function sign(link: DoneLink, key: string): string {
  return Utilities.base64EncodeWebSafe(Utilities.computeHmacSha256Signature(signedText(link), key)).replace(/=+$/, '');
}

/** The web app's address, or null when it is not deployed (then the mail asks for a reply instead of a link). */
export function webAppUrl(): string | null {
  try {
    return ScriptApp.getService().getUrl() || null;
  } catch {
    return null;
  }
}

/** A maker of signed links for one run's mail, or undefined when the web app is not deployed. */
export function doneLinkMaker(
  today: string,
  langOf: (recipient: string) => Lang,
): ((item: string, due: string, recipient: string) => string) | undefined {
  const base = webAppUrl();
  if (!base) return undefined;
  const key = linkKey(true)!;
  return (item, due, recipient) => {
    const link = newDoneLink(item, due, recipient, langOf(recipient), today);
    return `${base}${base.includes('?') ? '&' : '?'}${linkQuery(link, sign(link, key))}`;
  };
}

/** Whether the signature is the one the key gives for exactly these fields. */
export function signatureHolds(link: DoneLink, signature: string): boolean {
  const key = linkKey(false);
  return !!key && sameSignature(sign(link, key), signature.replace(/=+$/, ''));
}

/**
 * The web app behind the mail's "mark as done" links (doGet shows the item and a form, doPost records it). Deployed to
 * execute as the owner and reachable by the domain only (README); from the script bound to the plan only, since a
 * standalone project's web app has no spreadsheet to act on. Each request checks, before reading anything else:
 * the link's fields and signature (an altered or forged link, or one moved to another item or person, is refused),
 * its expiry, and that the visitor (Session.getActiveUser: '' when Google does not say) is known and in an allowed
 * domain. Refusals write nothing.
 */
import type { Lang } from '../../core/i18n/lang';
import { readLinkParams, type DoneLink } from '../../core/notifications/done-link';
import { donePage, formPage, refusedPage, type Refusal } from '../../core/notifications/done-page';
import { emailDomain } from '../../core/roles/directory';
import { SETTINGS_SHEET } from '../../core/sheets/layout';
import { readKeyValues } from '../../core/sheets/readers';
import { readSettings } from '../../core/sheets/settings';
import { todayIn } from '../context';
import { findSheet, readSheet, zoneOffsetMinutes } from '../sheet-io';
import { findRow, openPlan, readRow } from '../sidebar/plan-access';
import { linkId } from '../../core/notifications/done-link';
import { reportBlocked } from '../../core/plan/done-request';
import { recordDoneRequest, reportOf } from '../plan/done-request';
import { signatureHolds, webAppUrl } from './signing';

type Event = { parameter?: Record<string, string | undefined> };
type Output = GoogleAppsScript.HTML.HtmlOutput;

const MAX_TEXT = 500;

function output(html: string): Output {
  return HtmlService.createHtmlOutput(html).setTitle('Jospar');
}

interface Checked {
  link: DoneLink;
  signature: string;
  today: string;
  who: string;
}

/** The link as checked, or the page that refuses it. */
function check(e: Event): Checked | Output {
  const parsed = readLinkParams(e?.parameter ?? {});
  const langGuess = (['kk', 'ru', 'en'] as Lang[]).find((l) => l === e?.parameter?.l) ?? 'kk';
  // A web app of a standalone project (a web-app deployment of the published add-on's project) has no spreadsheet
  // of its own and no document properties: it cannot know whose plan a link means (README: the web app).
  if (!SpreadsheetApp.getActive() || !PropertiesService.getDocumentProperties())
    return output(refusedPage(langGuess, 'unavailable'));
  if (!parsed || !signatureHolds(parsed.link, parsed.signature)) return output(refusedPage(langGuess, 'altered'));
  const { link, signature } = parsed;
  const ss = SpreadsheetApp.getActive();
  const tz = ss.getSpreadsheetTimeZone() || 'Asia/Almaty';
  const today = todayIn(tz);
  if (today > link.expires) return output(refusedPage(link.lang, 'expired', { date: link.expires }));
  const settings = readSettings(readKeyValues(readSheet(findSheet(ss, SETTINGS_SHEET), zoneOffsetMinutes(tz))));
  const allowed = [settings.emailDomain, ...settings.extraDomains].map((d) => d.toLowerCase());
  // Executing as its deployer, the web app is told the visitor's address only within the deployer's Google Workspace
  // domain (base/session#getActiveUser), the domain its access admits; a visitor it is not told of came in through a
  // deployment opened wider (access: anyone) and cannot be checked against the allowed domains: refused too. So who
  // reported is always the person who clicked, never the link's recipient taken on trust.
  const who = visitor();
  if (!who || !allowed.includes(emailDomain(who))) return output(refusedPage(link.lang, 'outside'));
  return { link, signature, today, who };
}

function refuse(link: DoneLink, why: Refusal, id?: string): Output {
  return output(refusedPage(link.lang, why, { id }));
}

export function doneGet(e: Event): Output {
  const c = check(e);
  if (!('link' in c)) return c;
  const { link, signature } = c;
  const use = reportOf(linkId(signature));
  if (use?.st === 'done') return refuse(link, 'used');
  const plan = openPlan();
  const row = plan ? findRow(plan, link.item) : null;
  if (!plan || row === null) return refuse(link, 'noItem', link.item);
  const cells = readRow(plan, row);
  const blocked = use ? null : reportBlocked(cells.status);
  if (blocked) return refuse(link, blocked, link.item);
  const item = { id: link.item, activity: cells.activity, deadline: cells.deadline };
  return output(formPage(link, item, webAppUrl() ?? '', signature));
}

export function donePost(e: Event): Output {
  const c = check(e);
  if (!('link' in c)) return c;
  const { link, signature, today, who } = c;
  const evidence = clean(e.parameter?.evidence);
  const note = clean(e.parameter?.note);
  if (evidence && (evidence.length > MAX_TEXT || !/^https?:\/\/[^\s"'<>]+$/i.test(evidence)))
    return refuse(link, 'badEvidence');
  const out = recordDoneRequest({
    item: link.item,
    due: link.due,
    who,
    evidence,
    note: note.slice(0, MAX_TEXT),
    via: 'mail',
    key: linkId(signature),
    mayEdit: false,
    today,
  });
  return out.ok ? output(donePage(link.lang, link.item, out.day, out.outcome)) : refuse(link, out.why, out.id);
}

/** Who opened the page ('' when Apps Script does not say). */
function visitor(): string {
  try {
    return Session.getActiveUser().getEmail().toLowerCase();
  } catch {
    return '';
  }
}

/** One line of text: control and bidirectional-override characters out, trimmed. */
function clean(value: string | undefined): string {
  return [...String(value ?? '')]
    .map((c) => (c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127 || /[\u202a-\u202e\u2066-\u2069]/.test(c) ? ' ' : c))
    .join('')
    .trim();
}

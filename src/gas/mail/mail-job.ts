/**
 * The reminder run: read every sheet once (the Notifications sheet whole), decide in core who gets what today, take
 * away what the Notifications sheet and the journal say was sent, send one message per recipient within the quota and
 * the time budget, then write the Notifications sheet once (and a Log line). Under the document lock, like the sync.
 *
 *   daily  the scheduled run: the rules of Settings, on working days
 *   now    "Send reminders now": the same rules, shown first and asked
 *   rows   "Remind about selected rows": those rows' owners, once a day
 */
import { startProgress } from '../progress';
import { isWorkingDay } from '../../core/calendar/working-days';
import { t } from '../../core/i18n/messages';
import { composeMessages, type Message } from '../../core/notifications/compose';
import { planShortName, readMailRules } from '../../core/notifications/mail-rules';
import { mt } from '../../core/notifications/mail-texts';
import { deliveredKey, historyRow, readHistory, type LoggedMessage } from '../../core/notifications/notifications-log';
import { readPeople } from '../../core/notifications/people';
import { manualReminders, remindersFor, type Reminder } from '../../core/notifications/reminders';
import { readSentRecord, SENT_RECORD_MARK } from '../../core/notifications/sent-record';
import { planSetup } from '../../core/setup/plan-setup';
import { settingsGuard } from '../settings-guard';
import { applyGuard } from '../../core/sheets/settings-guard';
import { NOTIFICATIONS_SHEET, type SheetKey } from '../../core/sheets/layout';
import { readKeyValues } from '../../core/sheets/readers';
import { asCellText } from '../../core/text/cell-text';
import { rememberedLang, tellUser, todayIn } from '../context';
import { appendLog } from '../log';
import { readSpreadsheet } from '../setup';
import { applySheetPlan } from '../sheet-io';
import { commitSentRecord, hasJournal, readJournal } from './journal';
import { chosenItems, reminderItems } from './mail-items';
import { sendMessages } from './send';
import { doneLinkMaker } from '../webapp/signing';
import { waitForRollover } from '../year/rollover-wait';

export type MailMode = 'daily' | 'now' | 'rows';

export interface MailOptions {
  mode?: MailMode;
  /** For mode rows: item ids (the sidebar); without them, the rows selected in the Plan sheet. */
  ids?: string[];
  interactive?: boolean;
  fromTrigger?: boolean;
  /** Epoch ms when the run must stop sending (the scheduler shares one budget between its jobs). */
  deadline?: number;
}

export interface MailStats {
  messages: number;
  recipients: number;
  items: number;
  deferred: number;
  skipped: number;
  unconfirmed: number;
  failed: number;
}

export interface MailOutcome {
  ok: boolean;
  /** False when the time budget stopped the run: the scheduler continues it within the hour. */
  finished: boolean;
  report: string[];
  mail: MailStats;
  /** Who would get what (mode now, before asking; and every mode, what was planned). */
  planned: Array<{ recipient: string; items: number; subject: string }>;
}

const emptyStats = (): MailStats => ({
  messages: 0,
  recipients: 0,
  items: 0,
  deferred: 0,
  skipped: 0,
  unconfirmed: 0,
  failed: 0,
});

export function runMail(options: MailOptions = {}): MailOutcome {
  const lang0 = rememberedLang();
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(options.fromTrigger ? 5000 : 30000)) {
    if (options.interactive !== false) tellUser('Jospar', t(lang0, 'busy'));
    return { ok: false, finished: false, report: [t(lang0, 'busy')], mail: emptyStats(), planned: [] };
  }
  try {
    const waits = waitForRollover('mail', (lang) => mt(lang, 'mailTitle'), {
      interactive: options.interactive !== false,
      fromTrigger: !!options.fromTrigger,
    });
    if (waits) return { ok: false, finished: false, report: [waits], mail: emptyStats(), planned: [] };
    return run(options);
  } finally {
    lock.releaseLock();
  }
}

function run(options: MailOptions): MailOutcome {
  const started = Date.now();
  const mode = options.mode ?? 'daily';
  const stats = emptyStats();
  const whole: SheetKey[] = ['notifications'];
  const snap = readSpreadsheet(whole);
  const { ss, tz, read } = snap;
  const say = (lang: ReturnType<typeof rememberedLang>, lines: string[], ok = true): MailOutcome => {
    if (options.interactive !== false) tellUser(mt(lang, 'mailTitle'), lines.join('\n'));
    return { ok, finished: true, report: lines, mail: stats, planned: [] };
  };
  if (!read.plan || read.plan.values.length < 2)
    return say(rememberedLang(), [t(rememberedLang(), 'syncNeedsSetup')], false);

  const today = todayIn(tz);
  // Who may be mailed (the allowed domains) is the owner's to decide: a trigger keeps the approved values.
  const guard = settingsGuard(!!options.fromTrigger, readKeyValues(read.settings));
  const setup = planSetup({ sheets: read, today, restoreMissing: false, settingsGuard: guard });
  const settings = setup.settings;
  const lang = settings.language;
  // Sender name, Reply-To and the summary's role route mail: the owner's approved values, as the domains.
  const rules = readMailRules(applyGuard(readKeyValues(read.settings), guard).values);
  const refused = setup.problems
    .filter((p) => / not approved by the owner /.test(p.message))
    .map((p) => ({ action: 'mail', item: `${p.sheet}:${p.row}`, result: p.message }));
  const people = readPeople(read.roles, [settings.emailDomain, ...settings.extraDomains], lang);
  const items = reminderItems(setup.rows, people);
  const daysOff = new Set(settings.daysOff);

  // What was sent: the record in document properties, where sheet editors cannot write, and a journal a cut-off run
  // left (its intents count as sent). The Notifications sheet is a view: it seeds the record only for a workspace an
  // older Jospar kept, and says which journal entries it already shows.
  const props = PropertiesService.getDocumentProperties();
  const allProps = props.getProperties();
  const journal = readJournal(allProps);
  const history = readHistory(read.notifications);
  const delivered = allProps[SENT_RECORD_MARK] !== undefined ? readSentRecord(allProps) : history.delivered;
  const carried = journal.filter((m) => !history.ids.has(`${m.id}|${m.result}`));
  for (const m of journal)
    if (m.result === 'sent' || m.result === 'unconfirmed')
      for (const k of m.keys) delivered.add(deliveredKey(m.recipient, k));
  stats.unconfirmed = carried.filter((m) => m.result === 'unconfirmed').length;

  let due: Reminder[];
  const report: string[] = [];
  if (mode === 'rows') {
    const chosen = chosenItems(items, options.ids, ss);
    if (!chosen) return finish([], [mt(lang, 'mailNoSelection')]);
    due = manualReminders(chosen, today);
  } else if (mode === 'daily' && !isWorkingDay(today, daysOff)) {
    due = [];
    report.push(mt(lang, 'mailDayOff'));
  } else {
    const digestRecipients = people.directory.find(rules.digestRole)?.emails.map((e) => e.toLowerCase()) ?? [];
    due = remindersFor(items, {
      today,
      daysOff,
      rules,
      digestRecipients: digestRecipients.filter((e) => people.byEmail.has(e)),
    });
  }
  const fresh = due.filter((r) => !delivered.has(deliveredKey(r.recipient, r.key)));
  const muted = fresh.filter((r) => people.byEmail.get(r.recipient)?.muted);
  stats.skipped = muted.length;
  const toSend = fresh.filter((r) => !people.byEmail.get(r.recipient)?.muted);
  const messages = composeMessages(toSend, people.byEmail, new Map(items.map((i) => [i.id, i])), {
    today,
    planTitle: settings.planTitle,
    subjectName: (l) => `${planShortName(rules.planName, l)} ${settings.year.label}`,
    planUrl: `${ss.getUrl()}#gid=${snap.found.plan!.getSheetId()}`,
    daysOff,
    allItems: items,
    doneUrl: doneLinkMaker(today, (r) => people.byEmail.get(r)?.lang ?? lang),
  });
  const planned = messages.map((m) => ({
    recipient: m.recipient,
    items: new Set(m.reminders.map((r) => r.item)).size,
    subject: m.subject,
  }));

  if (mode === 'now' && options.interactive !== false && messages.length > 0) {
    const lines = planned
      .slice(0, 25)
      .map((p) => mt(lang, 'mailPreviewLine', { email: p.recipient, items: p.items }))
      .join('\n');
    const ui = SpreadsheetApp.getUi();
    const answer = ui.alert(
      mt(lang, 'mailTitle'),
      mt(lang, 'mailPreview', { messages: messages.length, recipients: planned.length, lines }),
      ui.ButtonSet.YES_NO,
    );
    if (answer !== ui.Button.YES) return finish([], [mt(lang, 'mailCancelled')], planned);
  }

  const budgetEnd = started + settings.runBudgetSeconds * 1000;
  const progress = startProgress('mail', messages.length, options.interactive !== false ? { lang } : null);
  const sent = sendMessages(messages, {
    senderName: rules.senderName,
    replyTo: rules.replyTo,
    deadline: Math.min(budgetEnd, options.deadline ?? budgetEnd),
    timeZone: tz,
    onSent: (n) => progress.step(n),
  });
  progress.end();
  return finish(sent.logged, report, planned, sent.cut, messages);

  function finish(
    logged: LoggedMessage[],
    lines: string[],
    plan: MailOutcome['planned'] = [],
    cut = false,
    msgs: Message[] = [],
  ): MailOutcome {
    const rows = [...carried, ...logged];
    const done = logged.filter((m) => m.result === 'sent');
    stats.messages = done.length;
    stats.recipients = new Set(done.map((m) => m.recipient)).size;
    stats.items = new Set(
      msgs.filter((m) => done.some((d) => d.id === m.id)).flatMap((m) => m.reminders.map((r) => r.item)),
    ).size;
    stats.deferred = logged.filter((m) => m.result === 'deferred').length;
    stats.failed = logged.filter((m) => m.result === 'failed').length;
    if (rows.length > 0) writeNotifications(rows);
    for (const m of logged)
      if (m.result === 'sent') for (const k of m.keys) delivered.add(deliveredKey(m.recipient, k));
    // Once a day at least (it drops keys that can no longer come back), and after anything was sent or journalled.
    if (hasJournal(allProps) || logged.some((m) => m.result !== 'deferred') || allProps[SENT_RECORD_MARK] !== today)
      commitSentRecord(props, delivered, today);
    const summary = mt(lang, 'mailReport', { ...stats });
    const tail = msgs.length || stats.unconfirmed ? [summary] : lines.length ? [] : [mt(lang, 'mailNothing')];
    const all = [...lines, ...tail];
    // A guarded setting kept at the owner's value is said on its Settings row whenever the mail runs.
    const said = logged.length > 0 || stats.unconfirmed > 0 ? [{ action: 'mail', result: all.join(' ') }] : [];
    if (said.length + refused.length > 0) appendLog(ss, [...said, ...refused], tz);
    if (options.interactive !== false) tellUser(mt(lang, 'mailTitle'), all.join('\n'));
    return { ok: true, finished: !cut, report: all, mail: stats, planned: plan };
  }

  /** Every row of this run in one write: appended, or with the header when the sheet is new. */
  function writeNotifications(rows: LoggedMessage[]): void {
    const sheetPlan = setup.sheets.find((s) => s.key === 'notifications')!;
    const values = rows.map((m) => {
      const cells = historyRow(m, lang);
      const line: string[] = new Array<string>(sheetPlan.columns).fill('');
      for (const c of NOTIFICATIONS_SHEET.columns) {
        const i = sheetPlan.columnIndex[c.key];
        // The time is Jospar's own "yyyy-MM-dd HH:mm:ss": written bare, Sheets reads it as a date-time, which the
        // column shows as people write it (dd.MM.yyyy HH:mm), as the Log's time. Everything else is kept as text.
        if (i !== undefined) line[i] = c.key === 'time' ? (cells.time ?? '') : asCellText(cells[c.key] ?? '');
      }
      return line;
    });
    const lastRow = Math.max(1, lastDataRow(read.notifications?.values ?? []));
    const writes = sheetPlan.create
      ? [{ row: 0, col: 0, values: [...sheetPlan.writes[0].values.map((r) => r.map(String)), ...values] }]
      : [...sheetPlan.writes, { row: lastRow, col: 0, values }];
    applySheetPlan(ss, NOTIFICATIONS_SHEET, { ...sheetPlan, writes }, snap.found.notifications, lang);
  }
}

function lastDataRow(values: string[][]): number {
  for (let r = values.length - 1; r > 0; r--) if (values[r].some((v) => v !== '')) return r + 1;
  return values.length > 0 ? 1 : 0;
}

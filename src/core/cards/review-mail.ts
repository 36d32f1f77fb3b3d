/**
 * A report of done from a card by someone who may not edit the plan, when Settings say a keeper confirms (doneReview):
 * a card runs with the clicking person's rights and they can write nothing to the plan, so the report goes to the
 * keeper as a mail from them (Gmail names its sender), and its data waits in the card project's script properties,
 * where the keeper's card finds it by the request's key (the message-metadata scope reads a mail's subject and
 * headers, not its body). What is kept, the mail a person reads and who it goes to are decided here; the Apps Script
 * side sends and records (src/gas/cards/report-send.ts) and shows the keeper's card (src/gas/cards/report-card.ts).
 */
import { translator, type Lang } from '../i18n/lang';
import { emailDomain } from '../roles/directory';
import { dottedDate } from '../text/dotted-date';

/**
 * The report as the card noted it (short keys: a property value is at most 9 KB). `st`: `sending` from just before the
 * mail is sent until it is, then `sent`; a report found `sending` again (the click cut off between the note and the
 * end of the send) is never sent twice and becomes `unsure`: the mail may or may not have gone, and the person's card
 * says so rather than "sent". `c`: the day a keeper confirmed it (confirmReportAction), so a later Confirm of the same
 * report is refused whatever the plan's own notes still hold. `x`: a keeper's Return of it (returnReportAction).
 */
export interface CardReport {
  st: 'sending' | 'sent' | 'unsure';
  c?: string;
  x?: CardReturn;
  /** the plan's spreadsheet id, the item, the evidence link, the note, who reported, the day (ISO), the keeper */
  s: string;
  i: string;
  e: string;
  n: string;
  w: string;
  t: string;
  k: string;
}

/**
 * A keeper's Return of a card report, noted before anything of it is written (so a repeat after a cut, or a Confirm
 * clicked meanwhile, finishes this Return): who returned it, the day, the reason. No Status: a viewer's report changed
 * nothing in the plan, so the Return leaves the Status as it is when written, never one saved before a cut (the keeper
 * may have marked the item done meanwhile). `done` once all is written.
 */
export interface CardReturn {
  by: string;
  at: string;
  note: string;
  done?: boolean;
}

function parseReturn(v: unknown): CardReturn | undefined {
  if (!v || typeof v !== 'object') return undefined;
  const x = v as Partial<Record<keyof CardReturn, unknown>>;
  if (typeof x.by !== 'string' || typeof x.at !== 'string') return undefined;
  const out: CardReturn = { by: x.by, at: x.at, note: String(x.note ?? '') };
  return x.done === true ? { ...out, done: true } : out;
}

export type CardAnswer = 'confirm' | 'return';

/**
 * Which answer a keeper's click on a card report carries out: the first one begun stands, as the sidebar's answer
 * noted first does (src/gas/plan/review.ts), so a Confirm after a Return, or a Return after a Confirm, of the same
 * report repeats or finishes the first and records nothing of its own. `confirmBegun`: the plan's note of a
 * confirmation of this report exists (recordDoneRequest writes it first). `finished`: nothing is left to write.
 */
export function cardAnswer(
  r: CardReport,
  confirmBegun: boolean,
  asked: CardAnswer,
): { to: CardAnswer; finished: boolean } {
  if (r.c) return { to: 'confirm', finished: true };
  if (r.x) return { to: 'return', finished: r.x.done === true };
  if (confirmBegun) return { to: 'confirm', finished: false };
  return { to: asked, finished: false };
}

export function parseCardReport(raw: string | null): CardReport | null {
  if (!raw) return null;
  try {
    const r = JSON.parse(raw) as Partial<CardReport>;
    if ((r.st !== 'sending' && r.st !== 'sent' && r.st !== 'unsure') || !r.s || !r.i || !r.w) return null;
    const text = (v: unknown) => String(v ?? '');
    const x = parseReturn(r.x);
    return {
      st: r.st,
      s: text(r.s),
      i: text(r.i),
      e: text(r.e),
      n: text(r.n),
      w: text(r.w),
      t: text(r.t),
      k: text(r.k),
      ...(r.c ? { c: text(r.c) } : {}),
      ...(x ? { x } : {}),
    };
  } catch {
    return null;
  }
}

/**
 * Who a report goes to: the plan's keeper as the reminders name them — Settings `mailReplyTo` ("the person who keeps
 * the plan", where replies to a reminder go), else the spreadsheet's owner (who runs the schedule and so sends the
 * reminders a reply would reach) — and only inside the plan's domains. Reply-to is a guarded setting whose approval
 * lives in the Sheets add-on's document properties, which the cards cannot read: taken as typed, any editor could send
 * the viewers' reports (evidence, notes) to anyone in the domain. So it counts only when it names someone who may
 * edit the plan (`editors`: the spreadsheet's owner and editors), else the owner does. Empty: no one to send it to.
 */
export function planKeepers(replyTo: string, owner: string, domains: string[], editors: string[]): string[] {
  const allowed = domains.map((d) => d.trim().toLowerCase()).filter(Boolean);
  const inside = (a: string) => !!a && allowed.includes(emailDomain(a));
  const named = replyTo.trim().toLowerCase();
  if (inside(named) && editors.some((e) => e.trim().toLowerCase() === named)) return [named];
  const keeper = owner.trim().toLowerCase();
  return inside(keeper) ? [keeper] : [];
}

const MAIL_WORDS = {
  opening: {
    kk: '{who} «{plan}» жоспарының {id} тармағын орындалды деп белгіледі. Сіздің растауыңызды сұрайды.',
    ru: '{who} отметил(а) пункт {id} плана «{plan}» выполненным и просит вас подтвердить.',
    en: '{who} reports item {id} of «{plan}» done and asks you to confirm it.',
  },
  item: { kk: 'Тармақ', ru: 'Пункт', en: 'Item' },
  evidence: { kk: 'Дәлел', ru: 'Подтверждение', en: 'Evidence' },
  note: { kk: 'Ескертпе', ru: 'Примечание', en: 'Note' },
  day: { kk: 'Белгіленген күні', ru: 'Дата отметки', en: 'Reported on' },
  row: { kk: 'Жоспардағы жолы', ru: 'Строка в плане', en: 'The plan row' },
  how: {
    kk: 'Жауап беру үшін осы хатты Gmail-де ашыңыз: оң жақтағы Jospar панелінде «Орындалуын растау» және «Қайтару» (себебімен) батырмалары бар. Расталса, тармақ белгіленген күні орындалды болады, Журналда екеуіңіздің атыңыз жазылады; қайтарылса, тармақ өзгермейді, ал себебі Журналға жазылады.',
    ru: 'Чтобы ответить, откройте это письмо в Gmail: на панели Jospar справа есть кнопки «Подтвердить выполнение» и «Вернуть» (с причиной). После подтверждения пункт станет выполненным в день отметки, в Журнале будут оба ваших имени; возвращённый пункт не изменится, а причина запишется в Журнал.',
    en: 'To answer, open this mail in Gmail: the Jospar panel on the right has “Confirm done” and “Return” (with a reason). Confirmed, the item becomes done on the day it was reported and the Log names you both; returned, it stays as it is and the reason goes to the Log.',
  },
  why: {
    kk: 'Хатты Jospar карточкасы {who} атынан жіберді: ол жоспарды өзгерте алмайды, ал баптауларда белгіні жоспар жүргізушісі растайды деп көрсетілген.',
    ru: 'Письмо отправлено карточкой Jospar от имени {who}: он(а) не может изменять план, а в настройках сказано, что отметку подтверждает ведущий план.',
    en: 'Jospar’s card sent this mail on behalf of {who}, who may not edit the plan; the plan’s Settings say a keeper confirms done.',
  },
};

const mw = translator(MAIL_WORDS);

/** The mail's plain text, in the plan's language (the keeper's). */
export function reportMailBody(
  lang: Lang,
  r: CardReport,
  item: { activity: string; plan: string; rowLink: string },
): string {
  const lines = [
    mw(lang, 'opening', { who: r.w, plan: item.plan, id: r.i }),
    '',
    `${mw(lang, 'item')}: ${r.i} — ${item.activity}`,
    ...(r.e ? [`${mw(lang, 'evidence')}: ${r.e}`] : []),
    ...(r.n ? [`${mw(lang, 'note')}: ${r.n}`] : []),
    `${mw(lang, 'day')}: ${dottedDate(r.t)}`,
    ...(item.rowLink ? [`${mw(lang, 'row')}: ${item.rowLink}`] : []),
    '',
    mw(lang, 'how'),
    '',
    mw(lang, 'why', { who: r.w }),
  ];
  return lines.join('\n');
}

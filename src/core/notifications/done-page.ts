/**
 * The small page a "mark as done" link opens (the web app), in the recipient's language: the item and a form to
 * confirm with an evidence link or a note, or why nothing can be done. Every piece of plan text is escaped; the form
 * posts back the link's own fields, whose signature is checked again.
 */
import { formatDueBy, formatLongDate } from '../deadline/format';
import { translator, type Lang, type Text } from '../i18n/lang';
import { escapeHtml } from '../text/escape-html';
import { linkFields, type DoneLink } from './done-link';

const PAGE_TEXTS = {
  title: { kk: 'Орындалды деп белгілеу', ru: 'Отметить выполнение', en: 'Mark as done' },
  confirm: {
    kk: 'Тармақтың орындалғанын растаңыз. Дәлел сілтемесін не түсініктеме қосуға болады.',
    ru: 'Подтвердите выполнение пункта. Можно добавить ссылку на подтверждение или комментарий.',
    en: 'Confirm that the item is done. You may add an evidence link or a note.',
  },
  evidence: {
    kk: 'Дәлел сілтемесі (міндетті емес, https://…)',
    ru: 'Ссылка на подтверждение (необязательно, https://…)',
    en: 'Evidence link (optional, https://…)',
  },
  note: { kk: 'Түсініктеме (міндетті емес)', ru: 'Комментарий (необязательно)', en: 'Note (optional)' },
  submit: { kk: 'Орындалды деп белгілеу', ru: 'Отметить выполнение', en: 'Mark as done' },
  done: {
    kk: 'Рақмет! {id} тармағы орындалды деп белгіленді ({date}). Жоспар жүргізушісі мұны Журналдан көреді.',
    ru: 'Спасибо! Пункт {id} отмечен выполненным ({date}). Ведущий план увидит это в Журнале.',
    en: 'Thank you! Item {id} is marked done ({date}). The plan keeper sees it in the Log.',
  },
  altered: {
    kk: 'Бұл сілтеме жарамсыз: ол өзгертілген не толық көшірілмеген. Ештеңе өзгерген жоқ.',
    ru: 'Ссылка недействительна: она изменена или скопирована не полностью. Ничего не изменено.',
    en: 'This link is not valid: it was changed or not copied whole. Nothing was changed.',
  },
  expired: {
    kk: 'Сілтеменің мерзімі өтті ({date}). Ештеңе өзгерген жоқ: соңғы хаттағы сілтемені ашыңыз не хатқа жауап беріңіз.',
    ru: 'Срок действия ссылки истёк ({date}). Ничего не изменено: откройте ссылку из последнего письма или ответьте на него.',
    en: 'This link expired ({date}). Nothing was changed: open the link of the latest mail, or reply to it.',
  },
  used: {
    kk: 'Бұл сілтеме бұрын пайдаланылған. Ештеңе өзгерген жоқ.',
    ru: 'Эта ссылка уже использована. Ничего не изменено.',
    en: 'This link was used already. Nothing was changed.',
  },
  alreadyDone: {
    kk: '{id} тармағы бұрыннан орындалды деп белгіленген. Ештеңе өзгерген жоқ.',
    ru: 'Пункт {id} уже отмечен выполненным. Ничего не изменено.',
    en: 'Item {id} is marked done already. Nothing was changed.',
  },
  cancelled: {
    kk: '{id} тармағы тоқтатылған. Ештеңе өзгерген жоқ.',
    ru: 'Пункт {id} отменён. Ничего не изменено.',
    en: 'Item {id} is cancelled. Nothing was changed.',
  },
  noItem: {
    kk: 'Бұл тармақ жоспарда жоқ. Ештеңе өзгерген жоқ.',
    ru: 'Этого пункта нет в плане. Ничего не изменено.',
    en: 'This item is not in the plan. Nothing was changed.',
  },
  outside: {
    kk: 'Бұл бетті тек департамент доменіндегі адамдар аша алады.',
    ru: 'Эту страницу могут открыть только пользователи домена департамента.',
    en: "Only people of the department's domain can open this page.",
  },
  badEvidence: {
    kk: 'Дәлел сілтемесі https:// не http:// деп басталуы керек (500 таңбаға дейін). Ештеңе өзгерген жоқ.',
    ru: 'Ссылка на подтверждение должна начинаться с https:// или http:// (до 500 знаков). Ничего не изменено.',
    en: 'The evidence link must start with https:// or http:// (at most 500 characters). Nothing was changed.',
  },
  busy: {
    kk: 'Жоспар қазір бос емес. Біраз уақыттан кейін қайта жіберіңіз.',
    ru: 'План сейчас занят. Отправьте ещё раз чуть позже.',
    en: 'The plan is busy just now. Please send again in a moment.',
  },
  submitted: {
    kk: 'Рақмет! {id} тармағы тексеруге жіберілді ({date}). Жоспар жүргізушісі растағанда ол орындалды болады.',
    ru: 'Спасибо! Пункт {id} отправлен на проверку ({date}). Он станет выполненным, когда ведущий план подтвердит.',
    en: 'Thank you! Item {id} is submitted for review ({date}). It becomes done when the plan keeper confirms it.',
  },
  inReview: {
    kk: '{id} тармағы тексеруде: жоспар жүргізушісі әлі растаған жоқ. Ештеңе өзгерген жоқ.',
    ru: 'Пункт {id} уже на проверке: ведущий план ещё не подтвердил. Ничего не изменено.',
    en: 'Item {id} is already waiting for the plan keeper to confirm it. Nothing was changed.',
  },
  notEditor: {
    kk: 'Жоспарды өзгертуге құқығыңыз жоқ. Ештеңе өзгерген жоқ: жоспар жүргізушісіне хат жазыңыз.',
    ru: 'У вас нет прав на изменение плана. Ничего не изменено: напишите ведущему план.',
    en: 'You may not edit the plan. Nothing was changed: write to the plan keeper.',
  },
  unavailable: {
    kk: 'Бұл бет жоспарға байланған скрипттің веб-қосымшасы ретінде ғана жұмыс істейді. Ештеңе өзгерген жоқ: хатқа жауап беріңіз.',
    ru: 'Эта страница работает только как веб-приложение скрипта, привязанного к плану. Ничего не изменено: ответьте на письмо.',
    en: 'This page works only as the web app of the script bound to the plan. Nothing was changed: reply to the mail.',
  },
  noteLine: { kk: '{note} ({who}, хат арқылы)', ru: '{note} ({who}, из письма)', en: '{note} ({who}, from the mail)' },
  noteLineCard: {
    kk: '{note} ({who}, карточка арқылы)',
    ru: '{note} ({who}, из карточки)',
    en: '{note} ({who}, from a card)',
  },
  returnLine: {
    kk: 'Тексеруден қайтарылды {date} ({who}): {note}',
    ru: 'Возвращено с проверки {date} ({who}): {note}',
    en: 'Returned from review {date} ({who}): {note}',
  },
} satisfies Record<string, Text>;

export type PageTextId = keyof typeof PAGE_TEXTS;
export const pt = translator(PAGE_TEXTS);

export type Refusal =
  | 'altered'
  | 'expired'
  | 'used'
  | 'alreadyDone'
  | 'cancelled'
  | 'noItem'
  | 'outside'
  | 'badEvidence'
  | 'busy'
  | 'inReview'
  | 'notEditor'
  | 'unavailable';

function page(lang: Lang, body: string): string {
  return (
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<title>${escapeHtml(pt(lang, 'title'))} · Jospar</title>` +
    '<style>body{font-family:Arial,sans-serif;font-size:15px;color:#202124;max-width:640px;margin:24px auto;' +
    'padding:0 16px}label{display:block;margin-top:12px}input,textarea{width:100%;box-sizing:border-box;' +
    'font:inherit;padding:6px}button{margin-top:16px;padding:8px 16px;font:inherit}.msg{padding:12px;' +
    'border-radius:6px;background:#f1f3f4}</style></head><body>' +
    body +
    '</body></html>'
  );
}

export interface PageItem {
  id: string;
  activity: string;
  deadline: string;
}

/** The form: the item, then evidence and note, posted to `action` with the link's fields. */
export function formPage(link: DoneLink, item: PageItem, action: string, signature: string): string {
  const lang = link.lang;
  const hidden = linkFields(link, signature)
    .map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`)
    .join('');
  return page(
    lang,
    `<h2>${escapeHtml(pt(lang, 'title'))}</h2>` +
      `<p><b>[${escapeHtml(item.id)}]</b> ${escapeHtml(item.activity)}<br>` +
      `<b>${escapeHtml(formatDueBy(link.due, lang))}</b> — ${escapeHtml(item.deadline)}</p>` +
      `<p>${escapeHtml(pt(lang, 'confirm'))}</p>` +
      `<form method="post" action="${escapeHtml(action)}" target="_top">${hidden}` +
      `<label>${escapeHtml(pt(lang, 'evidence'))}<input name="evidence" type="url" maxlength="500"></label>` +
      `<label>${escapeHtml(pt(lang, 'note'))}<textarea name="note" rows="3" maxlength="500"></textarea></label>` +
      `<button type="submit">${escapeHtml(pt(lang, 'submit'))}</button></form>`,
  );
}

/** The page after a submit: done, or submitted for a keeper to confirm (Settings doneReview). */
export function donePage(lang: Lang, id: string, today: string, outcome: 'done' | 'review' = 'done'): string {
  const text = pt(lang, outcome === 'review' ? 'submitted' : 'done', { id, date: formatLongDate(today, lang) });
  return page(lang, `<h2>${escapeHtml(pt(lang, 'title'))}</h2><p class="msg" id="result">${escapeHtml(text)}</p>`);
}

export function refusedPage(lang: Lang, why: Refusal, params: { id?: string; date?: string } = {}): string {
  const text = pt(lang, why, {
    id: params.id ?? '',
    date: params.date ? formatLongDate(params.date, lang) : '',
  });
  return page(
    lang,
    `<h2>${escapeHtml(pt(lang, 'title'))}</h2><p class="msg" id="refused" data-why="${why}">${escapeHtml(text)}</p>`,
  );
}

/**
 * Every word of the Calendar and Gmail cards (the Workspace add-on), in the language of the person who opens them:
 * field labels, buttons, the short home card's reasons and what an action answers.
 */
import { translator } from './lang';

const CARD_WORDS = {
  // Field labels of the item card.
  fId: { kk: 'Тармақ', ru: 'Пункт', en: 'Item' },
  fUnit: { kk: 'Бөлім', ru: 'Подразделение', en: 'Unit' },
  fActivity: { kk: 'Іс-шара', ru: 'Мероприятие', en: 'Activity' },
  fResponsible: { kk: 'Жауапты', ru: 'Ответственные', en: 'Responsible' },
  fDeadline: { kk: 'Орындау мерзімі', ru: 'Срок исполнения', en: 'Deadline' },
  fDue: { kk: 'Мерзімі (күні)', ru: 'Срок (дата)', en: 'Due date' },
  fMissed: { kk: 'Өткен мерзім', ru: 'Пропущенный срок', en: 'Date missed' },
  fState: { kk: 'Күйі', ru: 'Состояние', en: 'State' },
  fDeliverable: { kk: 'Аяқталу түрі', ru: 'Форма завершения', en: 'Deliverable' },
  fDocument: { kk: 'Құжат', ru: 'Документ', en: 'Document' },
  fEvidence: { kk: 'Дәлел', ru: 'Подтверждение', en: 'Evidence' },
  noDate: { kk: 'күні жоқ', ru: 'без даты', en: 'no date' },
  // Buttons and the Mark done form.
  aDone: { kk: 'Орындалды деп белгілеу', ru: 'Отметить выполнение', en: 'Mark done' },
  aRow: { kk: 'Жоспардағы жолын ашу', ru: 'Открыть строку плана', en: 'Open the plan row' },
  aDoc: { kk: 'Құжатты ашу', ru: 'Открыть документ', en: 'Open the document' },
  inEvidence: {
    kk: 'Дәлел сілтемесі (міндетті емес)',
    ru: 'Ссылка-подтверждение (необязательно)',
    en: 'Evidence link (optional)',
  },
  inNote: { kk: 'Ескертпе (міндетті емес)', ru: 'Примечание (необязательно)', en: 'Note (optional)' },
  formHint: {
    kk: 'Белгілеу жоспардың Журналына сіздің атыңызбен жазылады.',
    ru: 'Отметка записывается в Журнал плана от вашего имени.',
    en: 'The mark is written to the plan’s Log under your name.',
  },
  formHintReview: {
    kk: 'Сіз жоспарды өзгерте алмайсыз: белгіңіз сіздің атыңыздан жоспар жүргізушісіне хатпен жіберіледі, ол растайды.',
    ru: 'Вы не можете изменять план: отметка уйдёт письмом от вашего имени ведущему план, он(а) подтвердит.',
    en: 'You may not edit the plan: your report is mailed from you to the plan’s keeper, who confirms it.',
  },
  formHintRefuse: {
    kk: 'Сіз жоспарды өзгерте алмайсыз: батырма тармақты кім белгілей алатынын айтады.',
    ru: 'Вы не можете изменять план: кнопка скажет, кто может отметить пункт.',
    en: 'You may not edit the plan: the button tells you who can mark it.',
  },
  // More items than a mail's subject names.
  moreInMail: {
    kk: 'Хатта тағы тармақтар бар: олар жоспарда.',
    ru: 'В письме есть и другие пункты: они в плане.',
    en: 'The mail lists more items: they are in the plan.',
  },
  // The short home card.
  homeTitle: { kk: 'Jospar', ru: 'Jospar', en: 'Jospar' },
  home: {
    kk: 'Jospar күнтізбесінің оқиғасын немесе Jospar хатын ашыңыз: тармақ осында көрінеді.',
    ru: 'Откройте событие календаря Jospar или письмо Jospar: пункт появится здесь.',
    en: 'Open an event of Jospar’s calendar or a Jospar reminder: its item shows here.',
  },
  notJospar: {
    kk: 'Бұл оқиға Jospar жоспарынан емес.',
    ru: 'Это событие не из плана Jospar.',
    en: 'This event is not from a Jospar plan.',
  },
  notJosparMail: {
    kk: 'Бұл хат Jospar еске салуы емес.',
    ru: 'Это письмо не напоминание Jospar.',
    en: 'This message is not a Jospar reminder.',
  },
  outside: {
    kk: 'Jospar жоспары тек {domain} доменінің қызметкерлеріне көрінеді.',
    ru: 'План Jospar виден только сотрудникам домена {domain}.',
    en: 'A Jospar plan is shown only to people of {domain}.',
  },
  noPlan: {
    kk: 'Жоспар кестесін ашу мүмкін болмады: сізге оны көруге рұқсат берілмеген немесе ол жойылған.',
    ru: 'Не удалось открыть таблицу плана: у вас нет доступа к ней, или она удалена.',
    en: 'The plan spreadsheet could not be opened: you have no access to it, or it was deleted.',
  },
  noItem: {
    kk: '{id} тармағы жоспарда жоқ (жолы жойылған болуы мүмкін).',
    ru: 'Пункта {id} нет в плане (строка могла быть удалена).',
    en: 'Item {id} is not in the plan (its row may have been deleted).',
  },
  // What Mark done answers.
  rDone: {
    kk: '{id} орындалды деп белгіленді ({day}).',
    ru: 'Пункт {id} отмечен выполненным ({day}).',
    en: '{id} marked done ({day}).',
  },
  rReview: {
    kk: '{id} тексеруге жіберілді: жоспар жүргізушісі растайды.',
    ru: 'Пункт {id} отправлен на проверку: ответственный за план подтвердит.',
    en: '{id} submitted for review: the plan’s keeper confirms it.',
  },
  rMayNotEdit: {
    kk: 'Сіз бұл жоспарды өзгерте алмайсыз: {id} тармағын {keepers} орындалды деп белгілей алады. Соларға жазыңыз немесе еске салу хатында «Орындалды деп белгілеу» сілтемесі болса, соны пайдаланыңыз.',
    ru: 'Вы не можете изменять этот план: отметить пункт {id} выполненным может {keepers}. Напишите им или воспользуйтесь ссылкой «Отметить выполнение» в письме-напоминании, если она там есть.',
    en: 'You may not edit this plan: {keepers} can mark {id} done. Write to them, or use the “Mark as done” link of your reminder mail if it has one.',
  },
  /** The keepers when no address is known to name (Settings has no Reply-to and the plan no owner to name). */
  anyKeeper: { kk: 'жоспар жүргізушісі', ru: 'ведущий план', en: 'the plan’s keeper' },
  // A viewer’s report sent to the keeper (src/gas/cards/report-send.ts).
  rSent: {
    kk: '{id} тексеруге жіберілді: хат {keeper} адресіне кетті ({day}). Ол растағанда тармақ орындалды болады.',
    ru: 'Пункт {id} отправлен на проверку: письмо ушло {keeper} ({day}). Пункт станет выполненным, когда он(а) подтвердит.',
    en: '{id} submitted for review: sent to {keeper} ({day}). It becomes done when they confirm it.',
  },
  rSentBefore: {
    kk: '{id}: белгіңіз {keeper} адресіне бұрын жіберілген ({day}). Ештеңе қайта жіберілмеді.',
    ru: 'Пункт {id}: ваша отметка уже отправлена {keeper} ({day}). Повторно ничего не отправлено.',
    en: '{id}: your report went to {keeper} already ({day}). Nothing was sent again.',
  },
  rSentUnsure: {
    kk: '{id}: белгіңізді {keeper} адресіне жіберу кезінде карточка тоқтап қалды, хат кетпеуі мүмкін. «Жіберілгендер» қалтасын қараңыз: хат болмаса, «Орындалды деп белгілеу» батырмасын қайта басыңыз.',
    ru: 'Пункт {id}: карточка остановилась, отправляя вашу отметку {keeper}; письмо могло не уйти. Проверьте «Отправленные»: если письма нет, нажмите «Отметить выполнение» ещё раз.',
    en: '{id}: the card was stopped while sending your report to {keeper}; it may not have gone out. Look in your Sent mail; if it is not there, press Mark done again.',
  },
  rNotSent: {
    kk: '{id}: белгіңіз {keeper} адресіне жіберілмеді ({message}). Хат кеткен жоқ: кейінірек «Орындалды деп белгілеу» батырмасын қайта басыңыз немесе оған өзіңіз жазыңыз.',
    ru: 'Пункт {id}: отметку не удалось отправить {keeper} ({message}). Письмо не ушло: нажмите «Отметить выполнение» позже ещё раз или напишите ему (ей) сами.',
    en: '{id}: your report could not be sent to {keeper} ({message}); nothing went out. Press Mark done again later, or write to them yourself.',
  },
  rNoKeeper: {
    kk: 'Жіберетін адам жоқ: «Жауап мекенжайы» жоспарды өңдей алатын домендегі адам емес, ал жоспар иесі жоспар доменінен тыс. Жоспар жүргізушісіне жазыңыз.',
    ru: 'Некому отправить: «Адрес для ответа» не редактор плана в его домене, а владелец плана вне домена плана. Напишите ведущему план.',
    en: 'No one to send it to: the Reply-to address is not an editor of the plan in its domain, and the plan’s owner is outside the plan’s domain. Write to the plan’s keeper.',
  },
  fYourReport: { kk: 'Сіздің белгіңіз', ru: 'Ваша отметка', en: 'Your report' },
  yourReport: {
    kk: '{keeper} адресіне жіберілді ({day}): ол растағанша тармақ өзгермейді.',
    ru: 'Отправлена {keeper} ({day}): пункт не изменится, пока он(а) не подтвердит.',
    en: 'Sent to {keeper} ({day}): the item stays as it is until they confirm it.',
  },
  yourReportUnsure: {
    kk: '{keeper} адресіне жіберу тоқтап қалды ({day}): хат кетпеуі мүмкін. «Жіберілгендер» қалтасын қараңыз: хат болмаса, қайта белгілеңіз.',
    ru: 'Отправка {keeper} прервалась ({day}): письмо могло не уйти. Проверьте «Отправленные»; если письма там нет, отметьте ещё раз.',
    en: 'Sending to {keeper} was stopped ({day}): it may not have gone out. Look in your Sent mail; if it is not there, mark it again.',
  },
  yourReportReturned: {
    kk: '{keeper} қайтарды ({day}): {reason}. Дайын болғанда қайта белгілеңіз.',
    ru: 'Возвращена {keeper} ({day}): {reason}. Отметьте снова, когда будет готово.',
    en: 'Returned by {keeper} ({day}): {reason}. Mark it done again when it is ready.',
  },
  // The keeper's card of a report (a viewer's mail opened in Gmail).
  fReportedBy: { kk: 'Белгілеген', ru: 'Отметил(а)', en: 'Reported by' },
  fReportedOn: { kk: 'Белгіленген күні', ru: 'Дата отметки', en: 'Reported on' },
  fNote: { kk: 'Ескертпе', ru: 'Примечание', en: 'Note' },
  aConfirm: { kk: 'Орындалуын растау', ru: 'Подтвердить выполнение', en: 'Confirm done' },
  confirmHint: {
    kk: 'Растасаңыз, тармақ белгіленген күні орындалды болады; Журналда белгілеген адам мен сіздің атыңыз жазылады. Қайтарсаңыз, тармақ өзгермейді, себебі Журналға және тармақтың түсініктемесіне жазылады, белгілеген адамның карточкасы оны көрсетеді.',
    ru: 'После подтверждения пункт станет выполненным в день отметки; в Журнале будут имена отметившего и ваше. Если вернуть, пункт не изменится, причина запишется в Журнал и примечания пункта, и карточка отметившего её покажет.',
    en: 'Confirming makes the item done on the day it was reported; the Log names who reported it and you. Returning leaves the item as it is, with your reason in the Log and the item’s Notes, and the reporter’s card shows it.',
  },
  fAnswer: { kk: 'Жауап', ru: 'Ответ', en: 'Answer' },
  answerConfirmed: {
    kk: 'Орындалуы расталды ({day}).',
    ru: 'Выполнение подтверждено ({day}).',
    en: 'Confirmed done ({day}).',
  },
  answerReturned: {
    kk: '{by} қайтарды ({day}): {reason}',
    ru: 'Возвращено: {by} ({day}): {reason}',
    en: 'Returned by {by} ({day}): {reason}',
  },
  rReturned: {
    kk: '{id} {who} адресіне қайтарылды: {day} белгісі расталмады, тармақ өзгермеді; себебі Журналға және тармақтың түсініктемесіне жазылды.',
    ru: 'Пункт {id} возвращён {who}: отметка от {day} не подтверждена, пункт не изменён; причина записана в Журнал и примечания пункта.',
    en: '{id} returned to {who}: the report of {day} is not confirmed and the item stays as it is; your reason is in the Log and the item’s Notes.',
  },
  // A Return cut off, and the item done (cancelled, in review) in the plan before it was clicked again: left as it is.
  rReturnedKept: {
    kk: '{id} {who} адресіне қайтарылды: {day} белгісі расталмады. Осы уақытта жоспарда тармақтың мәртебесі «{status}» болды: ол сол күйінде қалды; себебі Журналға жазылды.',
    ru: 'Пункт {id} возвращён {who}: отметка от {day} не подтверждена. Тем временем статус пункта в плане стал «{status}»: он оставлен как есть; причина записана в Журнал.',
    en: '{id} returned to {who}: the report of {day} is not confirmed. Meanwhile the item’s Status in the plan became “{status}”: it was left as it is; your reason is in the Log.',
  },
  rWasReturned: {
    kk: '{id}: бұл белгі бұрын қайтарылған ({at}: {reason}); ештеңе расталмады.',
    ru: 'Пункт {id}: эта отметка уже возвращена ({at}: {reason}); ничего не подтверждено.',
    en: '{id}: this report was already returned ({at}: {reason}); nothing was confirmed.',
  },
  rWasConfirmed: {
    kk: '{id}: бұл белгі бұрын расталған ({day}, белгілеген: {who}); ол қайтарылмады.',
    ru: 'Пункт {id}: эта отметка уже подтверждена ({day}, отметил(а): {who}); она не возвращена.',
    en: '{id}: this report was already confirmed done ({day}, reported by {who}); it was not returned.',
  },
  keeperOnly: {
    kk: 'Мұны жоспарды өзгерте алатын адам ғана растай алады.',
    ru: 'Подтвердить может только тот, кто может изменять план.',
    en: 'Only someone who may edit the plan can confirm it.',
  },
  rConfirmed: {
    kk: '{id} орындалды деп расталды ({day}, белгілеген: {who}).',
    ru: 'Выполнение пункта {id} подтверждено ({day}, отметил(а): {who}).',
    en: '{id} confirmed done ({day}, reported by {who}).',
  },
  reportGone: {
    kk: 'Бұл белгінің жазбасы Jospar-да жоқ (ескірген не басқа жоспардікі). Жоспарды ашып, тармақты өзіңіз белгілеңіз.',
    ru: 'Записи этой отметки в Jospar нет (устарела или из другого плана). Откройте план и отметьте пункт сами.',
    en: 'Jospar has no record of this report (too old, or another plan’s). Open the plan and mark the item yourself.',
  },
  rAlreadyDone: { kk: '{id} бұрын орындалған.', ru: 'Пункт {id} уже выполнен.', en: '{id} is already done.' },
  rCancelled: { kk: '{id} тоқтатылған.', ru: 'Пункт {id} отменён.', en: '{id} is cancelled.' },
  rInReview: { kk: '{id} тексеруде тұр.', ru: 'Пункт {id} уже на проверке.', en: '{id} is already awaiting review.' },
  rBadLink: {
    kk: 'Дәлел http(s) сілтемесі болуы керек.',
    ru: 'Подтверждение должно быть ссылкой http(s).',
    en: 'The evidence must be an http(s) link.',
  },
  rTooLong: {
    kk: 'Мәтін тым ұзын ({n} таңбадан аспасын).',
    ru: 'Слишком длинный текст (не более {n} знаков).',
    en: 'Too long (at most {n} characters).',
  },
  rBusy: {
    kk: 'Жоспар қазір бос емес: сәлден соң қайталаңыз.',
    ru: 'План сейчас занят: повторите чуть позже.',
    en: 'The plan is busy: try again in a moment.',
  },
  rFailed: { kk: 'Жазу сәтсіз: {message}', ru: 'Запись не удалась: {message}', en: 'Could not record it: {message}' },
  rNoDoc: { kk: 'Бұл тармақтың құжаты жоқ.', ru: 'У этого пункта нет документа.', en: 'This item has no document.' },
} as const;

export type CardWordId = keyof typeof CARD_WORDS;

/** A card's word in a language, its {slots} filled. */
export const cw = translator(CARD_WORDS);

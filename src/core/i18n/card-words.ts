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
    kk: 'Сіз бұл жоспарды өзгерте алмайсыз. Еске салу хатындағы «Орындалды деп белгілеу» сілтемесін пайдаланыңыз немесе жоспар жүргізушісіне жазыңыз.',
    ru: 'Вы не можете изменять этот план. Воспользуйтесь ссылкой «Отметить выполнение» в письме-напоминании или напишите ответственному за план.',
    en: 'You may not edit this plan. Use the “Mark as done” link in your reminder mail, or write to the plan’s keeper.',
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

import { translator, type Text } from './lang';

/** Everything Jospar says to a user, Kazakh first. */
export const MESSAGES = {
  menuSetUp: { kk: 'Жоспарды орнату', ru: 'Настроить план', en: 'Set up plan' },
  menuRefresh: { kk: 'Мерзімдерді қайта есептеу', ru: 'Пересчитать сроки', en: 'Recalculate deadlines' },
  menuAbout: { kk: 'Jospar туралы', ru: 'О Jospar', en: 'About Jospar' },
  menuApprove: { kk: 'Баптауларды бекіту', ru: 'Утвердить настройки', en: 'Approve settings' },
  settingsApproved: {
    kk: 'Домендер, хат жіберушісі, жауап мекенжайы, жиынтық алушы және calendarId бекітілді: сағат сайынғы іске қосу енді оларды қолданады.',
    ru: 'Домены, отправитель, адрес для ответа, получатель сводки и calendarId утверждены: расписание использует их.',
    en: 'Domains, sender, reply-to, summary recipient and calendarId approved: the schedule now uses them.',
  },
  settingsNotApprover: {
    kk: 'Хат пен шақыру баптауларының өзгерісін тек кесте иесі ({owner}) немесе ол атаған адамдар бекіте алады.',
    ru: 'Изменения настроек писем и приглашений утверждает только владелец таблицы ({owner}) или названные им люди.',
    en: 'Only the spreadsheet owner ({owner}) or people the owner named may approve changes of where mail and invitations go.',
  },
  menuSidebar: { kk: 'Бүйір панелін ашу', ru: 'Открыть боковую панель', en: 'Open the sidebar' },
  menuOverview: { kk: '«Шолу» парағын жаңарту', ru: 'Обновить лист «Обзор»', en: 'Refresh the Overview sheet' },
  setupTitle: { kk: 'Жоспар орнатылды', ru: 'План настроен', en: 'Plan set up' },
  setupNothing: {
    kk: 'Бәрі орнында: ештеңе өзгертілмеді.',
    ru: 'Всё на месте: ничего не изменено.',
    en: 'Everything is in place: nothing was changed.',
  },
  sheetCreated: {
    kk: '«{sheet}» парағы құрылды ({rows} жол).',
    ru: 'Создан лист «{sheet}» ({rows} строк).',
    en: 'Created sheet "{sheet}" ({rows} rows).',
  },
  sheetFound: {
    kk: '«{sheet}» парағы табылды: {rows} жол.',
    ru: 'Найден лист «{sheet}»: {rows} строк.',
    en: 'Found sheet "{sheet}": {rows} rows.',
  },
  rowsAdded: {
    kk: '«{sheet}»: {count} жол қосылды ({ids}).',
    ru: '«{sheet}»: добавлено строк: {count} ({ids}).',
    en: '"{sheet}": added {count} rows ({ids}).',
  },
  itemsRestored: {
    kk: 'Жоспардан жойылған {count} тармақ қайтарылды: {ids}. Тармақты алып тастау үшін мәртебесін «Тоқтатылды» деп қойыңыз.',
    ru: 'Восстановлено удалённых пунктов плана: {count} ({ids}). Чтобы убрать пункт, поставьте статус «Отменено».',
    en: 'Restored {count} plan items that had been deleted: {ids}. To drop an item, set its status to "cancelled".',
  },
  idsAssigned: {
    kk: 'Жаңа жолдарға ID берілді: {ids}.',
    ru: 'Новым строкам присвоены ID: {ids}.',
    en: 'New rows got ids: {ids}.',
  },
  systemUpdated: {
    kk: '«{sheet}»: жүйелік бағандар {count} жолда жаңартылды.',
    ru: '«{sheet}»: системные столбцы обновлены в {count} строках.',
    en: '"{sheet}": system columns updated on {count} rows.',
  },
  columnsAdded: {
    kk: '«{sheet}»: жетіспейтін бағандар қосылды: {columns}.',
    ru: '«{sheet}»: добавлены недостающие столбцы: {columns}.',
    en: '"{sheet}": added missing columns: {columns}.',
  },
  rowProblems: {
    kk: '{count} жолда мәселе бар: «Мәселелер» бағанын қараңыз.',
    ru: 'Проблемы в {count} строках: см. столбец «Проблемы».',
    en: '{count} rows have problems: see the Problems column.',
  },
  duplicateId: {
    kk: 'ID {id} қайталанады (жол {rows}): біреуін түзетіңіз.',
    ru: 'ID {id} повторяется (строки {rows}): исправьте один.',
    en: 'Id {id} is used twice (rows {rows}): fix one of them.',
  },
  busy: {
    kk: 'Jospar басқа жұмысты орындап жатыр, кейінірек қайталаңыз.',
    ru: 'Jospar занят другой задачей, повторите позже.',
    en: 'Jospar is busy with another run; try again shortly.',
  },
  failed: { kk: 'Қате: {message}', ru: 'Ошибка: {message}', en: 'Error: {message}' },
  about: {
    kk: 'Jospar — бөлімнің жылдық жұмыс жоспарын Google Workspace ішінде жүргізеді.',
    ru: 'Jospar ведёт годовой план работы подразделения в Google Workspace.',
    en: "Jospar runs a department's annual work plan inside Google Workspace.",
  },
  estimate: {
    kk: 'Болжам: ресми күнтізбе бойынша түзетіңіз',
    ru: 'Оценка: исправьте по официальному календарю',
    en: 'Estimate: correct from the official calendar',
  },
  yes: { kk: 'иә', ru: 'да', en: 'yes' },
  rolesWithoutEmail: {
    kk: '{count} рөлдің email-ы жоқ, олар күнтізбеге шақырылмайды: {roles}. «Рөлдер» парағына жазыңыз.',
    ru: 'Нет email у ролей ({count}), их не пригласят в календарь: {roles}. Заполните лист «Роли».',
    en: '{count} roles have no email and will not be invited: {roles}. Fill them in on the Roles sheet.',
  },
  menuSync: { kk: 'Күнтізбені синхрондау', ru: 'Синхронизировать календарь', en: 'Sync calendar' },
  syncTitle: { kk: 'Күнтізбе', ru: 'Календарь', en: 'Calendar' },
  syncNeedsSetup: {
    kk: 'Алдымен «Жоспарды орнату» орындаңыз.',
    ru: 'Сначала выполните «Настроить план».',
    en: 'Run "Set up plan" first.',
  },
  syncReport: {
    kk: 'Құрылды: {created}, жаңартылды: {updated}, жойылды: {deleted}, өзгеріссіз: {unchanged}, қате: {errors}.',
    ru: 'Создано: {created}, обновлено: {updated}, удалено: {deleted}, без изменений: {unchanged}, ошибок: {errors}.',
    en: 'Created: {created}, updated: {updated}, deleted: {deleted}, unchanged: {unchanged}, errors: {errors}.',
  },
  syncContinues: {
    kk: 'Уақыт шегіне жетті: қалғанын сағат сайынғы кесте бір сағат ішінде жалғастырады (немесе қайта іске қосыңыз).',
    ru: 'Достигнут лимит времени: остальное продолжит ежечасный запуск в течение часа (или запустите снова).',
    en: 'Time budget reached: the hourly schedule continues the rest within the hour (or run it again).',
  },
  syncDailyCap: {
    kk: 'Күнтізбенің бір күндік шегіне жетті (Баптаулар: «Күнтізбе: күніне жаңа оқиға»): қалғаны ертең өзі жалғасады.',
    ru: 'Достигнут дневной лимит календаря (Настройки: «Календарь: новых событий в день»): остальное продолжится само завтра.',
    en: 'Calendar\'s daily limit reached (Settings: "Calendar: new events a day"): the rest continues by itself tomorrow.',
  },
  syncCalendarMissing: {
    kk: '«{id}» күнтізбесі табылмады немесе оны Jospar жасамаған: Баптаулардағы calendarId ұяшығын тазартыңыз, Jospar өз күнтізбесін жасайды.',
    ru: 'Календарь «{id}» не найден или создан не Jospar: очистите calendarId в Настройках, и Jospar создаст свой календарь.',
    en: 'Calendar "{id}" not found, or not made by Jospar: clear calendarId in Settings and Jospar makes its own.',
  },
  calSynced: { kk: 'синхрондалды', ru: 'синхронизировано', en: 'synced' },
  calSyncedNoGuests: {
    kk: 'синхрондалды, шақырусыз',
    ru: 'синхронизировано, без приглашённых',
    en: 'synced, no guests',
  },
  calPending: { kk: 'күтуде', ru: 'ожидает', en: 'pending' },
  calError: { kk: 'қате: {message}', ru: 'ошибка: {message}', en: 'error: {message}' },
  calNoDates: { kk: 'мерзімсіз', ru: 'без сроков', en: 'no dates' },
  // No event by the calendar's conventions (core/calendar-sync/event-dates.ts): a whole-year item, or dates already
  // past when the item was first synced (and it is not overdue).
  calThroughoutYear: {
    kk: 'жыл бойы, күнтізбеде оқиғасыз',
    ru: 'в течение года, без события в календаре',
    en: 'throughout the year, no calendar event',
  },
  calPastDates: {
    kk: 'мерзімдері өтіп кеткен, оқиғасыз',
    ru: 'сроки прошли, без события',
    en: 'dates passed, no event',
  },
  calCancelled: { kk: 'тоқтатылды', ru: 'отменено', en: 'cancelled' },
  templateMissing: {
    kk: 'үлгі жоқ: «Jospar → Үлгілерді құру» немесе Doc ID жазыңыз',
    ru: 'нет шаблона: «Jospar → Создать шаблоны» или укажите ID документа',
    en: 'no template: run "Jospar → Create default templates" or give a Doc id',
  },
  menuTemplates: { kk: 'Үлгілерді құру', ru: 'Создать шаблоны', en: 'Create default templates' },
  menuGenerate: {
    kk: 'Құжат жасау (таңдалған жолдар)',
    ru: 'Создать документ (выбранные строки)',
    en: 'Generate document (selected rows)',
  },
  templatesTitle: { kk: 'Үлгілер', ru: 'Шаблоны', en: 'Templates' },
  templatesMade: {
    kk: 'Үлгілер құрылды: {names}. Олар «Үлгілер» парағына жазылды.',
    ru: 'Созданы шаблоны: {names}. Они записаны на лист «Шаблоны».',
    en: 'Templates made: {names}. They are now in the Templates sheet.',
  },
  // Create default templates stops at a full Drive, as Generate documents does (src/gas/documents/drive-full.ts).
  templatesDriveFull: {
    kk: 'Google Drive толы (сақтау орны бітті): үлгілер құрылмады: {names}. Drive-та орын босатыңыз немесе көлемін арттырыңыз, сосын «Үлгілерді құру» әрекетін қайта орындаңыз.',
    ru: 'Google Диск заполнен (закончилось место): не созданы шаблоны: {names}. Освободите место на Диске или увеличьте его объём и снова выберите «Создать шаблоны».',
    en: 'Google Drive is full (its storage quota is used up): templates not made: {names}. Free space on Drive or get more storage, then run "Create default templates" again.',
  },
  docsTitle: { kk: 'Құжаттар', ru: 'Документы', en: 'Documents' },
  docsReport: {
    kk: 'Жасалды: {created}, өткізілді: {skipped}, қате: {errors}.',
    ru: 'Создано: {created}, пропущено: {skipped}, ошибок: {errors}.',
    en: 'Created: {created}, skipped: {skipped}, errors: {errors}.',
  },
  docsSelect: {
    kk: '«Жоспар» парағынан жолдарды таңдаңыз.',
    ru: 'Выберите строки на листе «План».',
    en: 'Select rows in the Plan sheet.',
  },
  docsExists: {
    kk: '{id} тармағының құжаты бар: {link}\nЖаңа нұсқасын жасау керек пе? («Жоқ» — барын қалдыру)',
    ru: 'Для пункта {id} документ уже есть: {link}\nСоздать новую версию? («Нет» — оставить существующий)',
    en: 'Item {id} already has a document: {link}\nMake a new version? (No keeps the existing one)',
  },
  docNoKind: {
    kk: 'қате: «{deliverable}» құжат түріне сәйкес келмейді',
    ru: 'ошибка: «{deliverable}» не соответствует виду документа',
    en: 'error: "{deliverable}" matches no document kind',
  },
  docNoTemplate: {
    kk: 'қате: «{kind}» үлгісі жоқ немесе ашылмайды',
    ru: 'ошибка: шаблон «{kind}» отсутствует или недоступен',
    en: 'error: the "{kind}" template is missing or cannot be opened',
  },
  docUnfilled: {
    kk: '⚠ толтырылмаған: {names} — {link}',
    ru: '⚠ не заполнено: {names} — {link}',
    en: '⚠ unfilled: {names} — {link}',
  },
  docFailed: { kk: 'қате: {message}', ru: 'ошибка: {message}', en: 'error: {message}' },
  // Drive's 403 storageQuotaExceeded (src/gas/retry.ts): waiting does not help, so Generate documents stops, says why.
  driveFull: {
    kk: 'Google Drive толы: сақтау орны бітті',
    ru: 'Google Диск заполнен: закончилось место',
    en: 'Google Drive is full: its storage quota is used up',
  },
  driveFullReport: {
    kk: 'Google Drive толы (сақтау орны бітті): {left} құжат жасалмады. Drive-та орын босатыңыз немесе көлемін арттырыңыз, сосын құжаттарды қайта жасаңыз.',
    ru: 'Google Диск заполнен (закончилось место): не создано документов: {left}. Освободите место на Диске или увеличьте его объём и создайте документы снова.',
    en: 'Google Drive is full (its storage quota is used up): {left} documents not made. Free space on Drive or get more storage, then generate the documents again.',
  },
  orderPeopleMissing: {
    kk: 'Бұйрықтарға «Баптаулар» парағында толтырыңыз: {names}',
    ru: 'Для приказов заполните на листе «Настройки»: {names}',
    en: 'For the orders, fill in on the Settings sheet: {names}',
  },
  docPastDue: {
    kk: '⚠ {id}: мерзімі ({date}) өтіп кеткен — бұйрықта оның орнында «жаңа мерзімді көрсетіңіз» тұр',
    ru: '⚠ {id}: срок ({date}) уже прошёл — в приказе на его месте «укажите новый срок»',
    en: '⚠ {id}: its date ({date}) has passed — the order says "give a new date" in its place',
  },
  docNoRussianName: {
    kk: '⚠ {id}: «Атауы (орысша)» бос — бұйрықтың орысша мәтіні тек жоспар тармағын атайды',
    ru: '⚠ {id}: «Наименование на русском» не заполнено — русский текст приказа называет только пункт плана',
    en: '⚠ {id}: "Name in Russian" is empty — the Russian text of the order names only the plan item',
  },
  // Row warnings.
  wRoleUnknown: {
    kk: 'белгісіз рөл «{role}»: «Рөлдер» парағына толық атауын жазыңыз',
    ru: 'неизвестная роль «{role}»: заполните её на листе «Роли»',
    en: 'unknown role "{role}": describe it on the Roles sheet',
  },
  wRoleNoEmail: {
    kk: '«{role}» рөлінің email-ы жоқ',
    ru: 'нет email для роли «{role}»',
    en: 'no email for role "{role}"',
  },
  wNoResponsible: { kk: 'жауапты көрсетілмеген', ru: 'не указан ответственный', en: 'no one responsible' },
  wBadEmail: { kk: 'қате email «{email}»', ru: 'неверный email «{email}»', en: 'invalid email "{email}"' },
  wForeignEmail: {
    kk: '«{email}» {domain} доменінен емес: шақырылмайды',
    ru: '«{email}» не из домена {domain}: не приглашается',
    en: '"{email}" is outside {domain}: not invited',
  },
  wUnknownLink: {
    kk: 'күнтізбеде «{id}» кезеңі жоқ',
    ru: 'в календаре нет периода «{id}»',
    en: 'no calendar period "{id}"',
  },
  wNoSection: {
    kk: 'бөлім анықталмады: «Бөлім» бағанына бөлім нөмірін жазыңыз',
    ru: 'не определён раздел: укажите номер в столбце «Подразделение»',
    en: 'unknown unit: put the unit number in the Unit column',
  },
  emailsMissing: { kk: 'email енгізілмеген', ru: 'email не заполнен', en: 'email missing' },
  ok: { kk: 'дұрыс', ru: 'в порядке', en: 'ok' },
  // Deadline issues.
  d_empty: { kk: 'мерзім жазылмаған', ru: 'срок не указан', en: 'no deadline given' },
  'd_not-understood': {
    kk: 'мерзім түсініксіз: «{text}»',
    ru: 'срок не распознан: «{text}»',
    en: 'deadline not understood: "{text}"',
  },
  'd_partly-understood': {
    kk: 'мерзімнің бір бөлігі түсініксіз: «{text}»',
    ru: 'часть срока не распознана: «{text}»',
    en: 'part of the deadline not understood: "{text}"',
  },
  'd_impossible-date': {
    kk: 'мүмкін емес күн: «{text}»',
    ru: 'невозможная дата: «{text}»',
    en: 'impossible date: "{text}"',
  },
  'd_outside-plan-year': {
    kk: '«{text}» оқу жылынан тыс (жыл басталатын ай – Баптауларда)',
    ru: '«{text}» вне учебного года (месяц начала года – в Настройках)',
    en: '"{text}" is outside the plan year (the month it starts in is a setting)',
  },
  deadline_fully: { kk: 'толық оқылды', ru: 'прочитан полностью', en: 'read fully' },
  deadline_partly: { kk: 'ішінара оқылды', ru: 'прочитан частично', en: 'read partly' },
  deadline_not: { kk: 'оқылмады', ru: 'не прочитан', en: 'not read' },
  deadline_file_counts: {
    kk: 'мерзімдер: {n}; толық оқылды {fully}, ішінара {partly}, мүлде оқылмады {not}',
    ru: 'сроков: {n}; прочитаны полностью {fully}, частично {partly}, не прочитаны {not}',
    en: 'deadlines: {n}; read fully {fully}, partly {partly}, not at all {not}',
  },
  'd_ambiguous-date-order': {
    kk: '«{text}»: күн мен айдың тәртібі анық емес (Баптаулар: сандық күн тәртібі)',
    ru: '«{text}»: неясно, где день, а где месяц (Настройки: порядок числовой даты)',
    en: '"{text}": day and month could be either way round (Settings: numeric date order)',
  },
  'd_calendar-link-needed': {
    kk: '«{text}»: «Күнтізбе кезеңдері» бағанына кезең ID-ін жазыңыз',
    ru: '«{text}»: укажите ID периода в столбце «Периоды календаря»',
    en: '"{text}": link calendar periods in the Calendar periods column',
  },
  'd_calendar-period-missing': {
    kk: '«Академиялық күнтізбе» парағында «{text}» кезеңі жоқ',
    ru: 'на листе «Академический календарь» нет периода «{text}»',
    en: 'the Academic calendar sheet has no period for "{text}"',
  },
  'd_other-plan-year': {
    kk: '«{text}» басқа оқу жылы',
    ru: '«{text}»: другой учебный год',
    en: '"{text}" names another academic year',
  },
  'd_uneven-times-a-year': {
    kk: '«{text}»: айлар тең бөлінбейді',
    ru: '«{text}»: месяцы не делятся поровну',
    en: '"{text}": months do not divide evenly',
  },
  'd_too-long': {
    kk: 'мерзім тым ұзын: алғашқы 1000 таңба оқылды',
    ru: 'срок слишком длинный: прочитаны первые 1000 символов',
    en: 'deadline too long: the first 1000 characters were read',
  },
} satisfies Record<string, Text>;

export type MessageId = keyof typeof MESSAGES;

export const t = translator(MESSAGES);

/** What Jospar says about a year's plan (import, new year, print, execution report), Kazakh first. */
import { translator, type Text } from './lang';

export const YEAR_MESSAGES = {
  menuImport: { kk: 'Жоспарды импорттау', ru: 'Импортировать план', en: 'Import plan' },
  menuNewYear: { kk: 'Жаңа оқу жылы', ru: 'Новый учебный год', en: 'New academic year' },
  menuPrint: { kk: 'Жоспарды басып шығару', ru: 'Печать плана', en: 'Print plan' },
  menuReport: { kk: 'Орындалу есебі', ru: 'Отчёт об исполнении', en: 'Execution report' },
  importTitle: { kk: 'Жоспарды импорттау', ru: 'Импорт плана', en: 'Import plan' },
  importDone: {
    kk: '«{file}» импортталды: қосылды {added}, өзгерді {changed}, тексеруге белгіленді {removed}, өзгермеді {same}.',
    ru: '«{file}» импортирован: добавлено {added}, изменено {changed}, отмечено для проверки {removed}, без изменений {same}.',
    en: '"{file}" imported: added {added}, changed {changed}, marked to confirm {removed}, unchanged {same}.',
  },
  importUnit: {
    kk: '{unit}: қосылды {added}; өзгерді {changed}; тексеруге белгіленді {removed}; өзгермеді {same}.',
    ru: '{unit}: добавлено {added}; изменено {changed}; отмечено для проверки {removed}; без изменений {same}.',
    en: '{unit}: added {added}; changed {changed}; marked to confirm {removed}; unchanged {same}.',
  },
  importFailed: {
    kk: '«{file}» оқылмады, ештеңе өзгертілмеді:\n{problems}',
    ru: '«{file}» не прочитан, ничего не изменено:\n{problems}',
    en: '"{file}" could not be read; nothing was changed:\n{problems}',
  },
  importTooLarge: {
    kk: '{file}: файл {size}, ал ең көбі {limit} болады; жоспар бұдан әлдеқайда кіші',
    ru: '{file}: файл {size}, а допускается не более {limit}; план намного меньше',
    en: '{file}: the file is {size}, the most accepted is {limit}; a plan is far smaller',
  },
  importEntryTooLarge: {
    kk: '{file}: ішіндегі «{name}» ашылғанда {size} болады, ал ең көбі {limit}; файл ашылмады',
    ru: '{file}: «{name}» внутри распаковывается в {size}, а допускается не более {limit}; файл не распакован',
    en: '{file}: "{name}" inside would unzip to {size}, the most accepted is {limit}; the file was not unzipped',
  },
  importTotalTooLarge: {
    kk: '{file}: ашылғанда {size} болады, ал ең көбі {limit}; файл ашылмады',
    ru: '{file}: распаковывается в {size}, а допускается не более {limit}; файл не распакован',
    en: '{file}: it would unzip to {size}, the most accepted is {limit}; the file was not unzipped',
  },
  importTooManyEntries: {
    kk: '{file}: архивте {count} файл, ал ең көбі {limit}; файл ашылмады',
    ru: '{file}: в архиве {count} файлов, а допускается не более {limit}; файл не распакован',
    en: '{file}: the archive holds {count} files, the most accepted is {limit}; the file was not unzipped',
  },
  importInflatedMore: {
    kk: '{file}: ішіндегі «{name}» айтылғаннан ({declared}) үлкен болып ашылды; файл бүлінген немесе қауіпті',
    ru: '{file}: «{name}» внутри распаковался больше заявленного ({declared}); файл повреждён или опасен',
    en: '{file}: "{name}" inside unzipped to more than it declared ({declared}); the file is damaged or hostile',
  },
  importOtherYear: {
    kk: 'Файл {fileYear} оқу жылына арналған, ал Баптауларда {year}: алдымен «Жаңа оқу жылы» орындаңыз.',
    ru: 'Файл на {fileYear} учебный год, а в Настройках {year}: сначала выполните «Новый учебный год».',
    en: 'The file is for {fileYear}, Settings say {year}: run "New academic year" first.',
  },
  wRemoved: {
    kk: '⚠ «{file}» жоспарында жоқ ({date}): жолды жойыңыз немесе «Тоқтатылды» деп белгілеңіз',
    ru: '⚠ нет в плане «{file}» ({date}): удалите строку или поставьте «Отменено»',
    en: '⚠ not in the imported plan "{file}" ({date}): delete the row or set it to cancelled',
  },
  importDialog: {
    kk: 'Бекітілген жоспарды таңдаңыз (.docx, .xlsx, .csv, .json)',
    ru: 'Выберите утверждённый план (.docx, .xlsx, .csv, .json)',
    en: 'Choose the approved plan (.docx, .xlsx, .csv, .json)',
  },
  newYearBadYear: {
    kk: '«{year}» оқу жылы емес (мысалы 2026-2027)',
    ru: '«{year}» — не учебный год (например 2026-2027)',
    en: '"{year}" is not an academic year (e.g. 2026-2027)',
  },
  newYearAlready: {
    kk: 'Кесте {year} оқу жылында: ештеңе өзгертілмеді.',
    ru: 'Таблица уже на {year} учебный год: ничего не изменено.',
    en: 'The spreadsheet is already on {year}: nothing was changed.',
  },
  newYearNotNext: {
    kk: 'Баптауларда {year}: жаңа жыл тек келесі жыл бола алады, {to} емес.',
    ru: 'В Настройках {year}: новый год может быть только следующим, не {to}.',
    en: 'Settings say {year}: the new year can only be the next one, not {to}.',
  },
  newYearNoPlan: {
    kk: 'Жоспар парағы бос: алдымен жоспарды орнатыңыз немесе импорттаңыз.',
    ru: 'Лист плана пуст: сначала настройте или импортируйте план.',
    en: 'The Plan sheet is empty: set up or import a plan first.',
  },
  newYearConfirm: {
    kk: '{from} жоспары, тізілімі мен күнтізбесі «… {from}» парақтарына мұрағатталады, {to} жоспары жаңа парақтарда басталады. Жалғастыру керек пе?',
    ru: 'План, реестр и календарь {from} уйдут в архивные листы «… {from}», план {to} начнётся на новых листах. Продолжить?',
    en: '{from}\'s plan, register and calendar go to archive sheets "… {from}"; {to} starts on new sheets. Continue?',
  },
  newYearDone: {
    kk: '{to} оқу жылының жоспары {from} жоспарынан жасалды: {items} тармақ, мәртебелер мен сілтемелер тазартылды.',
    ru: 'План на {to} учебный год создан из плана {from}: {items} пунктов, статусы и ссылки очищены.',
    en: 'The {to} plan was made from {from}: {items} items, statuses and links cleared.',
  },
  newYearResumed: {
    kk: '{to} оқу жылына көшу үзіліп қалған еді: ол қайта іске қосылып, аяқталды.',
    ru: 'Переход на {to} учебный год был прерван: он продолжен и завершён.',
    en: 'The move to {to} had been cut off: it was taken up again and finished.',
  },
  newYearUnfinished: {
    kk: '{to} оқу жылына көшу аяқталмаған: ол аяқталмайынша «{job}» орындалмайды. Аяқтау үшін «Жаңа оқу жылы» мәзірін қайта іске қосыңыз (немесе «Жоспарды орнату»).',
    ru: 'Переход на {to} учебный год не завершён: пока он не закончен, «{job}» не выполняется. Чтобы закончить его, снова запустите «Новый учебный год» (или «Настроить план»).',
    en: 'The move to {to} is not finished: "{job}" waits until it is. To finish it, run "New academic year" again (or "Set up plan").',
  },
  newYearArchived: {
    kk: 'Мұрағат парақтары: {sheets}.',
    ru: 'Архивные листы: {sheets}.',
    en: 'Archived sheets: {sheets}.',
  },
  newYearDaysOff: {
    kk: 'Демалыс күндері заң мен «{movable}» баптауынан есептелді («Баптаулар» парағында тексеріңіз): {days}',
    ru: 'Выходные вычислены по закону и настройке «{movable}» (проверьте на листе «Настройки»): {days}',
    en: 'Days off computed from the law and the "{movable}" setting (check them on the Settings sheet): {days}',
  },
  newYearErrors: {
    kk: 'Мерзімі оқылмаған тармақтар: {ids}',
    ru: 'Пункты с непрочитанным сроком: {ids}',
    en: 'Items whose deadline could not be read: {ids}',
  },
  approve: { kk: 'БЕКІТЕМІН', ru: 'УТВЕРЖДАЮ', en: 'APPROVED' },
  dateLine: { kk: '«___» ____________ {year} ж.', ru: '«___» ____________ {year} г.', en: '«___» ____________ {year}' },
  printDone: {
    kk: 'Жоспар құжаты жасалды: {link}',
    ru: 'Документ плана создан: {link}',
    en: 'The plan document was made: {link}',
  },
  reportTitle: { kk: 'Орындалу есебі', ru: 'Отчёт об исполнении', en: 'Execution report' },
  reportPeriod: { kk: 'Кезең: {start} – {end}', ru: 'Период: {start} – {end}', en: 'Period: {start} – {end}' },
  reportBadPeriod: {
    kk: '«{period}» кезеңі белгісіз: year, semester-1, semester-2, q1–q4 немесе ЖЖЖЖ-АА',
    ru: 'Неизвестный период «{period}»: year, semester-1, semester-2, q1–q4 или ГГГГ-ММ',
    en: 'Unknown period "{period}": year, semester-1, semester-2, q1–q4 or YYYY-MM',
  },
  colNo: { kk: '№', ru: '№', en: 'No.' },
  colActivity: { kk: 'Іс-шаралар', ru: 'Мероприятия', en: 'Activity' },
  colStatus: { kk: 'Мәртебе', ru: 'Статус', en: 'Status' },
  colDoneOn: { kk: 'Орындалған күні', ru: 'Дата выполнения', en: 'Date done' },
  colEvidence: { kk: 'Дәлел', ru: 'Подтверждение', en: 'Evidence' },
  colNotes: { kk: 'Ескертпе', ru: 'Примечание', en: 'Notes' },
  totalsHeading: { kk: 'Қорытынды', ru: 'Итоги', en: 'Totals' },
  overdueAsOf: {
    kk: 'Мерзімі өткен ({date} күнгі жағдай)',
    ru: 'Просроченные (на {date})',
    en: 'Overdue (as of {date})',
  },
  overdueNone: { kk: 'Жоқ.', ru: 'Нет.', en: 'None.' },
  reportDone: { kk: 'Есеп жасалды: {link}', ru: 'Отчёт создан: {link}', en: 'The report was made: {link}' },
  // The report's counts (core/plan/period-counts.ts): each due date in the period once, as of the period's end.
  countsLine: {
    kk:
      'Кезеңдегі мерзімдер: {occurrences}. Орындалды: {done}, оның ішінде кешігіп: {doneLate}; мерзімі өткен: ' +
      '{overdue}; мерзімі әлі келмеген: {notYetDue}; тоқтатылды: {cancelled}; қайталанатын тармақтардың өткен ' +
      'мерзімдері (тармақ ашық): {earlierOpen}. Орындалу: {percent}%.',
    ru:
      'Сроков в периоде: {occurrences}. Выполнено: {done}, из них с опозданием: {doneLate}; просрочено: {overdue}; ' +
      'срок ещё не наступил: {notYetDue}; отменено: {cancelled}; прошедшие сроки повторяющихся пунктов (пункт ' +
      'открыт): {earlierOpen}. Выполнение: {percent}%.',
    en:
      'Due dates in the period: {occurrences}. Done: {done}, of them late: {doneLate}; overdue: {overdue}; not yet ' +
      'due: {notYetDue}; cancelled: {cancelled}; earlier dates of recurring items still open: {earlierOpen}. ' +
      '{percent}% done.',
  },
  recurringLine: {
    kk:
      'Қайталанатын тармақ кезеңге түскен әр мерзімі үшін бір рет саналады (ай сайынғы тармақ — айына бір рет): ' +
      'кезеңде бірнеше мерзімі бар тармақтар: {items}, олардың мерзімдері: {occurrences}.',
    ru:
      'Повторяющийся пункт считается один раз за каждый срок, попавший в период (ежемесячный — раз в месяц): ' +
      'пунктов с несколькими сроками в периоде: {items}, их сроков: {occurrences}.',
    en:
      'A recurring item counts once for each of its due dates in the period (a monthly item once a month): ' +
      'items with more than one due date in the period: {items}, their due dates: {occurrences}.',
  },
  onDemandLine: {
    kk: 'Сұраныс бойынша орындалатын тармақтар (мерзімсіз): {count}.',
    ru: 'Пункты, выполняемые по запросу (без срока): {count}.',
    en: 'Items done on request (no due date): {count}.',
  },
  overdueLine: {
    kk: '{id} · {due} бастап {days} күн · {activity}',
    ru: '{id} · с {due}, {days} дн. · {activity}',
    en: '{id} · since {due}, {days} days · {activity}',
  },
  // An item still overdue from a date before the period (28.08 for a year from 1.09): listed, as it is overdue on the
  // report's day, but not among the period's counts, which the line says so that the two do not seem to disagree.
  overdueLineBefore: {
    kk: '{id} · {due} бастап {days} күн (мерзімі кезең басталғанға дейін) · {activity}',
    ru: '{id} · с {due}, {days} дн. (срок до начала периода) · {activity}',
    en: '{id} · since {due}, {days} days (due before the period) · {activity}',
  },
} satisfies Record<string, Text>;

export type YearMessageId = keyof typeof YEAR_MESSAGES;

export const ty = translator(YEAR_MESSAGES);

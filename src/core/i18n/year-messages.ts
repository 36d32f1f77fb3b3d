/** What Jospar says about a year's plan (import, new year, print, execution report), Kazakh first. */
import { fill, type Lang, type Text } from './lang';

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
} satisfies Record<string, Text>;

export type YearMessageId = keyof typeof YEAR_MESSAGES;

export function ty(lang: Lang, id: YearMessageId, params?: Record<string, string | number>): string {
  return fill(YEAR_MESSAGES[id][lang], params);
}

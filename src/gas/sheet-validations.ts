/** Each sheet's dropdowns in a language: Set up lays them out, and rows a sheet grows past 1,000 get them too. */
import { PERIOD_KIND_WORDS } from '../core/calendar/calendar-sheet';
import { KIND_WORDS } from '../core/documents/kinds';
import type { Lang } from '../core/i18n/lang';
import { wordList, YES_NO } from '../core/i18n/words';
import type { SheetKey } from '../core/sheets/layout';
import { logActionList } from '../core/sheets/log-words';
import { statusLabels } from '../core/sheets/status';

export function sheetValidations(lang: Lang): Record<SheetKey, Record<string, string[]>> {
  return {
    plan: { status: statusLabels(lang) },
    calendar: { kind: wordList(PERIOD_KIND_WORDS, lang) },
    roles: {},
    settings: {},
    log: { action: logActionList(lang) },
    notifications: {},
    state: {},
    templates: { kind: wordList(KIND_WORDS, lang), pdf: wordList(YES_NO, lang) },
    register: { kind: wordList(KIND_WORDS, lang) },
  };
}

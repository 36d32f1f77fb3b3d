import type { Lang } from '../core/i18n/lang';
import { t } from '../core/i18n/messages';

/** The Jospar menu. Item handlers are entry-point names (see index.ts). */
export function buildMenu(lang: Lang): void {
  SpreadsheetApp.getUi()
    .createMenu('Jospar')
    .addItem(t(lang, 'menuSetUp'), 'josparSetUpPlan')
    .addItem(t(lang, 'menuRefresh'), 'josparRefreshDeadlines')
    .addItem(t(lang, 'menuSync'), 'josparSyncCalendar')
    .addSeparator()
    .addItem(t(lang, 'menuGenerate'), 'josparGenerateDocuments')
    .addItem(t(lang, 'menuTemplates'), 'josparCreateTemplates')
    .addSeparator()
    .addItem(t(lang, 'menuApprove'), 'josparApproveSettings')
    .addItem(t(lang, 'menuAbout'), 'josparAbout')
    .addToUi();
}

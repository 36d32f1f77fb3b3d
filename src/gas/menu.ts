import type { Lang } from '../core/i18n/lang';
import { t } from '../core/i18n/messages';
import { mt } from '../core/notifications/mail-texts';
import { ty } from '../core/i18n/year-messages';
import { ot } from '../core/schedule/owner-texts';

/** True in the build published as an Editor add-on (scripts/build.ts defines it). */
declare const JOSPAR_EDITOR_ADDON: boolean;

/**
 * The Jospar menu. Item handlers are entry-point names (see index.ts). A published Editor add-on may only add its menu
 * under Extensions (Ui.createAddonMenu, named after the add-on); the bound script has its own top-level menu.
 */
export function buildMenu(lang: Lang): void {
  const ui = SpreadsheetApp.getUi();
  (JOSPAR_EDITOR_ADDON ? ui.createAddonMenu() : ui.createMenu('Jospar'))
    .addItem(t(lang, 'menuSidebar'), 'josparShowSidebar')
    .addItem(t(lang, 'menuOverview'), 'josparRefreshOverview')
    .addSeparator()
    .addItem(t(lang, 'menuSetUp'), 'josparSetUpPlan')
    .addItem(t(lang, 'menuRefresh'), 'josparRefreshDeadlines')
    .addItem(t(lang, 'menuSync'), 'josparSyncCalendar')
    .addSeparator()
    .addItem(ty(lang, 'menuImport'), 'josparImportPlanDialog')
    .addItem(ty(lang, 'menuNewYear'), 'josparNewAcademicYear')
    .addItem(ty(lang, 'menuPrint'), 'josparPrintPlan')
    .addItem(ty(lang, 'menuReport'), 'josparExecutionReport')
    .addSeparator()
    .addItem(t(lang, 'menuGenerate'), 'josparGenerateDocuments')
    .addItem(t(lang, 'menuTemplates'), 'josparCreateTemplates')
    .addSeparator()
    .addItem(mt(lang, 'menuRemindNow'), 'josparSendRemindersNow')
    .addItem(mt(lang, 'menuRemindRows'), 'josparRemindRows')
    .addItem(mt(lang, 'menuScheduleOn'), 'josparScheduleOn')
    .addItem(mt(lang, 'menuScheduleOff'), 'josparScheduleOff')
    .addItem(ot(lang, 'menuTakeOver'), 'josparTakeOverSchedule')
    .addSeparator()
    .addItem(t(lang, 'menuApprove'), 'josparApproveSettings')
    .addItem(t(lang, 'menuAbout'), 'josparAbout')
    .addToUi();
}

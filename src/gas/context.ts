import { asLang, type Lang } from '../core/i18n/lang';

export const LANG_PROPERTY = 'jospar.lang';

/** The UI language, remembered in document properties by Set up so that onOpen need not read the Settings sheet. */
export function rememberedLang(): Lang {
  try {
    return asLang(PropertiesService.getDocumentProperties().getProperty(LANG_PROPERTY) ?? 'kk');
  } catch {
    return 'kk'; // onOpen before authorisation cannot read properties
  }
}

export function rememberLang(lang: Lang): void {
  const props = PropertiesService.getDocumentProperties();
  if (props.getProperty(LANG_PROPERTY) !== lang) props.setProperty(LANG_PROPERTY, lang);
}

export function todayIn(timeZone: string): string {
  return Utilities.formatDate(new Date(), timeZone, 'yyyy-MM-dd');
}

/** Alerts only where there is someone to see them (not in triggers). */
export function tellUser(title: string, message: string): void {
  try {
    const ui = SpreadsheetApp.getUi();
    ui.alert(title, message, ui.ButtonSet.OK);
  } catch {
    console.log(`${title}: ${message}`);
  }
}

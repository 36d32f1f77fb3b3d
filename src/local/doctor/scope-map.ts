/**
 * Which OAuth scope allows each Apps Script call the add-on makes, by the emulation's class names (the keys of its call
 * log, "Class.method"), each with the Google reference page that says so. `jospar doctor` and the scope audit test map
 * every call the add-on made through this table: a call of a class missing here is an error, so whoever makes the
 * add-on call a new service adds its scope (and the page) here first.
 */

export const SCOPE = 'https://www.googleapis.com/auth/';

export interface ScopeRule {
  /** The scope that allows the call, without the common prefix; null: the service needs no authorisation. */
  scope: string | null;
  /** Google's page that names the scope (or says the service needs none). */
  ref: string;
  /** Methods of the class that need another scope (or none), where Google's page lists them apart. */
  methods?: Record<string, string | null>;
  /** The advanced service the class belongs to, which the manifest must enable at this version. */
  advanced?: { userSymbol: string; serviceId: string; version: string };
}

const SHEETS: ScopeRule = {
  scope: 'spreadsheets.currentonly',
  // "spreadsheets.currentonly: … only the spreadsheet the add-on/script is bound to or runs in" (Editor add-on scopes).
  ref: 'https://developers.google.com/workspace/add-ons/concepts/editor-scopes',
};
const UI: ScopeRule = {
  scope: 'script.container.ui',
  ref: 'https://developers.google.com/workspace/add-ons/concepts/editor-scopes',
};
const TRIGGERS: ScopeRule = {
  scope: 'script.scriptapp',
  ref: 'https://developers.google.com/apps-script/reference/script/script-app',
};
const DOCS: ScopeRule = {
  scope: 'documents',
  ref: 'https://developers.google.com/apps-script/reference/document/document-app',
};
const NONE = (ref: string): ScopeRule => ({ scope: null, ref });

const CALENDAR = { userSymbol: 'Calendar', serviceId: 'calendar', version: 'v3' };
const DRIVE = { userSymbol: 'Drive', serviceId: 'drive', version: 'v3' };
const DOCS_API = { userSymbol: 'Docs', serviceId: 'docs', version: 'v1' };

export const SCOPE_RULES: Record<string, ScopeRule> = {
  // SpreadsheetApp and everything it hands out.
  SpreadsheetApp: { ...SHEETS, methods: { getUi: null } },
  Spreadsheet: SHEETS,
  Sheet: SHEETS,
  Range: SHEETS,
  Protection: SHEETS,
  Filter: SHEETS,
  DataValidation: SHEETS,
  DataValidationBuilder: SHEETS,
  ConditionalFormatRule: SHEETS,
  ConditionalFormatRuleBuilder: SHEETS,
  BooleanCondition: SHEETS,
  EmbeddedChart: SHEETS,
  EmbeddedChartBuilder: SHEETS,
  // Menus, alerts, the sidebar and dialogs.
  Ui: UI,
  Menu: UI,
  HtmlService: UI,
  HtmlOutput: UI,
  // The hourly trigger.
  ScriptApp: TRIGGERS,
  Trigger: TRIGGERS,
  TriggerBuilder: TRIGGERS,
  // Reminder mail ("Authorization: … script.send_mail" on each MailApp method).
  MailApp: { scope: 'script.send_mail', ref: 'https://developers.google.com/apps-script/reference/mail/mail-app' },
  // The user's email for the Log; the script's zone and locale need nothing.
  Session: {
    scope: null,
    ref: 'https://developers.google.com/apps-script/reference/base/session',
    methods: { getActiveUser: 'userinfo.email', getEffectiveUser: 'userinfo.email' },
  },
  // DocumentApp: a list's repeated rows and the PDF of a generated Doc.
  DocumentApp: DOCS,
  Document: DOCS,
  Body: DOCS,
  HeaderSection: DOCS,
  FooterSection: DOCS,
  Element: DOCS,
  Paragraph: DOCS,
  Table: DOCS,
  TableRow: DOCS,
  TableCell: DOCS,
  Text: DOCS,
  Attribute: NONE('https://developers.google.com/apps-script/reference/document/attribute'),
  Blob: NONE('https://developers.google.com/apps-script/reference/base/blob'),
  // Advanced services: the REST method's own page lists the scopes that allow it.
  Calendar: { scope: null, ref: 'https://developers.google.com/apps-script/advanced/calendar', advanced: CALENDAR },
  CalendarCalendars: {
    scope: 'calendar.app.created',
    ref: 'https://developers.google.com/workspace/calendar/api/v3/reference/calendars/insert',
    advanced: CALENDAR,
  },
  CalendarEvents: {
    scope: 'calendar.app.created',
    ref: 'https://developers.google.com/workspace/calendar/api/auth',
    advanced: CALENDAR,
  },
  Drive: { scope: null, ref: 'https://developers.google.com/apps-script/advanced/drive', advanced: DRIVE },
  DriveFiles: {
    scope: 'drive.file',
    ref: 'https://developers.google.com/workspace/drive/api/guides/api-specific-auth',
    advanced: DRIVE,
  },
  // approvals.list's "Authorization scopes" list drive.file among the scopes it accepts.
  DriveApprovals: {
    scope: 'drive.file',
    ref: 'https://developers.google.com/workspace/drive/api/reference/rest/v3/approvals/list',
    advanced: DRIVE,
  },
  Docs: { scope: null, ref: 'https://developers.google.com/apps-script/advanced/docs', advanced: DOCS_API },
  DocsDocuments: {
    scope: 'documents',
    ref: 'https://developers.google.com/workspace/docs/api/auth',
    advanced: DOCS_API,
  },
  // Services that need no authorisation.
  PropertiesService: NONE('https://developers.google.com/apps-script/reference/properties/properties-service'),
  Properties: NONE('https://developers.google.com/apps-script/reference/properties/properties'),
  LockService: NONE('https://developers.google.com/apps-script/reference/lock/lock-service'),
  Lock: NONE('https://developers.google.com/apps-script/reference/lock/lock'),
  CacheService: NONE('https://developers.google.com/apps-script/reference/cache/cache-service'),
  Cache: NONE('https://developers.google.com/apps-script/reference/cache/cache'),
  Utilities: NONE('https://developers.google.com/apps-script/reference/utilities/utilities'),
  XmlService: NONE('https://developers.google.com/apps-script/reference/xml-service/xml-service'),
  Namespace: NONE('https://developers.google.com/apps-script/reference/xml-service/namespace'),
};

const SHEETS_BY_ID: ScopeRule = {
  scope: 'spreadsheets',
  // A script outside the spreadsheet opens it by id (SpreadsheetApp.openById): "spreadsheets", not "currentonly".
  ref: 'https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#openById(String)',
};

/**
 * The Workspace add-on's project (Calendar and Gmail cards): the same classes reached another way. It runs in no
 * spreadsheet, so it opens the plan by id; it only reads events (Events.get of Jospar's event, which is in a
 * calendar the reader did not make); it reads the opened message's metadata with its access token.
 */
export const CARDS_SCOPE_RULES: Record<string, ScopeRule> = {
  ...Object.fromEntries(Object.entries(SCOPE_RULES).map(([k, r]) => [k, r.scope === SHEETS.scope ? SHEETS_BY_ID : r])),
  SpreadsheetApp: SHEETS_BY_ID,
  CalendarEvents: {
    scope: 'calendar.events.readonly',
    ref: 'https://developers.google.com/workspace/calendar/api/v3/reference/events/get',
    advanced: CALENDAR,
  },
  GmailApp: {
    scope: null,
    ref: 'https://developers.google.com/apps-script/reference/gmail/gmail-app#setCurrentMessageAccessToken(String)',
    methods: { getMessageById: 'gmail.addons.current.message.metadata' },
  },
  GmailMessage: {
    scope: 'gmail.addons.current.message.metadata',
    ref: 'https://developers.google.com/workspace/add-ons/concepts/workspace-scopes',
  },
};

/**
 * Scopes a Workspace add-on's manifest needs for what it extends, whatever its code calls
 * (https://developers.google.com/workspace/add-ons/concepts/workspace-scopes): to run in Calendar, to run in Gmail,
 * and, with addOns.common.useLocaleFromApp, to be told the user's language.
 */
export function hostScopes(addOns: { calendar?: unknown; gmail?: unknown; common?: { useLocaleFromApp?: boolean } }) {
  const out: string[] = [];
  if (addOns.calendar) out.push(`${SCOPE}calendar.addons.execute`);
  if (addOns.gmail) out.push(`${SCOPE}gmail.addons.execute`);
  if (addOns.common?.useLocaleFromApp) out.push(`${SCOPE}script.locale`);
  return out;
}

/** The scope a call ("Class.method") needs: a full scope URL, null for none, undefined when the class is unknown. */
export function scopeOf(call: string, rules: Record<string, ScopeRule> = SCOPE_RULES): string | null | undefined {
  const [cls, method] = call.split('.');
  const rule = rules[cls];
  if (!rule) return undefined;
  const scope = rule.methods && method in rule.methods ? rule.methods[method] : rule.scope;
  return scope === null ? null : SCOPE + scope;
}

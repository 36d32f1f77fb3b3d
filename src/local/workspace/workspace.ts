/**
 * The local Google Workspace: every emulated service behind one object that can hand the add-on its globals, count
 * its calls, inject faults, and save or load its whole state as JSON.
 */
import { LocalCacheService } from './cache';
import { LocalCardService } from './card-service/card-service';
import { LocalDocumentApp, LocalDrive, type DocStore, type DriveStore } from './documents';
import { LocalDocsService } from './docs-api';
import { LocalCalendarService, newCalendarStore, type CalendarStore } from './calendar-api';
import { VirtualClock } from './clock';
import { CallCounter, type FaultSpec } from './counter';
import { LocalLockService, lockKey, THIS_RUN, type LockScope } from './lock';
import { LocalMailApp, mailStoreOf, newMailStore, type MailStore, type SavedMailStore } from './mail';
import { LocalProperties, LocalPropertiesService } from './properties';
import { LocalScriptApp, type TriggerState } from './script-app';
import { LocalSheet, LocalSpreadsheet, LocalSpreadsheetApp, type Cell } from './spreadsheet';
import { LocalUi, type UiLog } from './ui';
import { LocalCharts } from './charts';
import { LocalHtmlService } from './html';
import { LocalSession, LocalUtilities } from './utilities';
import { LocalXmlService } from './xml';
import { LocalGmailApp, type MessageTokens } from './gmail';
import { WEB_APP_DEFAULT, webAppUsers, type WebAppManifest } from './web-app';

export const STATE_VERSION = 2;

export interface WorkspaceOptions {
  user?: string;
  now?: number;
  faults?: FaultSpec[];
  /** Virtual milliseconds each service call takes (0: calls take no time), or a table by "Class.method". */
  latencyMs?: number | ((call: string) => number);
}

export class Workspace {
  readonly counter: CallCounter;
  readonly clock: VirtualClock;
  readonly user: string;
  /** The script's time zone (Session.getScriptTimeZone): the manifest's, set when the add-on is loaded. */
  scriptTimeZone = 'Asia/Almaty';
  /** The web app's URL (ScriptApp.getService().getUrl()): null until deployed; `jospar serve` deploys it locally. */
  webAppUrl: string | null = null;
  /** Who runs the next calls, when not the Workspace's user (an editor of the spreadsheet; a trigger's owner). */
  runAs: string | null = null;
  /**
   * How the script reaches the spreadsheet: 'bound' (a script bound to it: every editor of the spreadsheet may open
   * Extensions → Apps Script and change the code the owner's trigger runs) or 'addon' (a published add-on: its code is
   * the developer's, the same for everyone, and no editor of a spreadsheet can change it).
   */
  deployment: 'bound' | 'addon' = 'bound';
  /**
   * The Workspace add-on (Calendar and Gmail cards) is an Apps Script project of its own (README: Packaging): its
   * script properties, each user's user properties and its script lock are its own, not the Sheets add-on's.
   */
  readonly cardsProject = {
    script: new Map<string, string>(),
    users: new Map<string, Map<string, string>>(),
    locks: new Map<string, string>(),
  };
  /** The message access tokens Gmail handed the cards with their event objects (src/local/workspace/gmail.ts). */
  readonly gmailTokens: MessageTokens = new Map();
  /**
   * Whether the call running is a web app's doGet/doPost (run-addon.ts sets it). Apps Script gives a web app no
   * containing document: LockService.getDocumentLock() is null; and the web app of a standalone project (an add-on's)
   * has no active spreadsheet and no document properties either (see the conformance test web-app.test.ts).
   */
  inWebApp = false;
  /**
   * The web app's deployment: the manifest's `webapp` (run-addon.ts sets it from appsscript.json when it loads the
   * add-on) and who deployed it (null: the workspace's user, the plan's owner, who deploys it: README). While a
   * doGet/doPost runs, `runAs` names the visitor, and runner() is whoever the web app executes as (web-app.ts).
   */
  webApp: WebAppManifest & { deployer: string | null } = { ...WEB_APP_DEFAULT, deployer: null };
  spreadsheet: LocalSpreadsheet;
  readonly properties = {
    script: new Map<string, string>(),
    document: new Map<string, string>(),
    user: new Map<string, string>(),
  };
  readonly caches = {
    script: new Map<string, { value: string; expires: number }>(),
    document: new Map(),
    user: new Map(),
  };
  /**
   * User properties and user caches of people other than `user` (editors, a trigger's owner: see runAs); `user`'s own
   * are properties.user and caches.user. Apps Script keeps both per user.
   */
  readonly otherUsers = new Map<
    string,
    { properties: Map<string, string>; cache: Map<string, { value: string; expires: number }> }
  >();
  readonly locks = new Map<string, string>();
  triggers: TriggerState[] = [];
  calendars: CalendarStore;
  docs: DocStore = { documents: [] };
  drive: DriveStore = { files: [], seq: 0 };
  mail: MailStore = newMailStore();
  readonly ui: UiLog = { menus: [], alerts: [], sidebars: [], dialogs: [] };
  readonly logs: string[] = [];
  readonly uiAnswers: string[] = [];
  /** The project's HTML files by name without ".html" (run-addon fills it from dist/), for HtmlService. */
  readonly htmlFiles = new Map<string, string>();

  constructor(options: WorkspaceOptions = {}) {
    this.counter = new CallCounter(options.faults ?? []);
    this.clock = new VirtualClock(options.now ?? Date.now());
    this.user = options.user ?? 'specialist@edu.ektu.kz';
    this.spreadsheet = this.owned(new LocalSpreadsheet(this.counter, 'local-spreadsheet', 'Жоспар 2025-2026'));
    this.calendars = newCalendarStore(this.user);
    const latency = options.latencyMs ?? 0;
    if (typeof latency === 'function') this.counter.onCall = (call) => this.clock.advance(latency(call));
    else if (latency > 0) this.counter.onCall = () => this.clock.advance(latency);
  }

  /** Whether `who` may change the code the triggers run (see `deployment`). */
  mayEditScript(who = this.runner()): boolean {
    if (this.deployment === 'addon') return false;
    return who === this.spreadsheet._owner || this.spreadsheet._editors.includes(who);
  }

  /**
   * Whose rights the calls now use (Session.getEffectiveUser): `runAs`, else the Workspace's user; in a web app the
   * deployer when it executes as USER_DEPLOYING (its services, quotas, user properties and user lock are then his).
   */
  runner(): string {
    return this.inWebApp ? this.webAppUsers().effective : this.visitor();
  }

  /** Who is at the keyboard: `runAs`, else the Workspace's user (in a web app: the visitor, '' when not signed in). */
  visitor(): string {
    return this.runAs ?? this.user;
  }

  /** Session.getActiveUser: the user at the keyboard, except where a web app is not told who visits (web-app.ts). */
  activeUser(): string {
    return this.inWebApp ? this.webAppUsers().active : this.runner();
  }

  private webAppUsers(): { effective: string; active: string } {
    return webAppUsers(this.webApp, this.webApp.deployer ?? this.user, this.visitor());
  }

  /** A spreadsheet of this workspace: owned by its user unless a saved state says otherwise, checked against runner. */
  private owned(ss: LocalSpreadsheet, owner: string | null = this.user): LocalSpreadsheet {
    ss._owner = owner;
    ss._runner = () => this.runner();
    return ss;
  }

  /** The user properties and cache of whoever runs the calls now. */
  ofRunner(): { properties: Map<string, string>; cache: Map<string, { value: string; expires: number }> } {
    const who = this.runner();
    if (who === this.user) return { properties: this.properties.user, cache: this.caches.user };
    if (!this.otherUsers.has(who)) this.otherUsers.set(who, { properties: new Map(), cache: new Map() });
    return this.otherUsers.get(who)!;
  }
  /**
   * Another run holds a lock (for tests of overlapping runs): the Sheets project's (or the cards project's) script
   * lock, the plan's document lock, or the user lock of `user` (by default whoever runs the calls now).
   */
  holdLock(scope: LockScope = 'script', options: { user?: string; project?: 'sheets' | 'cards' } = {}): void {
    this.projectLocks(options.project).set(this.heldKey(scope, options.user), 'another run');
  }
  releaseLock(scope: LockScope = 'script', options: { user?: string; project?: 'sheets' | 'cards' } = {}): void {
    this.projectLocks(options.project).delete(this.heldKey(scope, options.user));
  }
  private projectLocks(project: 'sheets' | 'cards' = 'sheets'): Map<string, string> {
    return project === 'cards' ? this.cardsProject.locks : this.locks;
  }
  private heldKey(scope: LockScope, user = this.runner()): string {
    return lockKey(scope, scope === 'user' ? user : this.spreadsheet._id);
  }

  /** A web app of a standalone project: no spreadsheet is its container. */
  private standaloneWebApp(): boolean {
    return this.inWebApp && this.deployment === 'addon';
  }

  /** An execution ended: the locks it held are released ("automatically when the script terminates"). */
  endExecution(): void {
    for (const locks of [this.locks, this.cardsProject.locks])
      for (const [key, holder] of locks) if (holder === THIS_RUN) locks.delete(key);
  }

  /**
   * The globals an Apps Script project sees, each wrapped to count calls. `project: 'cards'`: the Workspace add-on's
   * project, run in Calendar or Gmail: no active spreadsheet (SpreadsheetApp.getActive() is null), no document
   * properties or document lock (null outside a document), its own script and user properties, GmailApp with the
   * current message's token, MailApp sending as the person who clicked, and only the services its manifest enables
   * (README: Packaging).
   */
  globals(options: { project?: 'sheets' | 'cards' } = {}): Record<string, unknown> {
    if (options.project === 'cards') return this.cardGlobals();
    const c = this.counter;
    const ui = c.track(new LocalUi(this.ui, this.uiAnswers));
    const logger = this.logger();
    const documentProperties = new LocalProperties(this.properties.document, c);
    return {
      SpreadsheetApp: c.track(
        new LocalSpreadsheetApp(
          () => (this.standaloneWebApp() ? null : this.spreadsheet),
          () => ui,
          (id) => this.spreadsheetById(id),
        ),
      ),
      PropertiesService: c.track(
        new LocalPropertiesService({
          script: new LocalProperties(this.properties.script, c),
          document: () => (this.standaloneWebApp() ? null : documentProperties),
          user: () => new LocalProperties(this.ofRunner().properties, c),
        }),
      ),
      LockService: c.track(
        new LocalLockService(
          this.locks,
          this.clock,
          () => this.runner(),
          () => (this.inWebApp ? null : this.spreadsheet._id),
        ),
      ),
      CacheService: c.track(new LocalCacheService(this.caches, () => this.ofRunner().cache, this.clock)),
      ScriptApp: c.track(
        new LocalScriptApp(
          this.triggers,
          this.clock,
          c,
          () => this.runner(),
          this.user,
          () => this.webAppUrl,
        ),
      ),
      Calendar: new LocalCalendarService(this.calendars, c, this.clock, this.user),
      DocumentApp: c.track(new LocalDocumentApp(this.docs, this.drive, c)),
      Drive: new LocalDrive(this.drive, this.docs, c, () => this.runner(), this.user),
      Docs: new LocalDocsService(this.docs, this.drive, c),
      // The user the script runs as: a trigger's owner, the editor who clicked (runAs), else the workspace's user.
      MailApp: c.track(new LocalMailApp(this.mail, c, this.clock, () => this.runner())),
      Utilities: c.track(new LocalUtilities(this.clock)),
      HtmlService: c.track(new LocalHtmlService(this.htmlFiles)),
      Charts: LocalCharts,
      CardService: new LocalCardService(),
      XmlService: c.track(new LocalXmlService()),
      Session: c.track(
        new LocalSession({
          active: () => this.activeUser(),
          effective: () => this.runner(),
          locale: 'kk',
          timeZone: () => this.scriptTimeZone,
        }),
      ),
      Logger: logger,
      console: { log: logger.log, info: logger.log, warn: logger.log, error: logger.log },
    };
  }

  /** A spreadsheet of this workspace by id (there is one: the plan). */
  spreadsheetById(id: string): LocalSpreadsheet | null {
    return id === this.spreadsheet._id ? this.spreadsheet : null;
  }

  /** The cards project's user properties of whoever runs the calls now. */
  private cardUserProperties(): Map<string, string> {
    const who = this.runner();
    if (!this.cardsProject.users.has(who)) this.cardsProject.users.set(who, new Map());
    return this.cardsProject.users.get(who)!;
  }

  /** Logger and console of a project: what they print goes to `logs`. */
  private logger(): { log: (...a: unknown[]) => unknown } {
    const logger = {
      log: (...a: unknown[]) => {
        this.logs.push(a.map(String).join(' '));
        return logger;
      },
    };
    return logger;
  }

  private cardGlobals(): Record<string, unknown> {
    const c = this.counter;
    const logger = this.logger();
    return {
      SpreadsheetApp: c.track(
        new LocalSpreadsheetApp(
          () => null,
          () => {
            throw new Error('Cannot call SpreadsheetApp.getUi() from this context.');
          },
          (id) => this.spreadsheetById(id),
        ),
      ),
      PropertiesService: c.track(
        new LocalPropertiesService({
          script: new LocalProperties(this.cardsProject.script, c),
          document: null,
          user: () => new LocalProperties(this.cardUserProperties(), c),
        }),
      ),
      LockService: c.track(new LocalLockService(this.cardsProject.locks, this.clock, () => this.runner())),
      CacheService: c.track(new LocalCacheService(this.caches, () => this.ofRunner().cache, this.clock)),
      Calendar: new LocalCalendarService(this.calendars, c, this.clock, this.user),
      GmailApp: c.track(new LocalGmailApp(this.mail, this.gmailTokens, () => this.runner())),
      // A Workspace add-on runs as the person who opened it: what it mails is from them.
      MailApp: c.track(new LocalMailApp(this.mail, c, this.clock, () => this.runner())),
      CardService: new LocalCardService(),
      Utilities: c.track(new LocalUtilities(this.clock)),
      Session: c.track(
        new LocalSession({
          active: () => this.activeUser(),
          effective: () => this.runner(),
          locale: 'kk',
          timeZone: () => this.scriptTimeZone,
        }),
      ),
      Logger: logger,
      console: { log: logger.log, info: logger.log, warn: logger.log, error: logger.log },
    };
  }

  // ---- state ----

  toJSON(): WorkspaceState {
    const ss = this.spreadsheet;
    return {
      version: STATE_VERSION,
      clock: this.clock.now(),
      user: this.user,
      spreadsheet: {
        id: ss._id,
        name: ss._name,
        owner: ss._owner,
        editors: ss._editors,
        viewers: ss._viewers,
        timeZone: ss._timeZone,
        locale: ss._locale,
        toasts: ss._toasts,
        sheets: ss._sheets.map((s) => ({
          name: s._name,
          id: s._sheetId,
          hidden: s._hidden,
          frozenRows: s._frozenRows,
          frozenColumns: s._frozenColumns,
          filter: s._filter,
          conditionalRules: s._conditionalRules,
          maxRows: s._maxRows,
          maxCols: s._maxCols,
          cells: s._cells.map((row) => (row ?? []).map((cell) => (cell ? encodeCell(cell) : null))),
          formats: [...s._formats],
          styles: [...s._styles],
          validations: s._validations,
          protections: s._protections,
          columnWidths: [...s._columnWidths],
          hiddenColumns: [...s._hiddenColumns],
          charts: s._charts,
        })),
      },
      properties: {
        script: [...this.properties.script],
        document: [...this.properties.document],
        user: [...this.properties.user],
      },
      otherUserProperties: [...this.otherUsers].map(([who, o]) => [who, [...o.properties]]),
      cardsProperties: {
        script: [...this.cardsProject.script],
        users: [...this.cardsProject.users].map(([who, p]) => [who, [...p]]),
      },
      triggers: this.triggers,
      calendars: this.calendars,
      docs: this.docs,
      drive: this.drive,
      mail: this.mail,
      ui: this.ui,
    };
  }

  /**
   * A workspace that reads `json` (what toJSON wrote, parsed) and shares nothing with it: everything it keeps is
   * copied, so one parsed state can be loaded again and again (the cut sweeps load a state once per cut point). Only
   * the style objects of cells are shared: the emulation replaces a cell's style, never changes one in place.
   */
  static fromJSON(json: unknown, options: Omit<WorkspaceOptions, 'user'> = {}): Workspace {
    const j = json as WorkspaceState;
    if (!j || j.version !== STATE_VERSION)
      throw new Error(`not a Jospar local workspace state (version ${String((j as { version?: unknown })?.version)})`);
    const ws = new Workspace({ ...options, user: j.user, now: options.now ?? j.clock });
    const ss = ws.owned(
      new LocalSpreadsheet(
        ws.counter,
        j.spreadsheet.id,
        j.spreadsheet.name,
        j.spreadsheet.timeZone,
        j.spreadsheet.locale,
      ),
      j.spreadsheet.owner === undefined ? j.user : j.spreadsheet.owner,
    );
    ss._toasts = copied(j.spreadsheet.toasts ?? []);
    ss._editors = [...(j.spreadsheet.editors ?? [])];
    ss._viewers = [...(j.spreadsheet.viewers ?? [])];
    ss._sheets = j.spreadsheet.sheets.map((s) => {
      const sheet = new LocalSheet(ss, s.name, s.id);
      sheet._hidden = s.hidden;
      sheet._frozenRows = s.frozenRows;
      sheet._frozenColumns = s.frozenColumns ?? 0;
      sheet._filter = copied(s.filter ?? null);
      sheet._conditionalRules = copied(s.conditionalRules ?? []);
      sheet._maxRows = s.maxRows;
      sheet._maxCols = s.maxCols;
      sheet._cells = s.cells.map((row) => row.map((cell) => (cell ? decodeCell(cell) : undefined)));
      sheet._formats = new Map(s.formats);
      sheet._styles = new Map(s.styles);
      sheet._validations = copied(s.validations);
      sheet._protections = copied(s.protections);
      sheet._columnWidths = new Map(s.columnWidths);
      sheet._hiddenColumns = new Set(s.hiddenColumns ?? []);
      sheet._charts = copied(s.charts ?? []);
      return sheet;
    });
    ws.spreadsheet = ss;
    for (const k of ['script', 'document', 'user'] as const)
      for (const [a, b] of j.properties[k]) ws.properties[k].set(a, b);
    for (const [who, props] of j.otherUserProperties ?? [])
      ws.otherUsers.set(who, { properties: new Map(props), cache: new Map() });
    for (const [a, b] of j.cardsProperties?.script ?? []) ws.cardsProject.script.set(a, b);
    for (const [who, props] of j.cardsProperties?.users ?? []) ws.cardsProject.users.set(who, new Map(props));
    ws.triggers = copied(j.triggers);
    ws.calendars = copied(j.calendars);
    ws.docs = copied(j.docs);
    ws.drive = copied(j.drive);
    // States saved before MailApp was emulated have no mail store; those before the quota was per user, one count.
    ws.mail = j.mail ? mailStoreOf(copied(j.mail), j.user) : newMailStore();
    Object.assign(ws.ui, copied(j.ui));
    return ws;
  }

  /** What toJSON gives, sharing nothing with this workspace: a state to load with fromJSON as often as needed. */
  snapshot(): WorkspaceState {
    return copied(this.toJSON());
  }

  /** A workspace holding what this one holds now, sharing nothing with it, as if saved and loaded again. */
  clone(options: Omit<WorkspaceOptions, 'user'> = {}): Workspace {
    return Workspace.fromJSON(this.toJSON(), options);
  }
}

/** A deep copy of state data (plain objects, arrays, primitives, Dates): what JSON would give back, without text. */
function copied<T>(x: T): T {
  if (x === null || typeof x !== 'object') return x;
  if (Array.isArray(x)) return x.map(copied) as T;
  if (x instanceof Date) return new Date(x.getTime()) as T;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(x)) {
    const v = (x as Record<string, unknown>)[k];
    if (v !== undefined) out[k] = copied(v);
  }
  return out as T;
}

type EncodedCell = { v: string | number | boolean | { $date: number }; f?: string };

function encodeCell(cell: Cell): EncodedCell {
  const v = cell.v;
  const encoded: EncodedCell = {
    v:
      Object.prototype.toString.call(v) === '[object Date]'
        ? { $date: (v as Date).getTime() }
        : (v as string | number | boolean),
  };
  if (cell.f) encoded.f = cell.f;
  return encoded;
}

function decodeCell(e: EncodedCell): Cell {
  const v = typeof e.v === 'object' && e.v !== null ? new Date(e.v.$date) : e.v;
  return e.f ? { v, f: e.f } : { v };
}

type StyleEntry = LocalSheet['_styles'] extends Map<string, infer S> ? S : never;

/** What toJSON writes and fromJSON reads. */
export interface WorkspaceState {
  version: number;
  clock: number;
  user: string;
  spreadsheet: {
    id: string;
    name: string;
    /** The owner's email, null in a shared drive (older states: the workspace's user). */
    owner?: string | null;
    /** The people it is shared with to edit (older states: none recorded). */
    editors?: string[];
    /** The people it is shared with to view only (older states: none recorded). */
    viewers?: string[];
    timeZone: string;
    locale: string;
    toasts: Array<{ message: string; title: string }>;
    sheets: Array<{
      name: string;
      id: number;
      hidden: boolean;
      frozenRows: number;
      frozenColumns?: number;
      filter?: LocalSheet['_filter'];
      conditionalRules?: LocalSheet['_conditionalRules'];
      maxRows: number;
      maxCols: number;
      cells: Array<Array<EncodedCell | null>>;
      formats: Array<[string, string]>;
      styles: Array<[string, StyleEntry]>;
      validations: LocalSheet['_validations'];
      protections: LocalSheet['_protections'];
      columnWidths: Array<[number, number]>;
      hiddenColumns?: number[];
      charts?: LocalSheet['_charts'];
    }>;
  };
  properties: Record<'script' | 'document' | 'user', Array<[string, string]>>;
  /** User properties of people other than `user`, by email (older states have none). */
  otherUserProperties?: Array<[string, Array<[string, string]>]>;
  /** The Workspace add-on project's script properties and each user's (older states have none). */
  cardsProperties?: { script: Array<[string, string]>; users: Array<[string, Array<[string, string]>]> };
  triggers: TriggerState[];
  calendars: CalendarStore;
  docs: DocStore;
  drive: DriveStore;
  /** Older states: the quota as one count for everyone (mailStoreOf reads both). */
  mail?: SavedMailStore;
  ui: UiLog;
}

import type { VirtualClock } from './clock';
import type { Emulates } from './conforms';
import type { CallCounter, Emulated } from './counter';

export interface TriggerState {
  id: string;
  handler: string;
  type: 'CLOCK' | 'ON_EDIT' | 'ON_OPEN' | 'ON_CHANGE' | 'ON_FORM_SUBMIT';
  atMs?: number;
  everyDays?: number;
  atHour?: number;
  everyHours?: number;
  /** Who made it: a trigger runs as its maker, and getUserTriggers lists only the runner's own (older states: none). */
  owner?: string;
}

/** Documented: 20 triggers per user per script. */
export const MAX_TRIGGERS = 20;

export class LocalTrigger
  implements
    Emulated,
    Emulates<
      GoogleAppsScript.Script.Trigger,
      'getHandlerFunction' | 'getUniqueId' | 'getEventType' | 'getTriggerSource'
    >
{
  readonly gasClass = 'Trigger';
  readonly gasService = 'script' as const;
  constructor(readonly _state: TriggerState) {}
  getHandlerFunction(): string {
    return this._state.handler;
  }
  getUniqueId(): string {
    return this._state.id;
  }
  getEventType(): string {
    return this._state.type;
  }
  getTriggerSource(): string {
    return this._state.type === 'CLOCK' ? 'CLOCK' : 'SPREADSHEETS';
  }
}

class TriggerBuilder implements Emulated {
  readonly gasClass = 'TriggerBuilder';
  readonly gasService = 'script' as const;
  private state: Partial<TriggerState> = {};
  constructor(
    private readonly handler: string,
    private readonly app: LocalScriptApp,
  ) {}
  timeBased(): this {
    this.state.type = 'CLOCK';
    return this;
  }
  forSpreadsheet(_ss: unknown): this {
    return this;
  }
  onEdit(): this {
    this.state.type = 'ON_EDIT';
    return this;
  }
  onOpen(): this {
    this.state.type = 'ON_OPEN';
    return this;
  }
  onChange(): this {
    this.state.type = 'ON_CHANGE';
    return this;
  }
  after(ms: number): this {
    this.state.atMs = this.app._clock.now() + ms;
    return this;
  }
  at(date: Date): this {
    this.state.atMs = date.getTime();
    return this;
  }
  everyDays(n: number): this {
    this.state.everyDays = n;
    return this;
  }
  everyHours(n: number): this {
    this.state.everyHours = n;
    return this;
  }
  atHour(h: number): this {
    this.state.atHour = h;
    return this;
  }
  nearMinute(_m: number): this {
    return this;
  }
  inTimezone(_tz: string): this {
    return this;
  }
  create(): LocalTrigger {
    return this.app._create({ ...this.state, handler: this.handler, type: this.state.type ?? 'CLOCK' } as TriggerState);
  }
}

export class LocalScriptApp
  implements
    Emulated,
    Emulates<
      GoogleAppsScript.Script.ScriptApp,
      'newTrigger' | 'getProjectTriggers' | 'getUserTriggers' | 'deleteTrigger' | 'getScriptId' | 'getService'
    >
{
  readonly gasClass = 'ScriptApp';
  readonly gasService = 'script' as const;
  readonly AuthMode = { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION' };
  readonly TriggerSource = {
    SPREADSHEETS: 'SPREADSHEETS',
    CLOCK: 'CLOCK',
    CALENDAR: 'CALENDAR',
    DOCUMENTS: 'DOCUMENTS',
    FORMS: 'FORMS',
  };
  readonly EventType = {
    CLOCK: 'CLOCK',
    ON_OPEN: 'ON_OPEN',
    ON_EDIT: 'ON_EDIT',
    ON_FORM_SUBMIT: 'ON_FORM_SUBMIT',
    ON_CHANGE: 'ON_CHANGE',
  };
  private seq = 0;
  constructor(
    readonly _triggers: TriggerState[],
    readonly _clock: VirtualClock,
    private readonly counter: CallCounter,
    /** Who runs the calls now, and the workspace's user (the maker of triggers of older states). */
    private readonly runner: () => string = () => '',
    private readonly user = '',
    /** The web app's URL once deployed (`jospar serve` deploys it on its own address), else null. */
    private readonly webAppUrl: () => string | null = () => null,
  ) {
    this.seq = _triggers.length;
  }
  newTrigger(handler: string): TriggerBuilder {
    return new TriggerBuilder(handler, this);
  }
  /** The project's installable triggers of the current user only: another user's are neither listed nor deletable. */
  getProjectTriggers(): LocalTrigger[] {
    const me = this.runner() || this.user;
    return this._triggers.filter((t) => (t.owner ?? this.user) === me).map((t) => new LocalTrigger(t));
  }
  /** The runner's own installable triggers in this document (the one spreadsheet here). */
  getUserTriggers(_doc?: unknown): LocalTrigger[] {
    return this.getProjectTriggers();
  }
  deleteTrigger(trigger: LocalTrigger): void {
    this.counter.write('script', 'deleteTrigger', () => {
      const i = this._triggers.findIndex((t) => t.id === trigger._state.id);
      if (i >= 0) this._triggers.splice(i, 1);
    });
  }
  getScriptId(): string {
    return 'local-script';
  }
  /** The script's publishing as a web app: its URL when deployed, else null (and not enabled). */
  getService(): LocalService {
    return new LocalService(this.webAppUrl());
  }
  _create(state: TriggerState): LocalTrigger {
    if (this._triggers.length >= MAX_TRIGGERS)
      throw new Error(
        'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
      );
    return this.counter.write('script', 'createTrigger', () => {
      const t = { ...state, id: `trigger-${++this.seq}`, owner: this.runner() || this.user };
      this._triggers.push(t);
      return new LocalTrigger(t);
    });
  }
}

export class LocalService implements Emulates<GoogleAppsScript.Script.Service, 'getUrl' | 'isEnabled'> {
  constructor(private readonly url: string | null) {}
  getUrl(): string {
    return this.url as string;
  }
  isEnabled(): boolean {
    return this.url !== null;
  }
}

import type { Emulated } from './counter';

export interface MenuState {
  caption: string;
  items: Array<{ caption: string; fn: string } | { separator: true } | { submenu: MenuState }>;
}
export interface UiLog {
  menus: MenuState[];
  alerts: Array<{ title: string; message: string }>;
  sidebars: Array<{ title: string; html: string }>;
  dialogs: Array<{ title: string; html: string }>;
}

export class LocalMenu implements Emulated {
  readonly gasClass = 'Menu';
  readonly gasService = 'ui' as const;
  readonly _state: MenuState;
  constructor(
    caption: string,
    private readonly log: UiLog,
  ) {
    this._state = { caption, items: [] };
  }
  addItem(caption: string, fn: string): this {
    this._state.items.push({ caption, fn });
    return this;
  }
  addSeparator(): this {
    this._state.items.push({ separator: true });
    return this;
  }
  addSubMenu(menu: LocalMenu): this {
    this._state.items.push({ submenu: menu._state });
    return this;
  }
  addToUi(): void {
    this.log.menus = this.log.menus.filter((m) => m.caption !== this._state.caption);
    this.log.menus.push(this._state);
  }
}

/** Ui: menus are recorded, alerts answer OK (or what a test queued), sidebars and dialogs are kept for inspection. */
export class LocalUi implements Emulated {
  readonly gasClass = 'Ui';
  readonly gasService = 'ui' as const;
  readonly Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' };
  readonly ButtonSet = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' };
  constructor(
    private readonly log: UiLog,
    readonly _answers: string[] = [],
  ) {}
  createMenu(caption: string): LocalMenu {
    return new LocalMenu(caption, this.log);
  }
  createAddonMenu(): LocalMenu {
    return new LocalMenu('Add-ons', this.log);
  }
  alert(titleOrMessage: string, message?: string, buttons?: string): string {
    const hasTitle = message !== undefined && typeof message === 'string' && buttons !== undefined;
    this.log.alerts.push(
      hasTitle ? { title: titleOrMessage, message: message! } : { title: '', message: titleOrMessage },
    );
    return this._answers.shift() ?? 'OK';
  }
  /** A sidebar replaces the one open (Sheets shows one at a time), at the fixed sidebar width. */
  showSidebar(output: { _html?: string; _title?: string }): void {
    this.log.sidebars = [{ title: output._title ?? '', html: output._html ?? '' }];
  }
  showModalDialog(output: { _html?: string }, title: string): void {
    this.log.dialogs.push({ title, html: output._html ?? '' });
  }
}

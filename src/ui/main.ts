/**
 * The Jospar sidebar: the selected item with everything one can do with it, the plan's overview, and the first-run
 * guide. All text the user wrote is rendered as text (dom.ts); all server calls go through server.ts and come back as
 * a Reply; the deadline's live reading runs here, in the page.
 */
import { isIsoDate } from '../core/calendar/dates';
import { formatLongDate } from '../core/deadline/format';
import type { Lang } from '../core/i18n/lang';
import { st, type SidebarMessageId } from '../core/i18n/sidebar-messages';
import { mailLine } from '../core/notifications/item-mail';
import type { Overview } from '../core/overview/overview';
import { STATUS_LABELS } from '../core/sheets/status';
import { dottedDate } from '../core/text/dotted-date';
import type { ItemView, ProgressNote, SidebarState } from '../core/sidebar/view';
import { clear, firstUrl, h } from './dom';
import { markedText, readDeadline, readingView } from './reading';
import { call, type Reply } from './server';

type Tab = 'item' | 'overview' | 'start';

/** Items listed per overview list in the sidebar (the Overview sheet lists them all). */
const LISTED = 8;

const ui = {
  lang: 'kk' as Lang,
  tab: 'item' as Tab,
  state: null as SidebarState | null,
  overview: null as Overview | null,
  running: new Set<string>(),
  /** Which inline form of the item card is open. */
  form: '' as '' | 'done' | 'cancel' | 'regenerate' | 'deadline' | 'return',
};

const root = document.getElementById('app')!;
const s = (id: SidebarMessageId, params?: Record<string, string | number>) => st(ui.lang, id, params);

// ---- status line and long actions ----

function say(text: string, kind: 'info' | 'error' | 'ok' = 'info'): void {
  const line = document.getElementById('status')!;
  line.className = `status ${kind}`;
  line.textContent = text;
}

/** The server's progress note each long action writes (src/gas/progress.ts), by the action's key here. */
const PROGRESS_JOBS: Record<string, ProgressNote['job']> = {
  calendar: 'sync',
  sync: 'sync',
  generate: 'documents',
  remind: 'mail',
};
const POLL_MS = 1500;

/**
 * Runs a server action once at a time: a second click while it runs says so; the elapsed time shows meanwhile, and
 * for the long ones how many of how many are done; it always ends with the result or a clear error.
 */
async function run<T>(key: string, work: () => Promise<Reply<T>>, done: (value: T) => string | void): Promise<boolean> {
  if (ui.running.size > 0) {
    say(s('alreadyRunning'), 'info');
    return false;
  }
  ui.running.add(key);
  const started = Date.now();
  const progress = document.getElementById('progress')!;
  progress.hidden = false;
  document.body.setAttribute('aria-busy', 'true');
  const bar = progress.querySelector('.progress-bar') as HTMLElement;
  let note: ProgressNote | null = null;
  const tick = () => {
    const secs = Math.floor((Date.now() - started) / 1000);
    say(note ? s('runningOf', { done: note.done, total: note.total, s: secs }) : s('running', { s: secs }));
  };
  tick();
  const timer = setInterval(tick, 1000);
  // How far the server has got, asked beside the running call (only for the actions that note it).
  const job = PROGRESS_JOBS[key];
  let polling = !!job;
  const poll = async () => {
    while (polling) {
      await new Promise((r) => setTimeout(r, POLL_MS));
      if (!polling) break;
      const reply = await call<ProgressNote | null>(ui.lang, 'josparSidebarProgress');
      if (!polling || !reply.ok || !reply.value || reply.value.job !== job) continue;
      note = reply.value;
      bar.classList.add('determinate');
      bar.style.width = `${Math.round((100 * note.done) / Math.max(1, note.total))}%`;
      progress.setAttribute('aria-valuenow', String(note.done));
      progress.setAttribute('aria-valuemax', String(note.total));
      tick();
    }
  };
  void poll();
  try {
    const reply = await work();
    if (reply.ok) {
      say(done(reply.value) || s('done'), 'ok');
      return true;
    }
    say(reply.error, 'error');
    return false;
  } finally {
    polling = false;
    clearInterval(timer);
    ui.running.delete(key);
    progress.hidden = true;
    bar.classList.remove('determinate');
    bar.style.width = '';
    progress.removeAttribute('aria-valuenow');
    progress.removeAttribute('aria-valuemax');
    document.body.removeAttribute('aria-busy');
  }
}

// ---- loading ----

async function load(id?: string): Promise<void> {
  say(s('loading'));
  const reply = await call<SidebarState>(ui.lang, 'josparSidebarOpen', id ? { id } : null);
  ui.lang = reply.lang;
  if (!reply.ok) {
    render();
    say(reply.error, 'error');
    return;
  }
  ui.state = reply.value;
  ui.form = '';
  if (!reply.value.firstRun.planReady) ui.tab = 'start';
  render();
  say(reply.value.notice ? s(reply.value.notice as SidebarMessageId) : '', 'info');
}

async function loadOverview(): Promise<void> {
  const reply = await call<{ overview: Overview } | null>(ui.lang, 'josparSidebarOverview');
  if (reply.ok) ui.overview = reply.value?.overview ?? null;
  else say(reply.error, 'error');
  if (ui.tab === 'overview') render();
}

// ---- rendering ----

function render(): void {
  const focusedId = document.activeElement?.id;
  clear(root);
  document.documentElement.lang = ui.lang;
  root.append(header(), tabs());
  const panel = h('div', { id: `panel-${ui.tab}`, role: 'tabpanel', 'aria-labelledby': `tab-${ui.tab}` });
  if (ui.tab === 'item') panel.append(itemPanel());
  else if (ui.tab === 'overview') panel.append(overviewPanel());
  else panel.append(startPanel());
  root.append(panel);
  if (focusedId) document.getElementById(focusedId)?.focus();
}

function header(): HTMLElement {
  const select = h(
    'select',
    { id: 'lang', onchange: (e: Event) => void changeLanguage((e.target as HTMLSelectElement).value) },
    ...(
      [
        ['kk', 'Қазақша'],
        ['ru', 'Русский'],
        ['en', 'English'],
      ] as const
    ).map(([v, label]) => h('option', { value: v, selected: v === ui.lang }, label)),
  );
  return h(
    'header',
    { class: 'top' },
    h('h1', {}, 'Jospar'),
    h('label', { for: 'lang', class: 'lang-label' }, s('language')),
    select,
  );
}

async function changeLanguage(value: string): Promise<void> {
  const reply = await call<string>(ui.lang, 'josparSidebarSetLanguage', value);
  if (!reply.ok) return say(reply.error, 'error');
  ui.lang = reply.value as Lang;
  render();
  say('');
}

function tabs(): HTMLElement {
  const list: Array<[Tab, SidebarMessageId]> = [
    ['item', 'tabItem'],
    ['overview', 'tabOverview'],
    ['start', 'tabStart'],
  ];
  const select = (tab: Tab) => {
    ui.tab = tab;
    render();
    document.getElementById(`tab-${tab}`)?.focus();
    if (tab === 'overview') void loadOverview();
  };
  return h(
    'div',
    {
      role: 'tablist',
      class: 'tabs',
      onkeydown: (e: Event) => {
        const k = (e as KeyboardEvent).key;
        if (k !== 'ArrowRight' && k !== 'ArrowLeft') return;
        const i = list.findIndex(([t]) => t === ui.tab);
        select(list[(i + (k === 'ArrowRight' ? 1 : list.length - 1)) % list.length][0]);
      },
    },
    ...list.map(([tab, label]) =>
      h(
        'button',
        {
          id: `tab-${tab}`,
          role: 'tab',
          type: 'button',
          'aria-selected': String(ui.tab === tab),
          'aria-controls': `panel-${tab}`,
          tabindex: ui.tab === tab ? '0' : '-1',
          onclick: () => select(tab),
        },
        s(label),
      ),
    ),
  );
}

function itemPanel(): HTMLElement {
  const idInput = h('input', {
    id: 'item-id',
    type: 'text',
    inputmode: 'decimal',
    size: 6,
    value: ui.state?.item?.id ?? '',
    onkeydown: (e: Event) => {
      if ((e as KeyboardEvent).key === 'Enter') void load((e.target as HTMLInputElement).value.trim());
    },
  });
  const tools = h(
    'div',
    { class: 'tools' },
    h('button', { id: 'refresh', type: 'button', class: 'action', onclick: () => void load() }, s('refresh')),
    h(
      'div',
      { class: 'goto' },
      h('label', { for: 'item-id' }, s('itemIdLabel')),
      idInput,
      h('button', { id: 'go', type: 'button', onclick: () => void load(idInput.value.trim()) }, s('goTo')),
    ),
  );
  const item = ui.state?.item;
  return h('div', {}, tools, item ? itemCard(item) : h('p', { class: 'muted' }, s('noItem')));
}

function field(label: SidebarMessageId, ...value: Array<Node | string | null>): HTMLElement {
  return h('div', { class: 'field' }, h('div', { class: 'label' }, s(label)), h('div', { class: 'value' }, ...value));
}

function statusBadge(item: ItemView): HTMLElement {
  const text = item.status ? STATUS_LABELS[item.status][ui.lang] : item.statusText || s('none');
  return h('span', { class: `badge status-${item.status ?? 'unknown'}` }, text);
}

function itemCard(item: ItemView): HTMLElement {
  const ctx = ui.state!.context!;
  const schedule = readDeadline(item.deadline, item.links, ctx);
  const docUrl = firstUrl(item.docLink);
  const card = h(
    'section',
    { class: 'card', 'aria-labelledby': 'item-title' },
    h(
      'h2',
      { id: 'item-title' },
      h('span', { class: 'item-id' }, item.id),
      ' ',
      statusBadge(item),
      ' ',
      // The state Jospar computed (overdue, due soon …) beside the status the person chose, never instead of it.
      h('span', { id: 'item-state', class: `badge state-${item.state}` }, item.stateWord),
    ),
    h('p', { class: 'activity' }, item.activity),
    field('unit', item.unit),
    field(
      'responsible',
      h(
        'ul',
        { class: 'roles' },
        ...item.roles.map((r) =>
          h(
            'li',
            {},
            h('span', { class: r.known ? '' : 'warning' }, r.name),
            ': ',
            r.emails.length ? r.emails.join(', ') : h('span', { class: 'muted' }, s('noEmail')),
          ),
        ),
      ),
    ),
    field('deadline', markedText(item.deadline, [...schedule.errors, ...schedule.warnings], ui.lang)),
    field('reading', readingView(schedule, ui.lang, ctx.today)),
    field(
      'nextDue',
      item.nextDue && isIsoDate(item.nextDue) ? formatLongDate(item.nextDue, ui.lang) : item.nextDue || s('none'),
    ),
    field(
      'document',
      docUrl ? h('a', { href: docUrl, target: '_blank', rel: 'noopener' }, item.docLink) : item.docLink || s('none'),
    ),
    item.approval ? field('approval', item.approval) : null,
    field('calendarState', item.calendarState || s('none')),
    field('mailSent', mailList(item)),
    item.doneDate
      ? field('dateDone', isIsoDate(item.doneDate) ? formatLongDate(item.doneDate, ui.lang) : item.doneDate)
      : null,
    item.evidence
      ? field(
          'evidence',
          firstUrl(item.evidence)
            ? h('a', { href: item.evidence, target: '_blank', rel: 'noopener' }, item.evidence)
            : item.evidence,
        )
      : null,
    item.warnings ? field('warnings', h('span', { class: 'warning' }, item.warnings)) : null,
  );
  return h('div', {}, card, item.review ? reviewBox(item, item.review) : null, actions(item, docUrl));
}

/**
 * An item submitted for review (Settings doneReview, or its Status set so by hand): who reported it (unknown when
 * set by hand), when, with what, and the keeper's two answers — confirm (done on the day reported) or return with a
 * note (src/gas/plan/review.ts).
 */
function reviewBox(item: ItemView, r: NonNullable<ItemView['review']>): HTMLElement {
  const via = s(r.via === 'mail' ? 'viaMail' : 'viaCard');
  const day = isIsoDate(r.day) ? formatLongDate(r.day, ui.lang) : r.day;
  return h(
    'section',
    { id: 'review', class: 'card review', 'aria-labelledby': 'review-title' },
    h('h3', { id: 'review-title' }, s('review')),
    h(
      'p',
      { id: 'review-by' },
      r.via === 'sheet' ? s('reviewBySheet', { date: day }) : s('reviewBy', { who: r.who, date: day, via }),
    ),
    r.evidence && firstUrl(r.evidence)
      ? field('evidence', h('a', { href: r.evidence, target: '_blank', rel: 'noopener' }, r.evidence))
      : null,
    r.note ? h('p', { class: 'review-note' }, r.note) : null,
    h(
      'div',
      { class: 'row' },
      h(
        'button',
        {
          id: 'review-confirm',
          type: 'button',
          class: 'action',
          onclick: () =>
            void act(
              'confirm',
              () => call(ui.lang, 'josparSidebarConfirmReview', item.id),
              () => s('savedConfirmed', { id: item.id }),
            ),
        },
        s('confirmReview'),
      ),
      h(
        'button',
        {
          id: 'review-return',
          type: 'button',
          onclick: () => {
            ui.form = ui.form === 'return' ? '' : 'return';
            render();
            (document.querySelector('#form-return textarea') as HTMLElement | null)?.focus();
          },
        },
        s('returnReview'),
      ),
    ),
    ui.form === 'return' ? returnForm(item) : null,
  );
}

function returnForm(item: ItemView): HTMLElement {
  const note = h('textarea', { id: 'return-note', rows: 2, maxlength: 1000 });
  return h(
    'form',
    {
      id: 'form-return',
      class: 'inline-form',
      onsubmit: (e: Event) => {
        e.preventDefault();
        void act(
          'return',
          () => call(ui.lang, 'josparSidebarReturnReview', item.id, note.value),
          () => s('savedReturned', { id: item.id }),
        );
      },
    },
    h('label', { for: 'return-note' }, s('returnNote')),
    note,
    h(
      'div',
      { class: 'row' },
      h('button', { type: 'submit', class: 'action', id: 'return-save' }, s('returnReview')),
      cancelButton(),
    ),
  );
}

/** The newest messages about the item: day, to whom, why, and whether it went. */
function mailList(item: ItemView): Node | string {
  if (!item.mail.length) return s('none');
  const earlier = item.mailRows - item.mail.length;
  return h(
    'ul',
    { class: 'mail-list' },
    ...item.mail.map((m) => h('li', { class: `mail-${m.result}` }, mailLine(m, ui.lang))),
    earlier > 0 ? h('li', { class: 'muted' }, s('mailEarlier', { n: earlier })) : null,
  );
}

function actions(item: ItemView, docUrl: string | null): HTMLElement {
  const available = new Set(ui.state!.actions);
  const button = (id: string, label: SidebarMessageId, onclick: () => void, cls = '') =>
    h('button', { id, type: 'button', class: cls, onclick }, s(label));
  const toggle = (form: typeof ui.form) => () => {
    ui.form = ui.form === form ? '' : form;
    render();
    (
      document.querySelector(`#form-${form} input, #form-${form} textarea, #form-${form} button`) as HTMLElement
    )?.focus();
  };
  return h(
    'section',
    { class: 'actions', 'aria-label': s('actions') },
    h('h3', {}, s('actions')),
    available.has('done') ? button('act-done', 'markDone', toggle('done'), 'action') : null,
    ui.form === 'done' ? doneForm(item) : null,
    available.has('generate')
      ? button('act-generate', 'generate', () => (item.docLink ? toggle('regenerate')() : void generate(item, false)))
      : null,
    ui.form === 'regenerate' ? regenerateForm(item) : null,
    available.has('open') && docUrl
      ? h('a', { id: 'act-open', class: 'button', href: docUrl, target: '_blank', rel: 'noopener' }, s('openDocument'))
      : null,
    available.has('sync') ? button('act-sync', 'syncItem', () => void syncItem(item)) : null,
    // Present only when the server offers it (the mail issue's entry function is in this build).
    available.has('remind') ? button('act-remind', 'remindNow', () => void remind(item)) : null,
    available.has('deadline') ? button('act-deadline', 'editDeadline', toggle('deadline')) : null,
    ui.form === 'deadline' ? deadlineForm(item) : null,
    available.has('cancel') ? button('act-cancel', 'markCancelled', toggle('cancel')) : null,
    ui.form === 'cancel' ? cancelForm(item) : null,
  );
}

function doneForm(item: ItemView): HTMLElement {
  const date = h('input', {
    id: 'done-date',
    type: 'date',
    value: ui.state!.context!.today,
    max: ui.state!.context!.today,
    required: true,
  });
  const link = h('input', { id: 'done-evidence', type: 'url', placeholder: 'https://', value: item.evidence });
  return h(
    'form',
    {
      id: 'form-done',
      class: 'inline-form',
      onsubmit: (e: Event) => {
        e.preventDefault();
        void act(
          'done',
          () => call(ui.lang, 'josparSidebarMarkDone', item.id, { date: date.value, evidence: link.value }),
          () => s('savedDone', { id: item.id }),
        );
      },
    },
    h('label', { for: 'done-date' }, s('dateDone')),
    date,
    h('label', { for: 'done-evidence' }, s('evidenceLink')),
    link,
    h(
      'div',
      { class: 'row' },
      h('button', { type: 'submit', class: 'action', id: 'done-save' }, s('save')),
      cancelButton(),
    ),
  );
}

function cancelForm(item: ItemView): HTMLElement {
  return h(
    'div',
    { id: 'form-cancel', class: 'inline-form', role: 'group', 'aria-labelledby': 'cancel-question' },
    h('p', { id: 'cancel-question' }, s('confirmCancel', { id: item.id })),
    h(
      'div',
      { class: 'row' },
      h(
        'button',
        {
          id: 'cancel-yes',
          type: 'button',
          class: 'action',
          onclick: () =>
            void act(
              'cancel',
              () => call(ui.lang, 'josparSidebarMarkCancelled', item.id),
              () => s('savedCancelled', { id: item.id }),
            ),
        },
        s('yes'),
      ),
      cancelButton(),
    ),
  );
}

function regenerateForm(item: ItemView): HTMLElement {
  return h(
    'div',
    { id: 'form-regenerate', class: 'inline-form', role: 'group', 'aria-labelledby': 'regen-question' },
    h('p', { id: 'regen-question' }, s('regenerateQuestion')),
    h(
      'div',
      { class: 'row' },
      h(
        'button',
        { id: 'regen-new', type: 'button', class: 'action', onclick: () => void generate(item, true) },
        s('newVersion'),
      ),
      h('button', { id: 'regen-keep', type: 'button', onclick: () => ((ui.form = ''), render()) }, s('keepExisting')),
    ),
  );
}

function deadlineForm(item: ItemView): HTMLElement {
  const ctx = ui.state!.context!;
  const live = h('div', { id: 'live-reading', class: 'live', 'aria-live': 'polite' });
  const show = (text: string) => {
    clear(live);
    const schedule = readDeadline(text, item.links, ctx);
    live.append(
      h('div', { class: 'label' }, s('liveReading')),
      markedText(text, [...schedule.errors, ...schedule.warnings], ui.lang),
      readingView(schedule, ui.lang, ctx.today),
    );
  };
  const area = h('textarea', {
    id: 'deadline-text',
    rows: 3,
    maxlength: 1000,
    oninput: (e: Event) => show((e.target as HTMLTextAreaElement).value),
  });
  area.value = item.deadline;
  show(item.deadline);
  return h(
    'form',
    {
      id: 'form-deadline',
      class: 'inline-form',
      onsubmit: (e: Event) => {
        e.preventDefault();
        void act(
          'deadline',
          () => call(ui.lang, 'josparSidebarSaveDeadline', item.id, area.value),
          () => s('savedDeadline', { id: item.id }),
        );
      },
    },
    h('label', { for: 'deadline-text' }, s('deadline')),
    area,
    live,
    h(
      'div',
      { class: 'row' },
      h('button', { type: 'submit', class: 'action', id: 'deadline-save' }, s('saveDeadline')),
      cancelButton(),
    ),
  );
}

function cancelButton(): HTMLElement {
  return h('button', { type: 'button', class: 'form-cancel', onclick: () => ((ui.form = ''), render()) }, s('cancel'));
}

/** An action on the shown item; on success the item is read again so the card shows what the sheet now says. */
async function act<T>(key: string, work: () => Promise<Reply<T>>, done: (value: T) => string): Promise<void> {
  const id = ui.state?.item?.id;
  let message = '';
  const ok = await run(key, work, (v) => (message = done(v)));
  if (ok && id) {
    // Still busy until the card shows what the sheet now says, so nobody (nor a test) reads a half-done page.
    document.body.setAttribute('aria-busy', 'true');
    try {
      await load(id);
      say(message, 'ok');
    } finally {
      document.body.removeAttribute('aria-busy');
    }
  }
}

function generate(item: ItemView, newVersion: boolean): Promise<void> {
  return act(
    'generate',
    () =>
      call<{ created: number; skipped: number; errors: number; report: string[] }>(
        ui.lang,
        'josparSidebarGenerate',
        item.id,
        newVersion,
      ),
    (v) => [s('generated', { created: v.created, skipped: v.skipped, errors: v.errors }), ...v.report].join(' '),
  );
}

function syncItem(item: ItemView): Promise<void> {
  return act(
    'sync',
    () => call<{ calendar: Record<string, number>; report: string[] }>(ui.lang, 'josparSidebarSyncItem', item.id),
    (v) => s('synced', v.calendar),
  );
}

function remind(item: ItemView): Promise<void> {
  return act(
    'remind',
    () => call<{ mail: Record<string, number>; report: string[] }>(ui.lang, 'josparSidebarRemind', item.id),
    (v) => [s('reminded', v.mail), ...v.report].join(' '),
  );
}

// ---- overview ----

function overviewPanel(): HTMLElement {
  const ov = ui.overview;
  const refresh = h(
    'button',
    {
      id: 'overview-refresh',
      type: 'button',
      onclick: () =>
        void run(
          'overview',
          () => call(ui.lang, 'josparSidebarRefreshOverview'),
          () => s('done'),
        ).then(() => loadOverview()),
    },
    s('refreshOverview'),
  );
  if (!ov) return h('div', {}, h('p', { class: 'muted' }, s('loading')), refresh);
  const list = (title: SidebarMessageId, items: Overview['overdue'], id: string) =>
    h(
      'section',
      { class: 'ov-list', 'aria-labelledby': id },
      h('h3', { id }, `${s(title)} (${items.length})`),
      items.length
        ? h(
            'ul',
            {},
            ...items
              .slice(0, LISTED)
              .map((i) =>
                h(
                  'li',
                  {},
                  h(
                    'button',
                    { type: 'button', class: 'link', onclick: () => ((ui.tab = 'item'), void load(i.id)) },
                    i.id,
                  ),
                  ' ',
                  i.nextDue ? h('span', { class: 'muted' }, dottedDate(i.nextDue)) : null,
                  ' ',
                  i.activity.length > 90 ? `${i.activity.slice(0, 90)}…` : i.activity,
                ),
              ),
            items.length > LISTED ? h('li', { class: 'muted' }, s('more', { n: items.length - LISTED })) : null,
          )
        : h('p', { class: 'muted' }, s('nothing')),
    );
  return h(
    'div',
    {},
    h('h2', {}, s('overviewAsOf', { date: dottedDate(ov.today) })),
    ov.roleWarnings.length
      ? h(
          'section',
          { class: 'ov-list', 'aria-labelledby': 'ov-roles' },
          h('h3', { id: 'ov-roles' }, `${s('roleWarnings')} (${ov.roleWarnings.length})`),
          h('ul', {}, ...ov.roleWarnings.map((w) => h('li', {}, w))),
        )
      : null,
    h(
      'table',
      { class: 'units' },
      h('caption', { class: 'sr-only' }, s('overviewTitle')),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, s('unit')),
          h('th', { scope: 'col' }, s('percentDone')),
          h('th', { scope: 'col' }, s('overdue')),
        ),
      ),
      h(
        'tbody',
        {},
        ...ov.units.map((u) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, u.unit),
            h(
              'td',
              {},
              // The share done fills the bar (and the overdue share beside it); what is not done stays the empty
              // track, so 0% reads as empty, not as a bar full of "planned".
              h(
                'div',
                { class: 'bar', role: 'img', 'aria-label': `${u.percentDone}%` },
                ...(['done', 'late'] as const)
                  .filter((st) => u.counts[st] > 0 && u.total > u.counts.cancelled)
                  .map((st) =>
                    h('span', {
                      class: `seg status-${st}`,
                      style: `width:${(100 * u.counts[st]) / (u.total - u.counts.cancelled)}%`,
                      title: `${STATUS_LABELS[st][ui.lang]}: ${u.counts[st]}`,
                    }),
                  ),
              ),
              `${u.percentDone}% · ${u.counts.done}/${u.total - u.counts.cancelled}`,
            ),
            h('td', { class: u.overdue ? 'error' : '' }, String(u.overdue)),
          ),
        ),
      ),
    ),
    list('overdue', ov.overdue, 'ov-overdue'),
    list('next14', ov.next14, 'ov-next'),
    list('withWarnings', ov.withWarnings, 'ov-warnings'),
    refresh,
  );
}

// ---- first run ----

function startPanel(): HTMLElement {
  const fr = ui.state?.firstRun;
  const step = (
    id: string,
    title: SidebarMessageId,
    help: string,
    done: boolean,
    button: [SidebarMessageId, string] | null,
  ) =>
    h(
      'li',
      { class: `step ${done ? 'step-done' : ''}`, id: `step-${id}` },
      h('h3', {}, s(title)),
      h('p', {}, help),
      done ? h('p', { class: 'ok' }, s('stepDone')) : null,
      button
        ? h(
            'button',
            {
              id: `start-${id}`,
              type: 'button',
              class: done ? '' : 'action',
              disabled: !fr?.planReady && id !== 'setup',
              onclick: () =>
                void run(
                  id,
                  () => call<{ report: string[] }>(ui.lang, button[1]),
                  (v) => (v.report ?? []).join(' '),
                ).then((ok) => (ok ? load() : undefined)),
            },
            s(button[0]),
          )
        : null,
    );
  return h(
    'div',
    {},
    h('p', {}, s('startIntro')),
    h(
      'ol',
      { class: 'steps' },
      step('setup', 'stepSetup', s('stepSetupHelp'), !!fr?.planReady, ['runSetUp', 'josparSidebarSetUp']),
      step(
        'emails',
        'stepEmails',
        s('stepEmailsHelp', { n: fr?.rolesWithEmail ?? 0, total: fr?.roles ?? 0 }),
        !!fr && fr.roles > 0 && fr.rolesWithEmail === fr.roles,
        ['openRoles', 'josparSidebarShowRoles'],
      ),
      step('calendar', 'stepCalendar', s('stepCalendarHelp'), !!fr?.calendarReady, ['syncAll', 'josparSidebarSyncAll']),
      step('templates', 'stepTemplates', s('stepTemplatesHelp'), !!fr?.templatesReady, [
        'createTemplates',
        'josparSidebarCreateTemplates',
      ]),
    ),
    // Who owns the hourly schedule and when it last ran (the server's words); a warning once it has stopped.
    fr?.schedule ? h('p', { id: 'schedule-owner', class: fr.schedule.stale ? 'warning' : '' }, fr.schedule.text) : null,
  );
}

void load();

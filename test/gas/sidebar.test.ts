import { cellDay, installed, columnOf, setSettingValue, sheetValues } from '../helpers';
import { setUpWorkspace } from '../warm-fixtures';
import type { Workspace } from '../../src/local/workspace/workspace';
import type { AddOn } from '../../src/local/run-addon';

type Reply = { ok: boolean; value?: any; error?: string; code?: string; lang: string }; // eslint-disable-line

const PLAN = 'Жоспар';

/** The embedded plan Set up on 10 October 2025: a clone of the shared warm fixture (test/warm-fixtures.ts). */
function setUp() {
  return setUpWorkspace(Date.parse('2025-10-10T04:00:00Z'));
}

function rowOf(ws: Workspace, id: string): number {
  const idCol = columnOf(ws, PLAN, 'ID');
  return sheetValues(ws, PLAN).findIndex((r) => r[idCol] === id) + 1;
}

function cell(ws: Workspace, id: string, header: string): unknown {
  return sheetValues(ws, PLAN)[rowOf(ws, id) - 1][columnOf(ws, PLAN, header)];
}

function select(ws: Workspace, id: string) {
  const sheet = ws.spreadsheet.getSheetByName(PLAN)!;
  ws.spreadsheet.setActiveRange(sheet.getRange(rowOf(ws, id), 3));
}

function call(addon: AddOn, name: string, ...args: unknown[]): Reply {
  // What google.script.run would carry: JSON in, JSON out.
  return JSON.parse(JSON.stringify(addon[name](...JSON.parse(JSON.stringify(args)))));
}

describe('sidebar server functions', () => {
  let ws: Workspace;
  let addon: AddOn;
  beforeEach(async () => ({ ws, addon } = await setUp()));

  test('the menu opens Sidebar.html as a sidebar titled Jospar', () => {
    addon.josparShowSidebar();
    expect(ws.ui.sidebars[0].title).toBe('Jospar');
    expect(ws.ui.sidebars[0].html).toContain('<main id="app">');
  });

  test('opening shows the selected row in one round trip that reads the Plan header and that row only', () => {
    select(ws, '1.05');
    ws.counter.reset();
    const reply = call(addon, 'josparSidebarOpen', null);
    const io = [...ws.counter.perSheet];
    expect(reply.ok).toBe(true);
    expect(reply.value.item.id).toBe('1.05');
    expect(reply.value.item.activity).toBe(cell(ws, '1.05', 'Іс-шаралар'));
    expect(reply.value.context.year.label).toBe('2025-2026');
    // The Plan: its header and the one row; Settings, Academic calendar, Roles, Templates (small) once each; no write.
    expect(io).toEqual([
      [`read:${PLAN}`, 2],
      ['read:Баптаулар', 1],
      ['read:Академиялық күнтізбе', 1],
      ['read:Рөлдер', 1],
      ['read:Үлгілер', 1],
    ]);
  });

  test('an item by id; a bad or unknown id answers a clear error, never throws', () => {
    expect(call(addon, 'josparSidebarOpen', { id: '2.03' }).value.item.id).toBe('2.03');
    const bad = call(addon, 'josparSidebarOpen', { id: '<b>x' });
    expect(bad).toMatchObject({ ok: false, code: 'eBadId' });
    expect(bad.error).toContain('1.07');
    expect(call(addon, 'josparSidebarOpen', { id: '9.99' })).toMatchObject({ ok: false, code: 'eNoItem' });
    expect(call(addon, 'josparSidebarMarkDone', 42, {})).toMatchObject({ ok: false, code: 'eBadId' });
  });

  test('mark done writes the status, evidence and date done of that row and one Log line, nothing else', () => {
    const before = sheetValues(ws, PLAN).map((r) => [...r]);
    ws.counter.reset();
    const reply = call(addon, 'josparSidebarMarkDone', '1.05', {
      date: '2025-10-09',
      evidence: 'https://drive.google.com/x',
    });
    expect(reply.ok).toBe(true);
    const writes = [...ws.counter.perSheet].filter(([k]) => k.startsWith('write:'));
    expect(writes).toEqual([
      [`write:${PLAN}`, 3], // Status, Evidence link, Date done
      ['write:Журнал', 1],
    ]);
    const after = sheetValues(ws, PLAN);
    const row = rowOf(ws, '1.05') - 1;
    // Found once, not per cell: each columnOf reads the whole sheet (per cell it was 10,000 reads of the Plan).
    const written = ['Мәртебе', 'Дәлел сілтемесі', 'Орындалған күні'].map((h) => columnOf(ws, PLAN, h));
    after.forEach((r, i) =>
      r.forEach((v, j) => {
        if (i === row && written.includes(j)) return;
        expect(v).toEqual(before[i][j]);
      }),
    );
    expect(cell(ws, '1.05', 'Мәртебе')).toBe('Орындалды');
    expect(cell(ws, '1.05', 'Дәлел сілтемесі')).toBe('https://drive.google.com/x');
    expect(cellDay(cell(ws, '1.05', 'Орындалған күні'))).toBe('2025-10-09'); // the date done (issue 8)
    const log = sheetValues(ws, 'Журнал');
    expect(log[log.length - 1].slice(2, 5)).toEqual(['Орындалды', '1.05', '2025-10-09 https://drive.google.com/x']);
  });

  test('mark done refuses a future date and a non-web link, writing nothing', () => {
    ws.counter.reset();
    expect(call(addon, 'josparSidebarMarkDone', '1.05', { date: '2025-10-11' })).toMatchObject({
      ok: false,
      code: 'eBadDate',
    });
    expect(
      call(addon, 'josparSidebarMarkDone', '1.05', { date: '2025-10-01', evidence: 'javascript:alert(1)' }),
    ).toMatchObject({ ok: false, code: 'eBadLink' });
    expect([...ws.counter.perSheet.keys()].filter((k) => k.startsWith('write:'))).toEqual([]);
  });

  test('mark cancelled; a held lock answers busy', () => {
    expect(call(addon, 'josparSidebarMarkCancelled', '3.02').ok).toBe(true);
    expect(cell(ws, '3.02', 'Мәртебе')).toBe('Тоқтатылды');
    ws.holdLock('document');
    expect(call(addon, 'josparSidebarMarkCancelled', '3.03')).toMatchObject({ ok: false, code: 'eBusy' });
    ws.releaseLock('document');
  });

  test("in a plan whose Settings language is Russian, the sidebar's Log lines are Russian as its status is", () => {
    // The language changed in Settings since the last Set up (which remembered Kazakh): the status cell follows
    // Settings, and so must the Log's action, as every other Log line does (Set up, the mail link's report).
    setSettingValue(ws, 'language', 'Русский');
    expect(call(addon, 'josparSidebarMarkDone', '1.05', { date: '2025-10-09' }).ok).toBe(true);
    expect(call(addon, 'josparSidebarMarkCancelled', '3.02').ok).toBe(true);
    expect(call(addon, 'josparSidebarSaveDeadline', '1.06', 'до 20.11.2025 г.').ok).toBe(true);
    expect(cell(ws, '1.05', 'Мәртебе')).toBe('Выполнено');
    const log = sheetValues(ws, 'Журнал').slice(-3);
    expect(log.map((r) => r.slice(2, 4))).toEqual([
      ['Выполнено', '1.05'],
      ['Отменено', '3.02'],
      ['Срок изменён', '1.06'],
    ]);
  });

  test('saving a deadline writes the cell and recomputes that row as an edit would', () => {
    const reply = call(addon, 'josparSidebarSaveDeadline', '1.05', '2025 ж. 20 қарашаға дейін');
    expect(reply.ok).toBe(true);
    expect(cell(ws, '1.05', 'Орындау мерзімі')).toBe('2025 ж. 20 қарашаға дейін');
    expect(cell(ws, '1.05', 'Келесі мерзім')).toEqual(expect.anything());
    const next = sheetValues(ws, PLAN)[rowOf(ws, '1.05') - 1][columnOf(ws, PLAN, 'Келесі мерзім')];
    expect(String(next instanceof Date ? next.toISOString() : next)).toMatch(/2025-11-(19|20)/);
    expect(call(addon, 'josparSidebarSaveDeadline', '1.05', '   ')).toMatchObject({ ok: false, code: 'eEmpty' });
    expect(call(addon, 'josparSidebarSaveDeadline', '1.05', 'x'.repeat(1001))).toMatchObject({
      ok: false,
      code: 'eTooLong',
    });
  });

  test('generate makes the document once; asked again without a new version it keeps the one there', () => {
    addon.josparCreateTemplates();
    const order = '1.44';
    const first = call(addon, 'josparSidebarGenerate', order, false);
    expect(first.ok).toBe(true);
    expect(first.value.created).toBe(1);
    expect(String(cell(ws, order, 'Құжат'))).not.toBe('');
    const again = call(addon, 'josparSidebarGenerate', order, false);
    expect(again.value).toMatchObject({ created: 0, skipped: 1 });
    const newer = call(addon, 'josparSidebarGenerate', order, true);
    expect(newer.value.created).toBe(1);
  });

  test("sync this item makes only that item's events", () => {
    const reply = call(addon, 'josparSidebarSyncItem', '1.05');
    expect(reply.ok).toBe(true);
    expect(reply.value.calendar.created).toBeGreaterThan(0);
    const events = ws.calendars.calendars.flatMap((c) => c.events);
    // Each event's key (a private extended property: item id, then the occurrence) names its item.
    const items = events.map((e) => e.extendedProperties?.private?.josparKey?.split('#')[0]);
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i === '1.05')).toBe(true);
  });

  test('the Overview sheet: per unit counts and one chart, updated in place', () => {
    const sheet = ws.spreadsheet.getSheetByName('Шолу')!;
    expect(sheet).toBeTruthy();
    expect(sheet._charts).toHaveLength(1);
    const values = sheet.getDataRange().getValues();
    expect(values[2][0]).toBe('Бөлім');
    // Columns by their heading: a status added later (submitted for review) moves Total along.
    const total = values[2].indexOf('Барлығы');
    const done = values[2].indexOf('Орындалды');
    expect(values[2]).toContain('Тексеруге жіберілді');
    expect(values.slice(3, 7).map((r) => r[total])).toEqual([55, 17, 30, 25]);
    call(addon, 'josparSidebarMarkDone', '2.01', { date: '2025-10-01' });
    expect(call(addon, 'josparSidebarRefreshOverview').ok).toBe(true);
    expect(sheet._charts).toHaveLength(1);
    expect(sheet.getDataRange().getValues()[4][done]).toBe(1);
  });

  test('language is remembered per user; anything else is refused', () => {
    expect(call(addon, 'josparSidebarSetLanguage', 'ru')).toMatchObject({ ok: true, value: 'ru' });
    expect(ws.properties.user.get('jospar.sidebarLang')).toBe('ru');
    expect(call(addon, 'josparSidebarOpen', null).lang).toBe('ru');
    expect(call(addon, 'josparSidebarSetLanguage', 'de')).toMatchObject({ ok: false, code: 'eBadLang' });
  });
});

test('first run: an empty spreadsheet says so, and Set up from the sidebar lays the plan out', async () => {
  const { ws, addon } = await installed();
  const reply = call(addon, 'josparSidebarOpen', null);
  expect(reply.value.firstRun.planReady).toBe(false);
  expect(call(addon, 'josparSidebarSetUp').ok).toBe(true);
  expect(ws.spreadsheet.getSheetByName(PLAN)).toBeTruthy();
  expect(call(addon, 'josparSidebarOpen', null).value.firstRun).toMatchObject({ planReady: true, roles: 9 });
});

test('remind now from the sidebar mails this item only, and refuses a bad id', async () => {
  const { addon } = await setUp();
  const reply = call(addon, 'josparSidebarRemind', '1.05');
  expect(reply.ok).toBe(true);
  expect(reply.value.mail).toEqual(expect.objectContaining({ messages: expect.any(Number) }));
  expect(call(addon, 'josparSidebarRemind', 'x')).toMatchObject({ ok: false, code: 'eBadId' });
});

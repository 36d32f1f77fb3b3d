/**
 * Issue 13, item 3 beyond Settings: the Academic calendar's period kinds, the Templates' kinds and PDF column, the
 * register's kind, the Log's actions and the Plan's statuses show words of the Settings language with dropdowns; an
 * older sheet's codes (or another language's words) are rewritten by Set up, and everything still reads.
 */
import type { Workspace } from '../../src/local/workspace/workspace';
import { columnOf, installed, sheetValues } from '../helpers';

function dropdown(ws: Workspace, sheet: string, header: string): string[] | undefined {
  const s = ws.spreadsheet.getSheetByName(sheet)!;
  return s
    .getRange(2, columnOf(ws, sheet, header) + 1)
    .getDataValidation()
    ?.getCriteriaValues()[0] as string[];
}

function column(ws: Workspace, sheet: string, header: string): string[] {
  const at = columnOf(ws, sheet, header);
  return sheetValues(ws, sheet)
    .slice(1)
    .map((r) => String(r[at]));
}

function setColumn(ws: Workspace, sheet: string, header: string, cells: string[]): void {
  const s = ws.spreadsheet.getSheetByName(sheet)!;
  s.getRange(2, columnOf(ws, sheet, header) + 1, cells.length, 1).setValues(cells.map((c) => [c]));
}

describe('values from lists, as words', () => {
  it('are in Russian, with dropdowns, on a spreadsheet set up in Russian', async () => {
    const { ws, addon } = await installed();
    ws.properties.document.set('jospar.lang', 'ru');
    addon.josparSetUpPlan();
    expect(column(ws, 'Академический календарь', 'Вид')).toContain('Экзаменационная сессия');
    expect(dropdown(ws, 'Академический календарь', 'Вид')).toContain('Ликвидационный период');
    expect(column(ws, 'Шаблоны', 'Вид документа').slice(0, 2)).toEqual(['Приказ', 'Протокол']);
    expect(column(ws, 'Шаблоны', 'PDF')[0]).toBe('нет');
    expect(dropdown(ws, 'Шаблоны', 'PDF')).toEqual(['да', 'нет']);
    expect(dropdown(ws, 'Шаблоны', 'Вид документа')).toContain('Отчёт');
    expect(dropdown(ws, 'Реестр приказов', 'Вид')).toContain('Приказ');
    expect(column(ws, 'Журнал', 'Действие')).toEqual(['Настройка плана']);
    expect(dropdown(ws, 'Журнал', 'Действие')).toContain('Календарь');
  });

  it('replace an older sheet’s codes and other languages’ words, and still read', async () => {
    const { ws, addon } = await installed();
    addon.josparSetUpPlan();
    const kinds = column(ws, 'Академиялық күнтізбе', 'Түрі');
    const codes = kinds.map((k) =>
      k === 'Емтихан сессиясы' ? 'exam-session' : k === 'Ликвидациялық кезең' ? 'Liquidation period' : k,
    );
    setColumn(ws, 'Академиялық күнтізбе', 'Түрі', codes);
    const templates = column(ws, 'Үлгілер', 'Құжат түрі');
    setColumn(ws, 'Үлгілер', 'Құжат түрі', ['order', 'protocol', ...templates.slice(2)]);
    setColumn(ws, 'Үлгілер', 'PDF', ['no', 'yes']);
    const status = columnOf(ws, 'Жоспар', 'Мәртебе') + 1;
    const plan = ws.spreadsheet.getSheetByName('Жоспар')!;
    plan.getRange(2, status, 2, 1).setValues([['Мерзімі өтті'], ['Выполнено']]);
    const lastLog = sheetValues(ws, 'Журнал').length;

    addon.josparSetUpPlan();
    expect(column(ws, 'Академиялық күнтізбе', 'Түрі')).toEqual(kinds);
    expect(column(ws, 'Үлгілер', 'Құжат түрі')).toEqual(templates);
    expect(column(ws, 'Үлгілер', 'PDF').slice(0, 2)).toEqual(['жоқ', 'иә']);
    expect(column(ws, 'Жоспар', 'Мәртебе').slice(0, 3)).toEqual(['Мерзімі өткен', 'Орындалды', 'Жоспарланған']);
    // The periods were all read (no "kind" problem in the Log), and a template row given as a code still works.
    expect(
      sheetValues(ws, 'Журнал')
        .slice(lastLog)
        .map((r) => String(r[4])),
    ).not.toContainEqual(expect.stringMatching(/kind «/));
    addon.josparCreateTemplates();
    const out = addon.josparGenerateDocuments({ ids: ['1.44'], interactive: false }) as { created: number };
    expect(out.created).toBe(1);
    expect(column(ws, 'Бұйрықтар тізілімі', 'Түрі')).toEqual(['Бұйрық']);
  });

  it('a period kind typed in Russian in a Kazakh sheet is read before Set up rewrites it', async () => {
    const { ws, addon } = await installed();
    addon.josparSetUpPlan();
    const kinds = column(ws, 'Академиялық күнтізбе', 'Түрі');
    const next = () => column(ws, 'Жоспар', 'Келесі мерзім').join('|');
    const before = next();
    const liquidation = (word: string) =>
      setColumn(
        ws,
        'Академиялық күнтізбе',
        'Түрі',
        kinds.map((k) => (k === 'Ликвидациялық кезең' ? word : k)),
      );
    liquidation('ликвидационный период');
    addon.josparRefreshDeadlines();
    expect(next()).toBe(before);
    // The control: a kind nobody knows loses those periods, and the items due in them change.
    liquidation('белгісіз кезең');
    addon.josparRefreshDeadlines();
    expect(next()).not.toBe(before);
  });
});

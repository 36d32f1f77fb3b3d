/** What an invited person reads on an event: titles in the plan's words, descriptions with full names, long dates. */
import { DOMParser } from '@xmldom/xmldom';
import {
  distinctTitles,
  eventDescription,
  eventTitle,
  headline,
  TITLE_MAX,
} from '../../src/core/calendar-sync/event-text';
import { PLAN_2025_2026 } from '../../src/core/plan/plan-2025-2026';
import { itemId } from '../../src/core/plan/item-id';
import { unitLabel } from '../../src/core/plan/unit-label';
import { knownRole } from '../../src/core/roles/role-catalogue';

/** The description as Google Calendar shows it: HTML (the events resource says "Can contain HTML"), so as its text. */
function shownText(html: string): { text: string; elements: number } {
  const doc = new DOMParser({ onError: () => undefined }).parseFromString(`<div>${html}</div>`, 'text/html');
  return { text: doc.documentElement!.textContent ?? '', elements: doc.getElementsByTagName('*').length };
}

const catalogue = (role: string) => knownRole(role)?.kk ?? null;

describe('event titles', () => {
  const items = PLAN_2025_2026.items.map((i) => ({
    id: itemId(i.section, i.no),
    unit: unitLabel(i),
    activity: i.activity,
    title: eventTitle(i.activity, i.deliverable),
  }));
  const titles = distinctTitles(items);

  it('name every item of the embedded plan by its work, without ids, short enough to read, and apart', () => {
    for (const it of items) {
      const title = titles.get(it.id)!;
      expect(title).not.toMatch(/\[\d+\.\d+\]|\b\d\.\d{2}\b/);
      // The unit's label may follow when two titles would be the same.
      expect(title.replace(/ \([^()]*\)$/, '').length).toBeLessThanOrEqual(TITLE_MAX);
      // The title's first words are the activity's, or a short deliverable's before them.
      const first = title.replace(/^[^:]{1,30}: /, '').split(' ')[0];
      expect(it.activity).toContain(first.replace(/…$/, ''));
    }
    expect(new Set(titles.values()).size).toBe(PLAN_2025_2026.items.length);
  });

  it('keep a short activity whole, and lead a long one with a short deliverable, keeping both ends', () => {
    expect(eventTitle('Курстарды әзірлеу процесін бақылау', 'Бақылау')).toBe('Курстарды әзірлеу процесін бақылау');
    const long =
      'Барлық деңгейдегі білім алушылар үшін академиялық кезеңдерге және емтихан сессияларына оқу сабақтарының ' +
      'кестесін жасау';
    const title = eventTitle(long, 'Бекітілген кесте');
    expect(title.startsWith('Бекітілген кесте: Барлық деңгейдегі')).toBe(true);
    expect(title.endsWith('кестесін жасау')).toBe(true); // the Kazakh verb comes last
    expect(title).toContain(' … ');
    expect(title.length).toBeLessThanOrEqual(TITLE_MAX);
    // A long deliverable does not lead.
    expect(eventTitle(long, 'Білім алушыларға стипендиялар тағайындау туралы ақпаратты жіберу')).not.toContain(':');
  });

  it('take the activity up to where its details begin, not inside «quotes» or at "т.б."', () => {
    expect(headline('Бірінші іс-шараны ұйымдастыру (шеттету, қалпына келтіру). Екінші сөйлем.')).toBe(
      'Бірінші іс-шараны ұйымдастыру',
    );
    expect(headline('ҒПҚ ЖЖЖ екінші бөлімін жоспарлау: Оқу-әдістемелік қызмет, ғылыми қызмет')).toBe(
      'ҒПҚ ЖЖЖ екінші бөлімін жоспарлау',
    );
    expect(headline('ПОҚ үшін «Технологиялар: инновациялар» тақырыбында семинарлар өткізу')).toBe(
      'ПОҚ үшін «Технологиялар: инновациялар» тақырыбында семинарлар өткізу',
    );
    expect(headline('Ережелер, нұсқаулықтар және т.б. құжаттарды әзірлеу')).toBe(
      'Ережелер, нұсқаулықтар және т.б. құжаттарды әзірлеу',
    );
  });

  it('tell apart the items the plan repeats in two units by the unit', () => {
    const same = PLAN_2025_2026.items.filter((i) => i.activity.startsWith('Бітірген жылы бойынша түлектердің'));
    expect(same.map((i) => titles.get(itemId(i.section, i.no)))).toEqual([
      `${headline(same[0].activity)} (3. ТО)`,
      `${headline(same[1].activity)} (4. СҚКО)`,
    ]);
    // Same unit too: the number in the unit.
    const twice = distinctTitles([
      { id: '1.05', unit: '1. ОПҰжМБ', title: 'Есеп' },
      { id: '1.07', unit: '1. ОПҰжМБ', title: 'Есеп' },
    ]);
    expect([...twice.values()]).toEqual(['Есеп (1. ОПҰжМБ, № 05)', 'Есеп (1. ОПҰжМБ, № 07)']);
  });
});

describe('event descriptions', () => {
  const input = {
    id: '1.44',
    row: 45,
    activity: 'Апелляциялық комиссия құру туралы бұйрықты жасау',
    responsible: 'ОПҰжМБ бастығы, ЕҰ секторы (хатшы)',
    deliverable: 'Бұйрық',
    deadline: '2026 ж. қыркүйек',
    status: 'Жоспарланған',
    windows: [{ start: '2026-09-01', end: '2026-09-30' }],
  };
  const url = 'https://docs.google.com/spreadsheets/d/abc/edit#gid=7';

  it('say the roles by full position, the window in long form in the Settings language, and link the row', () => {
    const kk = eventDescription(input, { lang: 'kk', sheetUrl: url, fullName: catalogue });
    expect(kk).toContain(
      'Жауапты: Оқу процесін ұйымдастыру және мониторингілеу бөлімінің бастығы, ' +
        `${knownRole('ЕҰ секторы')!.kk} (хатшы)`,
    );
    expect(kk).toContain('Кезең: 2026 жылғы 1 қыркүйек – 2026 жылғы 30 қыркүйек');
    expect(shownText(kk).text).toContain(`${url}&range=A45`);
    expect(kk).not.toMatch(/jospar:key|2026-09-01/);
    const ru = eventDescription(input, {
      lang: 'ru',
      sheetUrl: url,
      fullName: (r) => knownRole(r)?.ru ?? null,
    });
    expect(ru).toContain('Период: 1 сентября 2026 г. – 30 сентября 2026 г.');
    expect(ru).toContain('Ответственные: Начальник отдела организации и мониторинга учебного процесса');
    const en = eventDescription(input, { lang: 'en', sheetUrl: url, fullName: () => null });
    expect(en).toContain('Window: 1 September 2026 – 30 September 2026');
    // A role nobody knows stands as written.
    expect(en).toContain('Responsible: ОПҰжМБ бастығы, ЕҰ секторы (хатшы)');
  });

  it('show an activity with markup or {{placeholders}} as the characters typed', () => {
    const typed = '<b>Шешім</b> <a href="javascript:alert(1)">мұнда</a> {{signatory}} & <script>x()</script>';
    const html = eventDescription(
      { ...input, activity: typed, deliverable: '<i>Есеп</i>' },
      { lang: 'kk', sheetUrl: url, fullName: catalogue },
    );
    const shown = shownText(html);
    expect(shown.elements).toBe(1); // the wrapper only: no element of the user's
    expect(shown.text.split('\n')[0]).toBe(typed);
    expect(shown.text).toContain('Аяқталу түрі: <i>Есеп</i>');
    // The title is plain text in Calendar: the typed characters, unescaped (bracketed asides left out, as always).
    expect(eventTitle(typed, '')).toBe(
      '<b>Шешім</b> <a href="javascript:alert">мұнда</a> {{signatory}} & <script>x</script>',
    );
  });
});

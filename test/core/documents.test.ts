import { KINDS, matchKind } from '../../src/core/documents/kinds';
import { documentValues, fileName, leftovers, re2Literal, truthy } from '../../src/core/documents/placeholders';
import fc from 'fast-check';
import { latestFor, nextOrderNumber, RegisterIndex, type RegisterEntry } from '../../src/core/documents/register';
import { PLAN_2025_2026 } from '../../src/core/plan/plan-2025-2026';

describe('document kinds', () => {
  const rows = KINDS.map((k) => ({ kind: k.kind, keywords: k.keywords }));
  it('matches a deliverable by the start of its words, orders first', () => {
    expect(matchKind('Бұйрық', rows)).toBe('order');
    expect(matchKind('Университет комиссияларының құрамын бекіту туралы бұйрықтар', rows)).toBe('order');
    expect(matchKind('Бітіретін жұмыстың мәтіндік көшіріп алу (плагиат) тексерісі бойынша есеп', rows)).toBe('report');
    expect(matchKind('Магистранттардың 2026 жылға арналған тағылымдама жоспары', rows)).toBe('plan');
    expect(matchKind('АК жұмыс кестесі, алдын ала қорғау кестесі', rows)).toBe('schedule');
    expect(matchKind('Тексеру актісі', rows)).toBe('act');
    expect(matchKind('хаттамалары', rows)).toBe('protocol');
    expect(matchKind('Өтінім', rows)).toBe('application');
    expect(matchKind('Приказ о составе комиссии', rows)).toBe('order');
    expect(matchKind('Сертификаттар', rows)).toBeNull();
  });

  it("finds the plan's orders", () => {
    const orders = PLAN_2025_2026.items.filter((i) => matchKind(i.deliverable, rows) === 'order');
    expect(orders.length).toBe(14);
    expect(orders.map((i) => `${i.section}.${i.no}`)).toEqual(
      expect.arrayContaining(['1.7', '1.12', '1.44', '1.47', '4.8', '4.11']),
    );
  });
});

describe('placeholders', () => {
  const item = {
    id: '1.44',
    unit: '1. Бөлім',
    no: '44',
    activity: 'Апелляциялық комиссия',
    responsible: 'ОПҰжМБ бастығы',
    deadline: '2025 ж. қазан - қараша',
    deliverable: 'Бұйрық',
    status: 'Жоспарланған',
    owners: ['a@edu.ektu.kz'],
    nextDue: '2025-11-28',
  };
  const ctx = {
    kindName: 'Бұйрық',
    orderNumber: '7',
    orderDate: '2025-10-01',
    today: '2025-10-01',
    academicYear: '2025-2026',
    signatoryPosition: 'Директор',
    signatoryName: 'Э.С. Нурекенова',
    lang: 'kk' as const,
  };
  it('gives every field, dates in three languages, the order and the signatory', () => {
    const v = documentValues(item, ctx);
    expect(v).toMatchObject({
      id: '1.44',
      number: '44',
      owners: 'a@edu.ektu.kz',
      orderNumber: '7',
      signatory: 'Э.С. Нурекенова',
      academicYear: '2025-2026',
    });
    expect(v.nextDue_kk).toBe('2025 жылғы 28 қараша');
    expect(v.dueBy_kk).toBe('2025 жылғы 28 қарашаға дейін');
    expect(v.nextDue_ru).toBe('28 ноября 2025 г.');
    expect(v.orderDate_en).toBe('1 October 2025');
  });
  it('writes every date a person reads as the plan does (dd.MM.yyyy), in file names too', () => {
    const v = documentValues(item, ctx);
    expect([v.today, v.orderDate, v.nextDue]).toEqual(['01.10.2025', '01.10.2025', '28.11.2025']);
    expect(v.date).toBe('01.10.2025');
    expect(Object.entries(v).filter(([, x]) => /\d{4}-\d{2}-\d{2}/.test(x))).toEqual([]);
  });
  it('names files from a pattern, without characters Drive names should not have', () => {
    expect(fileName('{{id}} {{kind}} {{date}}', { id: '1.44', kind: 'Бұйрық', date: '01.10.2025' })).toBe(
      '1.44 Бұйрық 01.10.2025',
    );
    expect(fileName('{{id}}/{{activity}}', { id: '1.44', activity: 'a:b?' })).toBe('1.44 a b');
  });
  it('finds what is left unfilled, and reads conditions', () => {
    expect(leftovers('a {{x}} b {{ y.z }} {{x}}')).toEqual(['{{x}}', '{{y.z}}']);
    expect(leftovers('no placeholders {single}')).toEqual([]);
    expect([truthy(''), truthy('жоқ'), truthy('0'), truthy('a')]).toEqual([false, false, false, true]);
    expect(new RegExp(re2Literal('{{a.b}}')).test('x{{a.b}}y')).toBe(true);
  });
});

describe('the order register', () => {
  it('numbers orders consecutively per calendar year', () => {
    const entries = [
      { number: 1, date: '2025-10-01', item: '1.07', version: 1 },
      { number: 2, date: '2025-12-01', item: '1.09', version: 1 },
    ];
    expect(nextOrderNumber(entries, '2025-12-20')).toBe(3);
    expect(nextOrderNumber(entries, '2026-01-05')).toBe(1);
    expect(latestFor([...entries, { number: 1, date: '2025-11-01', item: '1.07', version: 2 }], '1.07')!.version).toBe(
      2,
    );
  });
});

describe('the order register, looked up by key', () => {
  const entry = fc.record({
    number: fc.integer({ min: 1, max: 60 }),
    date: fc.constantFrom('2025-10-01', '2025-12-31', '2026-01-05', '2026-09-01'),
    item: fc.constantFrom('1.07', '1.09', '1.44', '3.01', '4.11'),
    version: fc.integer({ min: 1, max: 4 }),
    series: fc.constantFrom(undefined, '', 'main', 'students'),
  }) as fc.Arbitrary<RegisterEntry>;

  it('gives what the scans give: the latest entry of an item and the next number of a year and series', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 40 }), fc.array(entry, { maxLength: 5 }), (before, during) => {
        const index = new RegisterIndex(before);
        const all = [...before];
        // Entries made during a run are added as they are made; lookups see them at once.
        for (const e of [...during, null]) {
          for (const item of ['1.07', '1.09', '1.44', '3.01', '4.11', '9.99'])
            expect(index.latestFor(item)).toEqual(latestFor(all, item));
          for (const date of ['2025-11-01', '2026-02-01', '2027-01-01'])
            for (const series of [undefined, 'main', 'students'])
              expect(index.nextNumber(date, series)).toBe(nextOrderNumber(all, date, series));
          if (e) {
            index.add(e);
            all.push(e);
          }
        }
      }),
    );
  });

  it('is built once and answers each of 20,000 rows by a lookup', () => {
    const entries: RegisterEntry[] = Array.from({ length: 20000 }, (_, i) => ({
      number: i + 1,
      date: '2026-03-01',
      item: `${1 + (i % 4)}.${i}`,
      version: 1,
      series: i % 2 ? 'main' : 'students',
    }));
    const index = new RegisterIndex(entries);
    let found = 0;
    for (const e of entries) if (index.latestFor(e.item) === e) found++;
    expect(found).toBe(20000);
    expect(index.nextNumber('2026-05-01', 'main')).toBe(20001);
    expect(index.nextNumber('2026-05-01', 'students')).toBe(20000);
  });
});

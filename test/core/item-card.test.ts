/**
 * The Calendar / Gmail item card as data (src/core/cards/item-card.ts): a projection of the one item state in the
 * reader's language, and which actions it offers; the reminder subject reader (src/core/cards/mail-subject.ts).
 */
import { homeCard, itemCard, webLink, type CardItemInput } from '../../src/core/cards/item-card';
import { reminderSubject } from '../../src/core/cards/mail-subject';
import { LANGS } from '../../src/core/i18n/lang';
import { stateWord } from '../../src/core/i18n/state-words';
import { itemState } from '../../src/core/plan/item-state';

const base = (dueWorking: string[], status: string, doneOn: string, today: string): CardItemInput => ({
  id: '1.07',
  unit: '1. ОПҰжМБ',
  activity: 'Апелляциялық комиссияның құрамын бекіту',
  responsible: ['Академиялық қызмет департаментінің директоры'],
  deadline: '2025 ж. 28 қарашаға дейін',
  deliverable: 'Бұйрық',
  evidence: '',
  docLink: '',
  state: itemState({ schedule: { dueWorking, onDemand: false }, status, doneOn }, { today }),
});

describe('itemCard', () => {
  it('shows the state from item-state in every language, the deadline as written and the date it means', () => {
    const item = base(['2025-11-28'], '', '', '2025-12-01');
    for (const lang of LANGS) {
      const card = itemCard(item, lang);
      expect(card.subtitle).toBe(stateWord(item.state, lang));
      expect(card.state).toBe('overdue');
      const texts = card.fields.map((f) => f.text);
      expect(texts).toContain('2025 ж. 28 қарашаға дейін');
      expect(texts).toContain('28.11.2025');
      expect(texts).toContain(item.activity);
      expect(card.title).toBe('1.07 · 1. ОПҰжМБ');
    }
    expect(itemCard(item, 'en').subtitle).toBe('overdue by 3 days');
    expect(itemCard(item, 'en').fields.find((f) => f.text === '28.11.2025')!.label).toBe('Date missed');
    expect(itemCard(item, 'ru').fields.map((f) => f.label)).toContain('Срок исполнения');
  });

  it('offers Mark done only while the item is open; the document only when the row links one', () => {
    const open = itemCard(base(['2026-01-20'], '', '', '2025-12-01'), 'kk');
    expect(open.actions.map((a) => a.kind)).toEqual(['done', 'row']);
    expect(open.doneForm?.submit).toBe('Орындалды деп белгілеу');
    const done = itemCard(
      { ...base(['2025-11-28'], 'Орындалды', '2025-11-30', '2025-12-01'), docLink: 'see https://docs.google.com/d/1' },
      'en',
    );
    expect(done.actions.map((a) => a.kind)).toEqual(['row', 'doc']);
    expect(done.doneForm).toBeNull();
    expect(done.subtitle).toBe('done 30.11.2025, 2 days late');
    expect(done.fields.find((f) => f.label === 'Document')).toEqual({
      label: 'Document',
      text: 'https://docs.google.com/d/1',
      link: 'https://docs.google.com/d/1',
    });
    const cancelled = itemCard(base(['2025-11-28'], 'Тоқтатылды', '', '2025-12-01'), 'ru');
    expect(cancelled.actions.map((a) => a.kind)).toEqual(['row']);
    const review = itemCard(base(['2026-01-20'], 'submitted for review', '', '2025-12-01'), 'en');
    expect(review.actions.map((a) => a.kind)).toEqual(['row']);
    expect(review.subtitle).toBe('submitted for review');
  });

  it('keeps only http(s) links to open; other evidence is text', () => {
    expect(webLink('javascript:alert(1)')).toBe('');
    expect(webLink('акт https://x.kz/a?b=1 қол қойылды')).toBe('https://x.kz/a?b=1');
    const card = itemCard({ ...base(['2026-01-20'], '', '', '2025-12-01'), evidence: 'қағаз түрінде' }, 'kk');
    expect(card.fields.find((f) => f.label === 'Дәлел')).toEqual({ label: 'Дәлел', text: 'қағаз түрінде' });
  });

  it('a short home card says why no item is shown, in each language', () => {
    expect(homeCard('outside', 'en', { domain: 'edu.ektu.kz' }).text).toContain('edu.ektu.kz');
    expect(homeCard('noItem', 'ru', { id: '2.05' }).text).toContain('2.05');
    for (const lang of LANGS) expect(homeCard('notJospar', lang).text).not.toMatch(/\{|\}/);
  });
});

describe('reminderSubject', () => {
  const names = ['АҚД жұмыс жоспары 2025-2026', 'План работы АД 2025-2026', 'AAD work plan 2025-2026'];
  it('reads the item ids of each group of a Jospar subject', () => {
    expect(
      reminderSubject('АҚД жұмыс жоспары 2025-2026: 2 тармақтың мерзімі өтті (1.01, 1.07); бүгін (3.26)', names),
    ).toEqual({ ids: ['1.01', '1.07', '3.26'], more: false });
    expect(
      reminderSubject('План работы АД 2025-2026: срок 7 пунктов истёк (1.01, 1.02, 1.03, 1.04, 1.05, …)', names),
    ).toEqual({ ids: ['1.01', '1.02', '1.03', '1.04', '1.05'], more: true });
  });
  it('is not a reminder of this plan when the subject does not start with its name', () => {
    expect(reminderSubject('Re: АҚД жұмыс жоспары 2025-2026: (1.01)', names)).toBeNull();
    expect(reminderSubject('Lunch (1.01)', names)).toBeNull();
    expect(reminderSubject('AAD work plan 2025-2026: weekly summary', names)).toBeNull();
  });
});

import { PLAN_2025_2026 } from '../../src/core/plan/plan-2025-2026';
import { itemId } from '../../src/core/plan/item-id';

const items = PLAN_2025_2026.items;
const find = (section: number, no: number) => items.find((i) => i.section === section && i.no === no)!;

describe('the embedded 2025-2026 plan', () => {
  it('has 127 items in four units, as printed', () => {
    expect(items).toHaveLength(127);
    const per = [1, 2, 3, 4].map((s) => items.filter((i) => i.section === s).length);
    expect(per).toEqual([55, 17, 30, 25]);
    const unit3 = items.filter((i) => i.section === 3).map((i) => i.no);
    expect(unit3).not.toContain(24);
    expect(unit3).not.toContain(25);
    expect(unit3).toEqual([...Array.from({ length: 23 }, (_, i) => i + 1), 26, 27, 28, 29, 30, 31, 32]);
  });

  it('keeps document order and unique ids', () => {
    const ids = items.map((i) => itemId(i.section, i.no));
    expect(new Set(ids).size).toBe(127);
    expect(ids.slice(0, 3)).toEqual(['1.01', '1.02', '1.03']);
    expect(ids[ids.length - 1]).toBe('4.25');
  });

  it('keeps rows verbatim, typos included', () => {
    expect(find(1, 1)).toMatchObject({
      activity: 'Бірінші курс студенттеріне бейімделу апталығын ұйымдастыру',
      responsible: 'АҚД директоры, ОПҰжМБ бастығы, мектеп деканадры',
      deadline: '2025 ж. 1 қыркүйегіне дейін',
      deliverable: 'Бағдарлама',
    });
    expect(find(1, 39).activity).toContain('(ақпарттық карта)');
    expect(find(1, 24).deadline).toBe('Әр айдың 20-сына дейін');
    expect(find(3, 13)).toMatchObject({
      responsible: 'ТО бастығы, ТО мамандары (қатаң есептілік бланкілері бойынша материалдық жауапты тұлға)',
      deadline: '31.08.2026ж. дейін',
    });
    expect(find(3, 26).deadline).toBe('2026 ж. қаңтар 2026 г.маусым');
    expect(find(4, 25).activity).toBe(
      'ҚР серіктес жоғары оқу орындарымен ішкі академиялық мобильдік бойынша жұмысты толық үйлестіру',
    );
    expect(find(2, 6).activity.startsWith('Қызметкерлер мен студенттер үшін @edu.ektu.kz')).toBe(true);
  });

  it('has the title, signatory and 65 distinct deadline texts with normalised spaces', () => {
    expect(PLAN_2025_2026.title).toContain('2025-2026 оқу жылына арналған жұмыс жоспары');
    expect(PLAN_2025_2026.signatory.name).toBe('Э.С. Нурекенова');
    expect(new Set(items.map((i) => i.deadline)).size).toBe(65);
    for (const i of items)
      for (const v of [i.activity, i.responsible, i.deadline, i.deliverable]) {
        expect(v).toBe(v.replace(/\s+/g, ' ').trim());
        expect(v.length).toBeGreaterThan(0);
      }
  });
});

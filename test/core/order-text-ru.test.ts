/**
 * The Russian text of an order from the item's Russian name: the heading in the prepositional ("О …") or, for an order
 * made per case, the dative ("По …"), the first clause with its head in the accusative, the annex title.
 */
import {
  membersTitleRu,
  orderClauseRu,
  orderHeadingRu,
  orderHeadingRuOfItem,
} from '../../src/core/documents/order-text-ru';

const plain = { membership: false, perCase: false };

describe('the Russian text of an order', () => {
  it('heads it with what it is about in the prepositional, "Об" before a vowel, the head declined', () => {
    expect(orderHeadingRu('Состав апелляционной комиссии', false)).toBe('О составе апелляционной комиссии');
    expect(orderHeadingRu('Выплата стипендии студентам', false)).toBe('О выплате стипендии студентам');
    expect(orderHeadingRu('Утверждение тем дипломных работ', false)).toBe('Об утверждении тем дипломных работ');
    expect(orderHeadingRu('Приём и перевод обучающихся', false)).toBe('О приёме и переводе обучающихся');
    expect(orderHeadingRu('Академический отпуск студентов', false)).toBe('Об академическом отпуске студентов');
    expect(orderHeadingRu('Личный состав студентов (отчисление, перевод)', true)).toBe('По личному составу студентов');
  });

  it('orders a membership as annexed, anything else ensured by its date, a case to fill with its kinds', () => {
    expect(orderClauseRu('Составы аттестационных комиссий', { membership: true, perCase: false }, '', '1.12')).toBe(
      'Утвердить составы аттестационных комиссий согласно приложению к настоящему приказу.',
    );
    expect(orderClauseRu('Выплата стипендии студентам', plain, 'до 30 января 2026 г.', '4.08')).toBe(
      'Обеспечить выплату стипендии студентам до 30 января 2026 г.',
    );
    expect(orderClauseRu('Формирование перечня дисциплин', plain, '', '1.07')).toBe(
      'Обеспечить формирование перечня дисциплин.',
    );
    expect(
      orderClauseRu('Личный состав студентов (отчисление, перевод)', { membership: false, perCase: true }, '', '3.01'),
    ).toBe(
      'По личному составу студентов: ____________________ (отчисление, перевод; Ф. И. О. обучающегося или ' +
        'работника, основание, с какой даты).',
    );
    expect(membersTitleRu('состав апелляционной комиссии')).toBe('Состав апелляционной комиссии');
  });

  it('without a Russian name, names the plan item, still in Russian', () => {
    expect(orderHeadingRuOfItem('1.07', '2025-2026')).toBe(
      'Об исполнении пункта 1.07 плана работы Департамента академической деятельности на 2025-2026 учебный год',
    );
    expect(orderClauseRu('', plain, 'до 30 сентября 2025 г.', '1.07')).toBe(
      'Обеспечить исполнение пункта 1.07 плана работы до 30 сентября 2025 г.',
    );
  });
});

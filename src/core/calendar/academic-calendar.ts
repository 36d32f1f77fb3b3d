/** Kinds of academic-calendar periods the deadline language can point at. */
export type PeriodKind =
  | 'academic-period'
  | 'exam-session'
  | 'liquidation'
  | 'final-attestation'
  | 'summer-semester'
  | 'registration'
  | 'holiday-break';

export const PERIOD_KINDS: PeriodKind[] = [
  'academic-period',
  'exam-session',
  'liquidation',
  'final-attestation',
  'summer-semester',
  'registration',
  'holiday-break',
];

export interface AcademicPeriod {
  /** Stable id the plan items link to, e.g. "exam-1". */
  id: string;
  kind: PeriodKind;
  /** ISO dates, both inclusive. */
  start: string;
  end: string;
  name: { kk: string; ru: string; en: string };
}

/**
 * EKTU's own 2025-2026 calendar is not public: this default follows the usual shape of a Kazakh university year
 * (two 15-week academic periods, each followed by an exam session and a liquidation period; final attestation in
 * May-June; a summer semester with registration before it). It is shipped as an editable ESTIMATE: the Academic
 * calendar
 * sheet says so, and whatever users write there wins.
 */
export const DEFAULT_CALENDAR_2025_2026: AcademicPeriod[] = [
  {
    id: 'reg-1',
    kind: 'registration',
    start: '2025-08-25',
    end: '2025-09-05',
    name: {
      kk: 'Күзгі академиялық кезеңге тіркелу',
      ru: 'Регистрация на осенний академический период',
      en: 'Registration for the autumn period',
    },
  },
  {
    id: 'ap-1',
    kind: 'academic-period',
    start: '2025-09-01',
    end: '2025-12-13',
    name: {
      kk: '1-академиялық кезең (күзгі)',
      ru: '1-й академический период (осенний)',
      en: 'Academic period 1 (autumn)',
    },
  },
  {
    id: 'reg-2',
    kind: 'registration',
    start: '2025-11-17',
    end: '2025-11-28',
    name: {
      kk: 'Көктемгі академиялық кезеңге тіркелу',
      ru: 'Регистрация на весенний академический период',
      en: 'Registration for the spring period',
    },
  },
  {
    id: 'exam-1',
    kind: 'exam-session',
    start: '2025-12-15',
    end: '2026-01-03',
    name: { kk: 'Қысқы емтихан сессиясы', ru: 'Зимняя экзаменационная сессия', en: 'Winter exam session' },
  },
  {
    id: 'break-1',
    kind: 'holiday-break',
    start: '2026-01-05',
    end: '2026-01-24',
    name: { kk: 'Қысқы каникул', ru: 'Зимние каникулы', en: 'Winter break' },
  },
  {
    id: 'liq-1',
    kind: 'liquidation',
    start: '2026-01-05',
    end: '2026-01-17',
    name: { kk: 'Қысқы ликвидациялық кезең', ru: 'Зимний ликвидационный период', en: 'Winter liquidation period' },
  },
  {
    id: 'ap-2',
    kind: 'academic-period',
    start: '2026-01-26',
    end: '2026-05-09',
    name: {
      kk: '2-академиялық кезең (көктемгі)',
      ru: '2-й академический период (весенний)',
      en: 'Academic period 2 (spring)',
    },
  },
  {
    id: 'exam-2',
    kind: 'exam-session',
    start: '2026-05-11',
    end: '2026-05-30',
    name: { kk: 'Жазғы емтихан сессиясы', ru: 'Летняя экзаменационная сессия', en: 'Summer exam session' },
  },
  {
    id: 'att-1',
    kind: 'final-attestation',
    start: '2026-05-18',
    end: '2026-06-20',
    name: { kk: 'Қорытынды аттестаттау', ru: 'Итоговая аттестация', en: 'Final attestation' },
  },
  {
    id: 'reg-3',
    kind: 'registration',
    start: '2026-05-25',
    end: '2026-06-05',
    name: {
      kk: 'Қосымша және жазғы семестрге тіркелу',
      ru: 'Регистрация на дополнительный и летний семестр',
      en: 'Registration for the additional and summer semester',
    },
  },
  {
    id: 'liq-2',
    kind: 'liquidation',
    start: '2026-06-01',
    end: '2026-06-13',
    name: { kk: 'Жазғы ликвидациялық кезең', ru: 'Летний ликвидационный период', en: 'Summer liquidation period' },
  },
  {
    id: 'sum-1',
    kind: 'summer-semester',
    start: '2026-06-15',
    end: '2026-07-25',
    name: { kk: 'Жазғы семестр', ru: 'Летний семестр', en: 'Summer semester' },
  },
];

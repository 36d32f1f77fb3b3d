/**
 * Days off in Kazakhstan for the 2025-2026 academic year (Law "On holidays", art. 5, with the government's moves), as
 * listed in shared/domain.md. Shipped as data that users can edit in Settings: the government may move further days.
 */
export const DAYS_OFF_2025_2026: string[] = [
  '2025-09-01', // 30 August (Constitution Day) fell on Saturday: moved
  '2025-10-27', // 25 October (Republic Day) fell on Saturday: moved
  '2025-12-16', // Independence Day
  '2026-01-01',
  '2026-01-02', // New Year
  '2026-01-07', // Orthodox Christmas (never carried)
  '2026-03-09', // 8 March fell on Sunday: moved
  '2026-03-23',
  '2026-03-24',
  '2026-03-25', // Nauryz 21-23 March, the weekend days carried to 24 and 25
  '2026-05-01', // Unity Day
  '2026-05-07', // Defender of the Fatherland Day
  '2026-05-11', // 9 May fell on Saturday: moved
  '2026-05-27', // Kurban Ait day 1 (never carried)
  '2026-07-06', // Capital Day
];

/** A fixed-date holiday and whether its day off is carried to the next working day when it falls on a weekend. */
export interface FixedHoliday {
  month: number;
  day: number;
  carried: boolean;
  name: string;
}

/** The fixed-date holidays of the law, for years the data above does not cover. */
export const FIXED_HOLIDAYS: FixedHoliday[] = [
  { month: 1, day: 1, carried: true, name: 'Жаңа жыл' },
  { month: 1, day: 2, carried: true, name: 'Жаңа жыл' },
  { month: 1, day: 7, carried: false, name: 'Православиелік Рождество' },
  { month: 3, day: 8, carried: true, name: 'Халықаралық әйелдер күні' },
  { month: 3, day: 21, carried: true, name: 'Наурыз мейрамы' },
  { month: 3, day: 22, carried: true, name: 'Наурыз мейрамы' },
  { month: 3, day: 23, carried: true, name: 'Наурыз мейрамы' },
  { month: 5, day: 1, carried: true, name: 'Қазақстан халқының бірлігі мерекесі' },
  { month: 5, day: 7, carried: true, name: 'Отан қорғаушы күні' },
  { month: 5, day: 9, carried: true, name: 'Жеңіс күні' },
  { month: 7, day: 6, carried: true, name: 'Астана күні' },
  { month: 10, day: 25, carried: true, name: 'Республика күні' },
  { month: 12, day: 16, carried: true, name: 'Тәуелсіздік күні' },
];

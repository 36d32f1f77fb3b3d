import { roleKey } from './split-responsible';

export interface RoleInfo {
  /** The role as the plan writes it; the key of the Roles sheet. */
  name: string;
  kk: string;
  ru: string;
  en: string;
  /** Other spellings found in plans (the plan's typo "деканадры", the short "Жетекші" of section 2). */
  aliases: string[];
  /** The role an overdue item escalates to; '' at the top. */
  escalateTo: string;
}

/**
 * The roles of the department's plans with their full names. Expansions follow shared/domain.md; the ones it marks as
 * inferred (ЕҰ секторы) are best guesses that users correct in the Roles sheet, which wins over this table.
 */
export const KNOWN_ROLES: RoleInfo[] = [
  {
    name: 'АҚД директоры',
    kk: 'Академиялық қызмет департаментінің директоры',
    ru: 'Директор Департамента академической деятельности',
    en: 'Director of the Academic Affairs Department',
    aliases: [],
    escalateTo: '',
  },
  {
    name: 'ОПҰжМБ бастығы',
    kk: 'Оқу процесін ұйымдастыру және мониторингілеу бөлімінің бастығы',
    ru: 'Начальник отдела организации и мониторинга учебного процесса',
    en: 'Head of the Educational Process Organisation and Monitoring Office',
    aliases: [],
    escalateTo: 'АҚД директоры',
  },
  {
    name: 'мектеп деканадры',
    kk: 'Мектеп декандары',
    ru: 'Деканы школ',
    en: 'School deans',
    aliases: ['мектеп декандары'],
    escalateTo: 'АҚД директоры',
  },
  {
    name: 'ЕҰ секторы',
    kk: 'Емтихандарды ұйымдастыру секторы',
    ru: 'Сектор организации экзаменов',
    en: 'Exam organisation sector',
    aliases: [],
    escalateTo: 'ОПҰжМБ бастығы',
  },
  {
    name: 'ББТО жетекшісі',
    kk: 'Білім беру технологиялары орталығының жетекшісі',
    ru: 'Руководитель Центра образовательных технологий',
    en: 'Head of the Centre for Educational Technologies',
    aliases: ['Жетекші', 'ББТО жетекші'],
    escalateTo: 'АҚД директоры',
  },
  {
    name: 'ББТО мамандары',
    kk: 'Білім беру технологиялары орталығының мамандары',
    ru: 'Специалисты Центра образовательных технологий',
    en: 'Specialists of the Centre for Educational Technologies',
    aliases: [],
    escalateTo: 'ББТО жетекшісі',
  },
  {
    name: 'ТО бастығы',
    kk: 'Тіркеуші офисінің бастығы',
    ru: 'Начальник Офиса регистратора',
    en: "Head of the Registrar's Office",
    aliases: [],
    escalateTo: 'АҚД директоры',
  },
  {
    name: 'ТО мамандары',
    kk: 'Тіркеуші офисінің мамандары',
    ru: 'Специалисты Офиса регистратора',
    en: "Registrar's Office specialists",
    aliases: [],
    escalateTo: 'ТО бастығы',
  },
  {
    name: 'СҚКО мамандары',
    kk: 'Студенттерге қызмет көрсету орталығының мамандары',
    ru: 'Специалисты Центра обслуживания студентов',
    en: 'Student Service Centre specialists',
    aliases: [],
    escalateTo: 'ТО бастығы',
  },
];

const BY_KEY = new Map<string, RoleInfo>();
for (const role of KNOWN_ROLES) for (const n of [role.name, ...role.aliases]) BY_KEY.set(roleKey(n), role);

export function knownRole(name: string): RoleInfo | undefined {
  return BY_KEY.get(roleKey(name));
}

/**
 * The words of the Russian text of an order, from the item's name in Russian (the Plan's «Атауы (орысша)» column: what
 * the order is about as a nominative phrase, "Состав апелляционной комиссии", "Выплата стипендии …"), as Russian orders
 * say them: the heading "О составе апелляционной комиссии" (or "По личному составу студентов" for an order made per
 * case), the clause "Утвердить состав … согласно приложению к настоящему приказу." or "Обеспечить выплату … до …".
 * Only the phrase's head is declined (its leading adjectives and its noun, and a noun joined to it by "и"): the words
 * after it depend on the head and keep their case. Without a Russian name the text is still Russian, and true: it
 * names the plan item (the Kazakh text, of equal standing, says what it is about).
 */

const ADJECTIVE_ENDING = /(ый|ий|ой|ая|яя|ое|ее|ые|ие)$/u;
/** Verbal nouns ("формирование", "утверждение", "развитие") end like a plural adjective but are nouns. */
const VERBAL_NOUN = /(ние|тие|вие)$/u;
const isAdjective = (word: string) => ADJECTIVE_ENDING.test(word) && !VERBAL_NOUN.test(word);
/** Velar or sibilant before the ending: "академический" → "академическом", "общий" → "общем". */
const HARD_STEM = /[кгхжшщч]ий$/u;

function adjective(word: string, kase: 'prep' | 'dat' | 'acc'): string | null {
  const m = isAdjective(word) ? ADJECTIVE_ENDING.exec(word) : null;
  if (!m) return null;
  const stem = word.slice(0, -2);
  const soft = m[1] === 'ий' && !HARD_STEM.test(word);
  const endings: Record<string, Record<typeof kase, string>> = {
    ый: { prep: 'ом', dat: 'ому', acc: 'ый' },
    ой: { prep: 'ом', dat: 'ому', acc: 'ой' },
    ий: soft ? { prep: 'ем', dat: 'ему', acc: 'ий' } : { prep: 'ом', dat: 'ому', acc: 'ий' },
    ая: { prep: 'ой', dat: 'ой', acc: 'ую' },
    яя: { prep: 'ей', dat: 'ей', acc: 'юю' },
    ое: { prep: 'ом', dat: 'ому', acc: 'ое' },
    ее: { prep: 'ем', dat: 'ему', acc: 'ее' },
    ые: { prep: 'ых', dat: 'ым', acc: 'ые' },
    ие: { prep: 'их', dat: 'им', acc: 'ие' },
  };
  return stem + endings[m[1]][kase];
}

/** A noun in the prepositional, dative or accusative (inanimate), by its ending: [ending, the three cases' endings]. */
const NOUN_ENDINGS: Array<[RegExp, number, Record<'prep' | 'dat' | 'acc', string>]> = [
  [/ие$/u, 1, { prep: 'и', dat: 'ю', acc: 'е' }],
  [/ия$/u, 1, { prep: 'и', dat: 'и', acc: 'ю' }],
  [/ь$/u, 1, { prep: 'и', dat: 'и', acc: 'ь' }],
  [/ы$/u, 1, { prep: 'ах', dat: 'ам', acc: 'ы' }],
  [/и$/u, 1, { prep: 'ях', dat: 'ям', acc: 'и' }],
  [/а$/u, 1, { prep: 'е', dat: 'е', acc: 'у' }],
  [/я$/u, 1, { prep: 'е', dat: 'е', acc: 'ю' }],
  [/о$/u, 1, { prep: 'е', dat: 'у', acc: 'о' }],
  [/й$/u, 1, { prep: 'е', dat: 'ю', acc: 'й' }],
  [/[бвгджзклмнпрстфхцчшщ]$/u, 0, { prep: 'е', dat: 'у', acc: '' }],
];

function noun(word: string, kase: 'prep' | 'dat' | 'acc'): string | null {
  const rule = NOUN_ENDINGS.find(([re]) => re.test(word));
  return rule ? word.slice(0, word.length - rule[1]) + rule[2][kase] : null;
}

/** The phrase with its head in `kase`: leading adjectives, the noun, and a noun joined by "и" right after it. */
function declineHead(phrase: string, kase: 'prep' | 'dat' | 'acc'): string {
  const words = phrase.split(' ');
  const out = [...words];
  let k = 0;
  const lower = (w: string) => w.toLocaleLowerCase('ru');
  while (k < words.length && isAdjective(lower(words[k]))) {
    out[k] = adjective(words[k], kase) ?? words[k];
    k++;
  }
  if (k < words.length) out[k] = noun(words[k], kase) ?? words[k];
  if (words[k + 1] === 'и' && words[k + 2] && !isAdjective(lower(words[k + 2])))
    out[k + 2] = noun(words[k + 2], kase) ?? words[k + 2];
  return out.join(' ');
}

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('ru') + s.slice(1);
const upperFirst = (s: string) => s.charAt(0).toLocaleUpperCase('ru') + s.slice(1);

/** The name without its bracketed list, and that list (the kinds of case an order made per case covers). */
export function splitRussianName(nameRu: string): { phrase: string; hint: string } {
  const hint = /\(([^()]{3,400})\)/u.exec(nameRu)?.[1]?.trim() ?? '';
  const phrase = nameRu
    .replace(/\([^()]*\)/gu, ' ')
    .replace(/\s+/gu, ' ')
    .replace(/[\s,.;:]+$/u, '')
    .trim();
  return { phrase, hint };
}

/** "О составе апелляционной комиссии", "Об утверждении тем …"; per case: "По личному составу студентов". */
export function orderHeadingRu(nameRu: string, perCase: boolean): string {
  const { phrase } = splitRussianName(nameRu);
  if (perCase) return `По ${lowerFirst(declineHead(phrase, 'dat'))}`;
  const head = lowerFirst(declineHead(phrase, 'prep'));
  return `${/^[аоуэиАОУЭИ]/u.test(head) ? 'Об' : 'О'} ${head}`;
}

/** The heading when the item has no Russian name: the plan item it carries out. */
export function orderHeadingRuOfItem(itemId: string, academicYear: string): string {
  return `Об исполнении пункта ${itemId} плана работы Департамента академической деятельности на ${academicYear} учебный год`;
}

/**
 * What the Russian text orders, as its first clause: a membership order approves the membership set out in the annex
 * ("Утвердить состав … согласно приложению к настоящему приказу."); an order made per case names its case to fill
 * with the kinds as the hint; any other has what it is about ensured by the date ("Обеспечить выплату … до …").
 */
export function orderClauseRu(
  nameRu: string,
  kind: { membership: boolean; perCase: boolean },
  dueBy: string,
  itemId: string,
): string {
  const { phrase, hint } = splitRussianName(nameRu);
  const when = dueBy ? ` ${dueBy}` : '';
  const who = 'Ф. И. О. обучающегося или работника, основание, с какой даты';
  if (!phrase) {
    if (kind.membership) return 'Утвердить состав согласно приложению к настоящему приказу.';
    return `Обеспечить исполнение пункта ${itemId} плана работы${when}.`.replace(/\.\.$/u, '.');
  }
  if (kind.membership)
    return `Утвердить ${lowerFirst(declineHead(phrase, 'acc'))} согласно приложению к настоящему приказу.`;
  if (kind.perCase)
    return `${upperFirst(orderHeadingRu(phrase, true))}: ____________________ (${hint ? `${hint}; ` : ''}${who}).`;
  return `Обеспечить ${lowerFirst(declineHead(phrase, 'acc'))}${when}.`.replace(/\.\.$/u, '.');
}

/** The annex's title: the membership as a heading ("Состав апелляционной комиссии"). */
export function membersTitleRu(nameRu: string): string {
  const { phrase } = splitRussianName(nameRu);
  return phrase ? upperFirst(phrase) : 'Состав';
}

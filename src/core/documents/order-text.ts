/**
 * The words of an order drafted from a plan item, in Kazakh as the university writes its orders: a heading that says
 * what the order is about ("Апелляциялық комиссияның құрамы туралы"), a first clause that says what is ordered, the
 * responsible people by full position, and the series the register numbers it in. Built from the plan's own text by
 * small rules, not invented: where a rule does not apply the plain, always-grammatical form is used, and the draft is
 * a draft (staff edit it before it goes for signature).
 */
import { splitResponsible } from '../roles/split-responsible';

/** The word "order" in its forms (бұйрық, бұйрықтар, бұйрығы, бұйрықты …, приказ …). */
const ORDER_WORD = /(^|\s)(бұйры[қғ]\p{L}*|приказ\p{L}*)(?=\s|$)/giu;

const clean = (s: string) =>
  s
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:])/g, '$1')
    .replace(/[\s,.;:–-]+$/, '')
    .trim();

/** The first sentence of an activity, without a bracketed list ("…қозғалысын ұйымдастыру (шеттету, …)"). */
function firstPart(activity: string): string {
  const noBrackets = activity.replace(/\([^()]*\)/g, ' ');
  return clean(noBrackets.split(/[.;](?:\s|$)/)[0] ?? noBrackets);
}

/** A verbal noun ("бекіту", "төлеу", "құру") ends the phrase. */
const VERBAL_NOUN = /^\p{L}+(у|ю)$/u;

/** "… төлеуге", "… құрамына" (dative, as in "… құрамына бұйрық") → "… төлеу", "… құрамы": the form "туралы" takes. */
function undative(words: string[]): string[] {
  const last = words[words.length - 1];
  if (!last) return words;
  const m = /^(\p{L}+(?:у|ю))(ға|ге)$/u.exec(last) ?? /^(\p{L}+(?:ы|і))(на|не)$/u.exec(last);
  return m ? [...words.slice(0, -1), m[1]] : words;
}

/**
 * The heading: the deliverable without the word "order" ("Апелляциялық комиссияның құрамы туралы бұйрық" →
 * "Апелляциялық комиссияның құрамы туралы"), or, when the deliverable says no more than "order" or one word, the
 * activity's first part with "туралы".
 */
export function orderHeading(deliverable: string, activity: string): string {
  const stripped = clean(
    deliverable
      .replace(ORDER_WORD, ' ')
      .replace(/\s+және\s+т\.\s?б\.?/g, '')
      // "АК құрамы" in a heading is the attestation commissions' membership (domain notes: АК by context).
      .replace(/(^|\s)АК\s+(құрам\p{L}*)/u, '$1аттестаттау комиссияларының $2'),
  );
  const words = stripped.split(' ').filter(Boolean);
  const meaningful = words.filter((w) => !/^(туралы|бойынша|жөнінде)$/u.test(w));
  const about = (ws: string[]) => {
    const t = clean(ws.join(' '));
    return /(туралы|бойынша|жөнінде)$/u.test(t) ? t : `${t} туралы`;
  };
  if (meaningful.length >= 2) return about(undative(words));
  const fromActivity = firstPart(activity).split(' ').filter(Boolean);
  return fromActivity.length ? about(undative(fromActivity)) : stripped;
}

/** A commission, committee or council whose membership the order sets: it gets a members table. */
export function isMembershipOrder(heading: string): boolean {
  return /(комисси|комитет|кеңес|алқа|топ)\p{L}*/iu.test(heading) && /құрам\p{L}*/iu.test(heading);
}

/** Orders on students are numbered in their own series where the register keeps one. */
export function isStudentOrder(deliverable: string, activity: string): boolean {
  return /(студент|білім алушы|магистрант|докторант|стипенди|контингент)/iu.test(`${deliverable} ${activity}`);
}

/** The passive imperative of a verbal noun: бекіту → бекітілсін, төлеу → төленсін, құру → құрылсын, беру → берілсін. */
export function passiveImperative(verbalNoun: string): string | null {
  const m = /^(\p{L}+?)(у|ю)$/u.exec(verbalNoun);
  if (!m) return null;
  const stem = m[1];
  const front = /[әеіөүі]/u.test(stem.replace(/.*([аәеиоөұүыіэюя]).*$/u, '$1'));
  const [y, s] = front ? ['і', 'сін'] : ['ы', 'сын'];
  const lastVowel = /[аәеоөұүыіэяю]$/u.test(stem);
  if (lastVowel) return /л/u.test(stem.slice(-2)) ? `${stem}н${s}` : `${stem}л${s}`;
  if (/л$/u.test(stem)) return `${stem}${y}н${s}`;
  return `${stem}${y}л${s}`;
}

/** "құрамын" → "құрамы", "тізбесін" → "тізбесі", "құжаттарды" → "құжаттар" (accusative → nominative). */
function nominative(word: string): string {
  const m =
    /^(\p{L}+[ыі])н$/u.exec(word) ??
    /^(\p{L}+[аәеоөұүыіэя])н[ыі]$/u.exec(word) ??
    /^(\p{L}+?)(ды|ді|ты|ті)$/u.exec(word);
  return m ? m[1] : word;
}

/** A blank a person fills by hand. */
export const BLANK = '____________________';

/**
 * The first clause of an order an on-demand item makes (student movement, payments on request): what the order is
 * about, from its deliverable ("Студенттердің жеке құрамы бойынша бұйрықтар"), with the case left to fill and the
 * kinds the activity lists in brackets as the hint ("шеттету, қалпына келтіру, …"). Such an order is made per case;
 * "the plan item is to be executed" ordered nothing.
 */
export function onDemandClause(deliverable: string, activity: string, heading = ''): string {
  const unabout = (s: string) => clean(clean(s).replace(/\s+(туралы|бойынша|жөнінде)$/u, ''));
  const fromDeliverable = unabout(deliverable.replace(ORDER_WORD, ' '));
  // A deliverable that says no more than "issued order" ("Шығарылған бұйрық") names nothing: the heading does.
  const about = fromDeliverable.split(' ').length >= 2 || !heading ? fromDeliverable : unabout(heading);
  const kinds = /\(([^()]{3,400})\)/.exec(activity)?.[1]?.replace(/\s*(туралы\s+)?бұйрықтар\p{L}*\s*$/u, '');
  const hint = kinds ? `${clean(kinds)}; ` : '';
  const who = 'білім алушының немесе қызметкердің аты-жөні, негізі, қай күннен бастап';
  return `${about || 'Бұйрық'} бойынша: ${BLANK} (${hint}${who}).`;
}

/**
 * What the order orders, as its first clause: a membership order approves the membership set out below; a heading
 * "… X-ды бекіту туралы" becomes "… X бекітілсін"; anything else is the plan item to be carried out.
 */
export function orderClause(heading: string, itemId: string, dueBy: string): string {
  const body = heading.replace(/\s+(туралы|бойынша|жөнінде)$/u, '');
  const words = body.split(' ');
  const last = words[words.length - 1] ?? '';
  const passive = VERBAL_NOUN.test(last) ? passiveImperative(last) : null;
  const when = dueBy ? ` ${dueBy}` : '';
  if (isMembershipOrder(heading)) {
    const subject = passive ? [...words.slice(0, -2), nominative(words[words.length - 2] ?? '')] : words;
    return `${clean(subject.join(' '))} осы бұйрыққа қосымшаға сәйкес бекітілсін.`;
  }
  // "A және B" before the verbal noun joins two actions: the plain form keeps both right.
  if (passive && words.length >= 2 && words[words.length - 2] !== 'және') {
    const object = nominative(words[words.length - 2]);
    return `${clean([...words.slice(0, -2), object].join(' '))}${when} ${passive}.`;
  }
  // Actions joined by "және" ("қабылдау және ауыстыру"): each verbal noun stays, and the whole is ensured.
  if (VERBAL_NOUN.test(last)) return `${clean(body)}${when} қамтамасыз етілсін.`;
  return `Жұмыс жоспарының ${itemId}-тармағы («${body}»)${when} орындалсын.`;
}

/**
 * The people responsible by full position: each role of the Responsible cell through `fullName` (the Roles sheet's
 * full name, or Jospar's catalogue), a remark in brackets kept, joined with commas and "және".
 */
export function responsibleFull(responsible: string, fullName: (role: string) => string | null): string {
  const names = splitResponsible(responsible).map((m, k) => {
    const full = fullName(m.name) || m.name;
    // Past the first, a name is mid-sentence: a position is a common noun there ("… және мектеп декандары").
    const said = k === 0 ? full : inRunningText(full);
    return m.remark ? `${said} (${m.remark})` : said;
  });
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} және ${names[names.length - 1]}`;
}

/**
 * Words that begin a position's name as a common noun, in Kazakh and Russian (a dean, a vice-rector, a specialist):
 * written in lower case inside a sentence. A name that begins with a unit's own name ("Оқу процесін ұйымдастыру …
 * бөлімінің бастығы", "Тіркеуші офисінің мамандары") keeps its capital: the unit's name is a proper name.
 */
const POSITION_WORDS =
  /^(мектеп|декан|проректор|ректор|директор|маман|бастық|жетекші|меңгеруші|хатшы|кафедра|оқытушы|эдвайзер|кураторы?|деканы?|начальник|специалист|руководител|заведующ|секретар|преподавател|куратор)\p{L}*$/iu;

/** A unit named in the genitive ("… бөлімінің", "… офисінің"): the name before it is the unit's proper name. */
const UNIT_GENITIVE =
  /(бөлім|офис|департамент|орталы[ғқ]|сектор|кафедра|институт|мектеб|басқарма|қызмет)\p{L}*[ыі]ң$/iu;

/**
 * A position's name as it stands inside a sentence: its first letter lower-cased when it is a common noun — its head
 * word (Kazakh: the last, "… проректор", "мектеп декандары"; Russian: the first, "начальник …", "деканы …") is a
 * position, and it does not start with a unit's own name ("Тіркеуші офисінің мамандары" keeps its capital).
 */
export function inRunningText(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  const first = words[0] ?? '';
  const head = (words[words.length - 1] ?? '').replace(/[^\p{L}]/gu, '');
  if (/^\p{Lu}{2,}/u.test(first) || words.some((w) => UNIT_GENITIVE.test(w))) return name;
  if (!POSITION_WORDS.test(first) && !POSITION_WORDS.test(head)) return name;
  return name.charAt(0).toLocaleLowerCase('kk') + name.slice(1);
}

/** The first letter in upper case, as a sentence starts. */
export function sentenceCase(text: string): string {
  return text.charAt(0).toLocaleUpperCase('kk') + text.slice(1);
}

/**
 * A person's name in the Kazakh dative ("Б.Б. Болатов" → "Б.Б. Болатовқа", "А.Б. Нурекенова" → "А.Б. Нурекеноваға"):
 * the ending follows the last vowel (back: -ға/-қа, front: -ге/-ке) and the last letter (after a voiceless consonant,
 * and after "в" as Kazakh writes Russian surnames, -қа/-ке).
 */
export function kazakhDative(name: string): string {
  const word = name.trim();
  if (!word) return word;
  const vowels = [...word.toLowerCase()].filter((c) => 'аәеоөұүыіэияюу'.includes(c));
  const last = vowels[vowels.length - 1] ?? 'а';
  const front = 'әеөүіэи'.includes(last);
  const end = word.slice(-1).toLowerCase();
  const hard = 'кқпстфхцчшщв'.includes(end);
  return word + (hard ? (front ? 'ке' : 'қа') : front ? 'ге' : 'ға');
}

/**
 * Which of a rule's words a cell holds, answered from one pass over the cell instead of one substring search per word.
 * Every rule, period, relation and season carries a set of words one of which the text must hold for it to match
 * (regex.ts leadingWords, the rules' hints): about 60 sets and 220 words per parse, most of them absent. Searching the
 * text for each word was a fifth of a warm parse.
 *
 * indexText() goes over the cell once, marking each pair of adjacent characters it holds, and through a table built
 * once (which sets have a word starting with that pair), each set that may hold one of its words. A set not marked is
 * answered at once; in one that is, a word whose first two characters the text never holds side by side cannot be in
 * it. Only the words left are searched for, as before, in the text as it is now (the rules mask what they read, so a
 * word present at the start may be gone later). The answer is exactly the substring search's, only cheaper. The marks
 * are stamped with the parse's number, so nothing is ever cleared, and nothing about a text is kept after its parse.
 */

/**
 * A pair's key: the low 7 bits of each character's code (a-z 97-122 and а-я 48-79 stay apart; what else collides only
 * sends a word to the substring search). A one-character word's key is that character and 0: the index marks each
 * character with 0 after it too.
 */
const BITS = 7;
const LOW = (1 << BITS) - 1;

/** For each pair, the number of the last parse whose text holds it. */
const stamps = new Uint32Array(1 << (2 * BITS));
let generation = 0;

/** For each pair, the sets (by id) with a word that starts with it; built as the sets are first used (see below). */
let setsByKey: Array<number[] | undefined> | null = null;
/** For each set, the number of the last parse whose text holds one of its pairs. */
let setStamps = new Uint32Array(256);
let setCount = 0;

/** The index of one text: valid until the next indexText() (a parse runs to its end before the next one starts). */
export type TextIndex = number;

/** Words one of which a text must hold; their keys, id and the parse that first used them, once the set is indexed. */
export interface WordSet {
  words: string[];
  keys: Uint16Array | null;
  id: number;
  since: number;
}

/** The set's words as holdsOneOf reads them (null: none, or an empty word, which every text holds). */
export function wordSet(words: string[] | null): WordSet | null {
  if (words === null || words.includes('')) return null;
  return { words, keys: null, id: -1, since: 0 };
}

/** Marks the pairs a text holds and the sets they may come from: later, the text is searched only for those. */
export function indexText(text: string): TextIndex {
  if (generation === 0xffffffff) {
    stamps.fill(0);
    setStamps.fill(0);
    generation = 0;
  }
  const g = ++generation;
  let prev = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) & LOW;
    mark(c << BITS, g);
    if (i > 0) mark((prev << BITS) | c, g);
    prev = c;
  }
  return g;
}

function mark(key: number, g: number): void {
  if (stamps[key] === g) return;
  stamps[key] = g;
  const sets = setsByKey === null ? undefined : setsByKey[key];
  if (sets !== undefined) for (let j = 0; j < sets.length; j++) setStamps[sets[j]] = g;
}

/**
 * Works out a set's keys and enters it in the table of sets by pair. Done on the set's first use after a fresh
 * context's first parse (Apps Script starts one per execution): in that parse it would cost more than it saves.
 */
function enter(set: WordSet, g: number): Uint16Array {
  const { words } = set;
  const keys = new Uint16Array(words.length);
  setsByKey ??= new Array<number[] | undefined>(stamps.length);
  if (setCount === setStamps.length) {
    const grown = new Uint32Array(setCount * 2);
    grown.set(setStamps);
    setStamps = grown;
  }
  set.id = setCount++;
  // This parse's marks were made before the set was entered: it is trusted from the next parse on.
  set.since = g;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    keys[i] = ((w.charCodeAt(0) & LOW) << BITS) | (w.length > 1 ? w.charCodeAt(1) & LOW : 0);
    const sets = (setsByKey[keys[i]] ??= []);
    if (sets[sets.length - 1] !== set.id) sets.push(set.id);
  }
  return (set.keys = keys);
}

/**
 * Whether a text holds one of the words (null: it may match anything). The text is the indexed one, a part of it, or
 * either with spans masked: a word in it is then in the indexed text too, so what the index lacks is skipped
 * unsearched. A stale index (another parse's) is not trusted.
 */
export function holdsOneOf(text: string, set: WordSet | null, index: TextIndex): boolean {
  if (set === null) return true;
  const words = set.words;
  if (index === generation && index > 1) {
    const keys = set.keys ?? enter(set, index);
    if (set.since < index && setStamps[set.id] !== index) return false;
    for (let i = 0; i < words.length; i++) if (stamps[keys[i]] === index && text.includes(words[i])) return true;
    return false;
  }
  for (let i = 0; i < words.length; i++) if (text.includes(words[i])) return true;
  return false;
}

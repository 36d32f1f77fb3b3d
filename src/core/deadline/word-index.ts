/**
 * Which of a rule's words a cell holds, answered from one pass over the cell instead of one substring search per word.
 * Every rule, period, relation and season carries words one of which the text must hold for it to match (regex.ts
 * leadingWords, the rules' hints): about 190 words per parse, most of them absent. Searching the text for each was a
 * fifth of a warm parse.
 *
 * indexText() marks, once per parse, every pair of adjacent characters the text holds, in a table stamped with the
 * parse's number (so it is never cleared). A word whose first two characters the text never holds side by side cannot
 * be in it: one table read. A word whose pair is there is then searched for, as before, in the text as it is now (the
 * rules mask what they read, so a word present at the start may be gone later). The answer is exactly the substring
 * search's, only cheaper; nothing is kept between parses but the table.
 */

/**
 * A pair's key: the low 7 bits of each character's code (a-z 97-122 and а-я 48-79 stay apart; what else collides only
 * sends a word to the substring search). A one-character word's key is that character and 0: the index marks each
 * character with 0 after it too.
 */
const BITS = 7;
const LOW = (1 << BITS) - 1;

/** For each pair, the number of the last parse whose text holds it: 64 KB, made on the second parse, not at load. */
let stamps: Uint32Array = new Uint32Array(0);
let generation = 0;
/** Whether a parse ran before: the first parse of a fresh context is not indexed (holdsOneOf says why). */
let parsedBefore = false;

/** The index of one text: valid until the next indexText() (a parse runs to its end before the next one starts). */
export type TextIndex = number;

/** No index: every word is searched for (the first parse of a fresh context). */
const UNINDEXED = 0;

/**
 * Marks the pairs a text holds: later, the text (masked by the rules) is searched only for words it may hold. The
 * first parse of a fresh context (Apps Script starts one per execution) is not indexed: making the table and the
 * loop that fills it cost it more, cold, than the searches the index saves in one parse.
 */
export function indexText(text: string): TextIndex {
  if (parsedBefore) return indexed(text);
  parsedBefore = true;
  return UNINDEXED;
}

/** The pairs marked (a function of its own, so that a first parse does not even compile it). */
function indexed(text: string): TextIndex {
  if (generation === 0) stamps = new Uint32Array(1 << (2 * BITS));
  if (generation === 0xffffffff) {
    stamps.fill(0);
    generation = 0;
  }
  const g = ++generation;
  let prev = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) & LOW;
    stamps[c << BITS] = g;
    if (i > 0) stamps[(prev << BITS) | c] = g;
    prev = c;
  }
  return g;
}

/**
 * Keys of word lists, by each list's place among its kind (rule i's words, period i's …): worked out on a list's first
 * use in an indexed parse and kept. The lists themselves are the generated ones (expressions.generated.ts), read as
 * they are: a fresh context builds nothing from them before it looks a word up, and the bundle carries no keys.
 */
export type KeyCache = Uint16Array[];

function keysOf(words: string[]): Uint16Array {
  const keys = new Uint16Array(words.length);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    keys[i] = ((w.charCodeAt(0) & LOW) << BITS) | (w.length > 1 ? w.charCodeAt(1) & LOW : 0);
  }
  return keys;
}

/**
 * Whether a text holds one of the words (null: it may match anything); `cache[slot]` keeps the words' keys. The text
 * is the indexed one, a part of it, or either with spans masked: a word in it is then in the indexed text too, so a
 * word whose key the index lacks is skipped unsearched. A stale index (another parse's) is not trusted, and an
 * unindexed text (the first parse's) is only searched.
 */
export function holdsOneOf(
  text: string,
  words: string[] | null,
  index: TextIndex,
  cache: KeyCache,
  slot: number,
): boolean {
  if (words === null) return true;
  const keys = index !== UNINDEXED && index === generation ? (cache[slot] ??= keysOf(words)) : null;
  for (let i = 0; i < words.length; i++) {
    // An empty word is in every text.
    if (keys !== null && stamps[keys[i]] !== index && words[i].length > 0) continue;
    if (text.includes(words[i])) return true;
  }
  return false;
}

/**
 * Words one of which every match of a regular expression holds: a text holding none of them cannot match, so the
 * expression need not even be compiled for it (in a fresh Apps Script context compiling is what a rule costs). The
 * build (expression-build.ts) works them out once for each rule and hint; nothing here runs in the add-on.
 *
 * The sources are the rules' folded ones (no flags but `g`): plain characters and escaped punctuation are themselves,
 * a class of a few plain characters (`[./]`) is each of them, anything else (`\d`, `\p{L}`, a range, a lookaround, an
 * optional part) requires nothing. A sequence requires what its most telling part requires (adjacent characters
 * joined into one word), an alternation one of what each branch requires.
 */
import { MASK } from './mask';

/**
 * Characters a word must not hold: the mask (mask.ts) is never in the text the word index was made from, and the month
 * placeholders (months.ts) only in the copy the month rules read, so a word holding one would skip its rule wrongly.
 */
function unindexed(c: string): boolean {
  return c === MASK || (c >= '\u03b1' && c <= '\u03c8');
}

/** Words, one of which any match holds; null: nothing is required. */
type Required = string[] | null;

/** The best of two requirements: the one whose shortest word is longest, then the one with fewer words. */
function better(a: Required, b: Required): Required {
  if (a === null) return b;
  if (b === null) return a;
  const shortest = (w: string[]) => Math.min(...w.map((x) => x.length));
  if (shortest(a) !== shortest(b)) return shortest(a) > shortest(b) ? a : b;
  return a.length <= b.length ? a : b;
}

/** A parser over one source: `at` is where it reads. */
class Reader {
  at = 0;
  constructor(readonly src: string) {}

  /** Disjunction: alternatives separated by "|", up to ")" or the end. */
  disjunction(): Required {
    const branches: Required[] = [this.sequence()];
    while (this.src[this.at] === '|') {
      this.at++;
      branches.push(this.sequence());
    }
    if (branches.some((b) => b === null)) return null;
    return [...new Set((branches as string[][]).flat())];
  }

  /** A sequence of terms: runs of plain characters join into words; the most telling part is kept. */
  sequence(): Required {
    let best: Required = null;
    let run = '';
    const endRun = () => {
      if (run) best = better(best, [run]);
      run = '';
    };
    while (this.at < this.src.length && this.src[this.at] !== '|' && this.src[this.at] !== ')') {
      const term = this.term();
      const q = this.quantifier();
      // An optional term requires nothing and breaks a run; "+" or {n,} keeps what one copy requires.
      if (q === 'optional') {
        endRun();
        continue;
      }
      if (term.char !== undefined) {
        run += term.char;
        // x+ holds x: the run may end with it, but not go on past it.
        if (q === 'some') endRun();
        continue;
      }
      endRun();
      best = better(best, term.required);
    }
    endRun();
    return best;
  }

  /** One atom: a plain character (`char`), or what a class or group requires. */
  term(): { char?: string; required: Required } {
    const c = this.src[this.at];
    if (c === '(') return { required: this.group() };
    if (c === '[') return { required: this.charClass() };
    if (c === '\\') return this.escape();
    this.at++;
    if (c === '.' || c === '^' || c === '$' || unindexed(c)) return { required: null };
    return { char: c, required: [c] };
  }

  group(): Required {
    this.at++;
    const look = /^\?<?[=!]/.exec(this.src.slice(this.at));
    if (look) {
      this.at += look[0].length;
      this.disjunction();
      this.at++;
      return null;
    }
    if (this.src.startsWith('?:', this.at)) this.at += 2;
    else if (this.src.startsWith('?<', this.at)) this.at = this.src.indexOf('>', this.at) + 1;
    const inner = this.disjunction();
    if (this.src[this.at] !== ')') throw new Error(`unclosed group in ${this.src}`);
    this.at++;
    return inner;
  }

  /** A class of a few plain characters is each of them; any other requires nothing. */
  charClass(): Required {
    const close = this.classEnd();
    const body = this.src.slice(this.at + 1, close);
    this.at = close + 1;
    if (body.startsWith('^')) return null;
    const chars: string[] = [];
    for (let i = 0; i < body.length; i++) {
      let ch = body[i];
      if (ch === '\\') {
        ch = body[++i];
        if (!'./()-\\,&:;'.includes(ch)) return null;
      } else if (ch === '-' && i > 0 && i < body.length - 1) return null;
      chars.push(ch);
    }
    return chars.length ? chars : null;
  }

  classEnd(): number {
    let i = this.at + 1;
    while (i < this.src.length && this.src[i] !== ']') i += this.src[i] === '\\' ? 2 : 1;
    if (i >= this.src.length) throw new Error(`unclosed class in ${this.src}`);
    return i;
  }

  escape(): { char?: string; required: Required } {
    const next = this.src[this.at + 1];
    if (next === 'u' && /^[0-9a-f]{4}$/i.test(this.src.slice(this.at + 2, this.at + 6))) {
      const char = String.fromCharCode(parseInt(this.src.slice(this.at + 2, this.at + 6), 16));
      this.at += 6;
      return unindexed(char) ? { required: null } : { char, required: [char] };
    }
    if (next === 'p' && this.src[this.at + 2] === '{') {
      this.at = this.src.indexOf('}', this.at) + 1;
      return { required: null };
    }
    this.at += 2;
    // \d, \s, \b and the like are classes or assertions; an escaped punctuation mark is itself.
    if (/[a-zA-Z0-9]/.test(next)) return { required: null };
    return { char: next, required: [next] };
  }

  /** The quantifier after a term: exactly once, at least once, or optional (zero allowed). */
  quantifier(): 'once' | 'some' | 'optional' {
    const c = this.src[this.at];
    let kind: 'once' | 'some' | 'optional';
    if (c === '?' || c === '*') {
      this.at++;
      kind = 'optional';
    } else if (c === '+') {
      this.at++;
      kind = 'some';
    } else if (c === '{') {
      const m = /^\{(\d+)(,\d*)?\}/.exec(this.src.slice(this.at));
      if (!m) return 'once';
      this.at += m[0].length;
      kind = Number(m[1]) === 0 ? 'optional' : m[2] === undefined && m[1] === '1' ? 'once' : 'some';
    } else return 'once';
    // A lazy quantifier ("*?") matches the same strings.
    if (this.src[this.at] === '?') this.at++;
    return kind;
  }
}

/** Words one of which every match of a folded source holds, or null when the analysis finds none. */
export function requiredWords(source: string): string[] | null {
  const r = new Reader(source);
  const words = r.disjunction();
  if (r.at !== source.length) throw new Error(`unbalanced ")" in ${source}`);
  return words && words.length > 0 && !words.includes('') ? words : null;
}

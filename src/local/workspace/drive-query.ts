/**
 * Drive's search query language (`q` of files.list), for both local Drives (the emulated advanced service and the
 * local REST server), as documented at https://developers.google.com/workspace/drive/api/guides/ref-search-terms
 * ("Search query terms and operators") and .../guides/search-files ("Search for files and folders"):
 * `query_term operator values` joined by `and` / `or`, negated by `not`, grouped with parentheses; string values in
 * single quotes with `\'` for a quote. The terms kept are the fields the local Drives keep, each with the operators
 * the reference allows it: name and mimeType (`contains`, `=`, `!=`), `'ID' in parents`, trashed (`=`, `!=`),
 * modifiedTime (`<=`, `<`, `=`, `!=`, `>`, `>=`, RFC 3339), `appProperties has { key='K' and value='V' }` and
 * `properties has {…}`. Anything else is refused as Drive refuses a bad query (400 "Invalid Value").
 */

/** What a query can read of a file; a field the file lacks matches nothing. */
export interface Searchable {
  name: string;
  mimeType: string;
  parents: string[];
  trashed: boolean;
  modifiedTime?: string;
  appProperties?: Record<string, string>;
  properties?: Record<string, string>;
}

type Test = (f: Searchable) => boolean;

export class QueryError extends Error {}

const TOKENS = /'(?:\\.|[^'\\])*'|[(){}]|!=|<=|>=|[=<>]|[A-Za-z][A-Za-z0-9_.]*/g;
const COMPARE = ['<=', '<', '=', '!=', '>', '>='];

/** The words of a name for `contains`: runs of letters and digits, lower-cased. */
function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function parseQuery(q: string): Test {
  if (!q.trim()) return () => true;
  const tokens = q.match(TOKENS) ?? [];
  if (q.replace(TOKENS, ' ').trim()) throw new QueryError(`Invalid Value: ${q}`);
  let i = 0;
  const invalid = () => new QueryError(`Invalid Value: ${q}`);
  const peek = () => tokens[i]?.toLowerCase();
  const take = () => tokens[i++];
  const expect = (word: string) => {
    if (take()?.toLowerCase() !== word) throw invalid();
  };
  const literal = (): string => {
    const t = take();
    if (!t || !t.startsWith("'")) throw invalid();
    return t.slice(1, -1).replace(/\\(.)/g, '$1');
  };
  function or(): Test {
    let left = and();
    while (peek() === 'or') {
      take();
      const [a, b] = [left, and()];
      left = (f) => a(f) || b(f);
    }
    return left;
  }
  function and(): Test {
    let left = unary();
    while (peek() === 'and') {
      take();
      const [a, b] = [left, unary()];
      left = (f) => a(f) && b(f);
    }
    return left;
  }
  function unary(): Test {
    if (peek() === 'not') {
      take();
      const t = unary();
      return (f) => !t(f);
    }
    if (peek() === '(') {
      take();
      const t = or();
      expect(')');
      return t;
    }
    return term();
  }
  /** `has { key='K' and value='V' }` on appProperties or properties. */
  function property(field: 'appProperties' | 'properties'): Test {
    expect('{');
    expect('key');
    expect('=');
    const key = literal();
    expect('and');
    expect('value');
    expect('=');
    const value = literal();
    expect('}');
    return (f) => f[field]?.[key] === value;
  }
  function term(): Test {
    if (tokens[i]?.startsWith("'")) {
      const id = literal();
      expect('in');
      expect('parents');
      return (f) => f.parents.includes(id);
    }
    const field = take();
    const op = peek();
    take();
    if ((field === 'appProperties' || field === 'properties') && op === 'has') return property(field);
    if (field === 'trashed' && (op === '=' || op === '!=')) {
      const v = take()?.toLowerCase();
      if (v !== 'true' && v !== 'false') throw invalid();
      return (f) => (f.trashed === (v === 'true')) === (op === '=');
    }
    if ((field === 'name' || field === 'mimeType') && (op === '=' || op === '!=' || op === 'contains')) {
      const v = literal();
      if (op === '=') return (f) => f[field] === v;
      if (op === '!=') return (f) => f[field] !== v;
      // Google's ref-search-terms page: "The contains operator only performs prefix matching for a name term"
      // ('HelloWorld' found by 'Hello', not by 'World'). Reading the value as words, each a prefix of a word of the
      // name, ignoring case, is an assumption (described by third-party tools such as GAM, not by Google); so is
      // what an empty value does (here it matches every name: Google documents no answer).
      if (field === 'name') {
        const wanted = words(v);
        return (f) => wanted.every((w) => words(f.name).some((n) => n.startsWith(w)));
      }
      return (f) => f.mimeType.includes(v);
    }
    if (field === 'modifiedTime' && op && COMPARE.includes(op)) {
      // "RFC 3339 format, default timezone is UTC".
      const text = literal();
      const at = Date.parse(/(Z|[+-]\d\d:\d\d)$/i.test(text) || !text.includes('T') ? text : `${text}Z`);
      if (Number.isNaN(at)) throw invalid();
      return (f) => f.modifiedTime !== undefined && compare(Date.parse(f.modifiedTime), op, at);
    }
    throw invalid();
  }
  const test = or();
  if (i !== tokens.length) throw invalid();
  return test;
}

function compare(a: number, op: string, b: number): boolean {
  if (op === '<') return a < b;
  if (op === '<=') return a <= b;
  if (op === '>') return a > b;
  if (op === '>=') return a >= b;
  return op === '=' ? a === b : a !== b;
}

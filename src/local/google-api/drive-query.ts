/**
 * The part of Drive's search query language (`q` of files.list) the roll-up uses, as documented at
 * https://developers.google.com/workspace/drive/api/guides/search-files and ref-search-terms: `'ID' in parents`,
 * `trashed = true|false`, `mimeType = '…'` / `!=`, `name = '…'` / `contains`, joined by `and` / `or`, `not`, with
 * parentheses. Anything else is refused as Drive refuses a bad query (400 "Invalid Value").
 */
import type { DriveEntry } from './drive-tree';

type Test = (e: DriveEntry) => boolean;

export class QueryError extends Error {}

export function parseQuery(q: string): Test {
  const tokens = q.match(/'(?:\\.|[^'\\])*'|\(|\)|!=|=|[A-Za-z]+/g) ?? [];
  let i = 0;
  const peek = () => tokens[i];
  const take = () => tokens[i++];
  const literal = (): string => {
    const t = take();
    if (!t || !t.startsWith("'")) throw new QueryError(`Invalid Value: ${q}`);
    return t.slice(1, -1).replace(/\\(.)/g, '$1');
  };
  function or(): Test {
    let left = and();
    while (peek()?.toLowerCase() === 'or') {
      take();
      const a = left;
      const b = and();
      left = (e) => a(e) || b(e);
    }
    return left;
  }
  function and(): Test {
    let left = unary();
    while (peek()?.toLowerCase() === 'and') {
      take();
      const a = left;
      const b = unary();
      left = (e) => a(e) && b(e);
    }
    return left;
  }
  function unary(): Test {
    if (peek()?.toLowerCase() === 'not') {
      take();
      const t = unary();
      return (e) => !t(e);
    }
    if (peek() === '(') {
      take();
      const t = or();
      if (take() !== ')') throw new QueryError(`Invalid Value: ${q}`);
      return t;
    }
    return term();
  }
  function term(): Test {
    const first = peek();
    if (first?.startsWith("'")) {
      const value = literal();
      if (take()?.toLowerCase() !== 'in' || take() !== 'parents') throw new QueryError(`Invalid Value: ${q}`);
      return (e) => e.parents.includes(value);
    }
    const field = take();
    const op = take()?.toLowerCase();
    if (field === 'trashed' && op === '=') {
      const v = take()?.toLowerCase();
      if (v !== 'true' && v !== 'false') throw new QueryError(`Invalid Value: ${q}`);
      return (e) => e.trashed === (v === 'true');
    }
    if ((field === 'mimeType' || field === 'name') && (op === '=' || op === '!=' || op === 'contains')) {
      if (op === 'contains' && field === 'mimeType') throw new QueryError(`Invalid Value: ${q}`);
      const v = literal();
      const get = (e: DriveEntry) => (field === 'name' ? e.name : e.mimeType);
      if (op === 'contains') return (e) => get(e).includes(v);
      return op === '=' ? (e) => get(e) === v : (e) => get(e) !== v;
    }
    throw new QueryError(`Invalid Value: ${q}`);
  }
  const test = or();
  if (i !== tokens.length) throw new QueryError(`Invalid Value: ${q}`);
  return test;
}

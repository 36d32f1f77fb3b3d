/**
 * The `fields` parameter of Google's REST APIs (a partial response): "nextPageToken,files(id,name,parents)" keeps those
 * fields; "sheets.properties.title" and "sheets/properties/title" are paths. See
 * https://developers.google.com/workspace/drive/api/guides/fields-parameter and
 * https://developers.google.com/workspace/sheets/api/guides/field-masks.
 */
export type Mask = Map<string, Mask | true>;

export function parseMask(text: string): Mask {
  let i = 0;
  const s = text.replace(/\s+/g, '');
  function list(): Mask {
    const mask: Mask = new Map();
    while (i < s.length && s[i] !== ')') {
      path(mask);
      if (s[i] === ',') i++;
    }
    return mask;
  }
  function path(into: Mask): void {
    const m = /^[A-Za-z0-9_*]+/.exec(s.slice(i));
    if (!m) throw new Error(`Invalid field selection ${text}`);
    i += m[0].length;
    const name = m[0];
    if (s[i] === '.' || s[i] === '/') {
      i++;
      const sub = into.get(name);
      const child: Mask = sub instanceof Map ? sub : new Map();
      into.set(name, child);
      path(child);
    } else if (s[i] === '(') {
      i++;
      const child = list();
      if (s[i] !== ')') throw new Error(`Invalid field selection ${text}`);
      i++;
      const sub = into.get(name);
      into.set(name, sub instanceof Map ? new Map([...sub, ...child]) : child);
    } else into.set(name, true);
  }
  const mask = list();
  if (i !== s.length) throw new Error(`Invalid field selection ${text}`);
  return mask;
}

/** The value with only the masked fields; arrays are masked element by element. */
export function applyMask(value: unknown, mask: Mask | true): unknown {
  if (mask === true || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => applyMask(v, mask));
  if (mask.has('*')) return value;
  const out: Record<string, unknown> = {};
  for (const [k, sub] of mask) {
    const v = (value as Record<string, unknown>)[k];
    if (v !== undefined) out[k] = applyMask(v, sub);
  }
  return out;
}

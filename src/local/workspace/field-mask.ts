/**
 * The `fields` parameter of Google's REST APIs (a partial response), for the local REST server and the emulated
 * advanced services alike: "nextPageToken,files(id,name,parents)" keeps those fields; "sheets.properties.title" and
 * "sheets/properties/title" are paths; "*" is every field of its level. See
 * https://developers.google.com/workspace/drive/api/guides/fields-parameter and
 * https://developers.google.com/workspace/sheets/api/guides/field-masks. A selection naming a field the resource does
 * not have is refused as Google refuses it ("Invalid field selection NAME", HTTP 400), when the caller gives the
 * resource's fields (a `Schema`).
 */
export type Mask = Map<string, Mask | true>;

/** A resource's fields: a name maps to its own fields, or to `true` when any selection below it is accepted. */
export type Schema = Map<string, Schema | true>;

/** A `fields` value Google would answer with 400. */
export class FieldMaskError extends Error {}

export function parseMask(text: string): Mask {
  let i = 0;
  const s = text.replace(/\s+/g, '');
  const invalid = () => new FieldMaskError(`Invalid field selection ${text}`);
  function list(): Mask {
    const mask: Mask = new Map();
    while (i < s.length && s[i] !== ')') {
      path(mask);
      if (s[i] === ',') i++;
      else if (i < s.length && s[i] !== ')') throw invalid();
    }
    return mask;
  }
  function path(into: Mask): void {
    const m = /^[A-Za-z0-9_*]+/.exec(s.slice(i));
    if (!m) throw invalid();
    i += m[0].length;
    const name = m[0];
    if (s[i] === '.' || s[i] === '/') {
      i++;
      const sub = into.get(name);
      const child: Mask = sub instanceof Map ? sub : new Map();
      if (sub !== true) into.set(name, child);
      path(child);
    } else if (s[i] === '(') {
      i++;
      const child = list();
      if (s[i] !== ')') throw invalid();
      i++;
      const sub = into.get(name);
      if (sub !== true) into.set(name, sub instanceof Map ? new Map([...sub, ...child]) : child);
    } else into.set(name, true);
  }
  const mask = list();
  if (i !== s.length || mask.size === 0) throw invalid();
  return mask;
}

/** Throws FieldMaskError for the first selected field the schema lacks (Google names it in its message). */
export function checkMask(mask: Mask | true, schema: Schema | true): void {
  if (mask === true || schema === true) return;
  for (const [name, sub] of mask) {
    if (name === '*') continue;
    const field = schema.get(name);
    if (field === undefined) throw new FieldMaskError(`Invalid field selection ${name}`);
    checkMask(sub, field);
  }
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

/**
 * The partial response: `fields` if given, else the method's default selection; checked against `schema` if given.
 * Fields the resource has no value for are left out, as Google leaves them out.
 */
export function selectFields(value: unknown, fields: string | null | undefined, fallback: string, schema?: Schema) {
  const mask = parseMask(fields || fallback);
  if (schema) checkMask(mask, schema);
  return applyMask(value, mask);
}

/** A schema from a list of names, some with their own fields: schema(['id', ['files', schema([...])]]). */
export function schema(fields: Array<string | [string, Schema]>): Schema {
  return new Map<string, Schema | true>(fields.map((f) => (typeof f === 'string' ? [f, true] : f)));
}

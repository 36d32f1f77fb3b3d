import { foldLookalikes, normalizeSpace } from '../text/normalize';

export interface RoleMention {
  /** The role as written, without its remark: "ТО мамандары". */
  name: string;
  /** A bracketed remark that followed it, e.g. "қатаң есептілік бланкілері бойынша материалдық жауапты тұлға". */
  remark?: string;
}

/**
 * Splits a Responsible cell into the roles it names. Cells list roles with commas, semicolons or "және"/"и"/"and",
 * sometimes with a remark in brackets: "ТО бастығы, ТО мамандары (қатаң … тұлға)". Separators inside brackets do not
 * split.
 */
export function splitResponsible(cell: string): RoleMention[] {
  const text = normalizeSpace(cell);
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  const flush = () => {
    if (current.trim()) parts.push(current.trim());
    current = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && (ch === ',' || ch === ';' || ch === '\n')) {
      flush();
      continue;
    }
    if (depth === 0 && ch === ' ') {
      const m = /^ (және|и|and|мен|&) /i.exec(text.slice(i));
      if (m) {
        flush();
        i += m[0].length - 2;
        continue;
      }
    }
    current += ch;
  }
  flush();
  return parts.map((part) => {
    const m = /^(.*?)\s*\((.*)\)?\s*$/.exec(part);
    if (m && m[1]) {
      const remark = m[2].replace(/\)\s*$/, '').trim();
      return remark ? { name: m[1].trim(), remark } : { name: m[1].trim() };
    }
    return { name: part };
  });
}

/** The key two spellings of one role share: case, spacing and look-alike letters folded. */
export function roleKey(name: string): string {
  return foldLookalikes(normalizeSpace(name)).toLocaleLowerCase('kk');
}

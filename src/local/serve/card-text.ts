/**
 * Card text as Google shows it: a TextParagraph (and a DecoratedText's text) may use the few HTML tags of
 * https://developers.google.com/workspace/add-ons/concepts/widgets#text_formatting — <b> <i> <u> <s> <br>,
 * <font color="…"> and <a href="…">. Those are kept, normalised; every other character, tag or attribute is escaped,
 * so whatever the add-on (or a plan cell it quotes) writes, the page draws it as text and never runs it.
 */
import { escapeHtml } from '../workspace/html';

const SIMPLE = new Set(['b', 'i', 'u', 's', 'strike']);
const TAG = /<(\/?)([a-zA-Z]+)((?:\s+[a-zA-Z-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;

function attr(attrs: string, name: string): string | null {
  const m = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'i').exec(attrs);
  return m ? (m[1] ?? m[2]) : null;
}

/** A link Google would open: http(s) or mailto only (no javascript:, no data:). */
export function safeUrl(url: string): string | null {
  const u = url.trim();
  return /^(https?:|mailto:)/i.test(u) ? u : null;
}

export function formattedText(text: string): string {
  let out = '';
  let at = 0;
  const open: string[] = [];
  for (const m of text.matchAll(TAG)) {
    out += escapeHtml(text.slice(at, m.index));
    at = m.index + m[0].length;
    const [, closing, rawName, attrs] = m;
    const name = rawName.toLowerCase() === 'strike' ? 's' : rawName.toLowerCase();
    if (name === 'br' && !closing) out += '<br>';
    else if (closing && open.includes(name)) {
      // Close what is open down to the tag named, as a browser would, so a stray closing tag cannot unbalance the page.
      while (open.length) {
        const top = open.pop()!;
        out += `</${top === 'font' ? 'span' : top}>`;
        if (top === name) break;
      }
    } else if (!closing && SIMPLE.has(name)) {
      open.push(name);
      out += `<${name}>`;
    } else if (!closing && name === 'font') {
      const color = attr(attrs, 'color');
      open.push('font');
      out += /^#?[0-9a-zA-Z]{3,20}$/.test(color ?? '') ? `<span style="color:${color}">` : '<span>';
    } else if (!closing && name === 'a') {
      const href = safeUrl(attr(attrs, 'href') ?? '');
      open.push('a');
      out += href ? `<a href="${escapeHtml(href)}" target="_blank" rel="noopener">` : '<a>';
    } else out += escapeHtml(m[0]);
  }
  out += escapeHtml(text.slice(at));
  while (open.length) {
    const top = open.pop()!;
    out += `</${top === 'font' ? 'span' : top}>`;
  }
  return out.replace(/\n/g, '<br>');
}

/**
 * Building the page from data without ever parsing user text as HTML: every string becomes a text node, attributes are
 * set one by one, and links are kept only when they are http(s). An activity containing "<img onerror=…>" shows those
 * characters and runs nothing.
 */
type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | EventListener | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(name.replace(/^on/, ''), value);
    else if (name === 'href') {
      const url = safeUrl(String(value));
      if (url) el.setAttribute('href', url);
    } else el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

export function append(el: Node, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

/** Only web links (never javascript: or data:). */
export function safeUrl(value: string): string | null {
  const v = value.trim();
  return /^https?:\/\/[^\s<>"]+$/i.test(v) ? v : null;
}

/** The first web link inside a cell such as "=HYPERLINK(…)" text or "⚠ … https://…". */
export function firstUrl(value: string): string | null {
  const m = /https?:\/\/[^\s<>"')]+/i.exec(value);
  return m ? safeUrl(m[0]) : null;
}

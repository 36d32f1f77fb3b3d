/**
 * Fills a copy of a template in place, keeping its formatting: block conditions (a paragraph `{{#if name}}` … a
 * paragraph `{{/if}}`) and inline ones, table rows repeated for a list (`{{list.field}}`, with `{{list.n}}` numbering
 * them), then every `{{name}}` that has a value. What is left unfilled is returned, to be reported, never shipped
 * silently.
 *
 * Every DocumentApp call is a round trip, so the template is read once per run (templateShape: one pass over its
 * elements, noting where each block condition starts and ends and which placeholders each element holds); each copy,
 * identical to it, is then filled by index: one removal per paragraph that goes, one replaceText per placeholder that
 * is kept, nothing read again.
 */
import {
  BRACE_GUARD,
  guardBraces,
  leftovers,
  PLACEHOLDER,
  re2Literal,
  truthy,
  type Lists,
  type Values,
} from '../../core/documents/placeholders';

type Container =
  GoogleAppsScript.Document.Body | GoogleAppsScript.Document.HeaderSection | GoogleAppsScript.Document.FooterSection;
type SectionName = 'body' | 'header' | 'footer';

const BLOCK_IF = /^\s*\{\{\s*#if\s+([\p{L}\p{N}\w.\-№]+)\s*\}\}\s*$/u;
const BLOCK_END = /^\s*\{\{\s*\/if\s*\}\}\s*$/u;
const INLINE_IF = /\{\{\s*#if\s+([\p{L}\p{N}\w.\-№]+)\s*\}\}/gu;
const LIST_FIELD = /\{\{\s*([\p{L}\p{N}\w\-№]+)\.[\p{L}\p{N}\w\-№]+\s*\}\}/u;

/** What a template section holds, by child index: enough to fill a copy without reading it. */
export interface SectionShape {
  section: SectionName;
  /** Placeholder names of each child (paragraph or table), condition markers excluded. */
  names: string[][];
  /** Block conditions as child indices of their opening and closing paragraphs, and the name they test. */
  blocks: Array<{ start: number; end: number; name: string }>;
  /** Inline conditions or list rows: these parts are filled by reading the copy, as they are rare. */
  inline: boolean;
  lists: boolean;
}
export type TemplateShape = SectionShape[];

function sectionsOf(doc: GoogleAppsScript.Document.Document): Array<[SectionName, Container]> {
  const out: Array<[SectionName, Container]> = [['body', doc.getBody()]];
  const header = doc.getHeader();
  const footer = doc.getFooter();
  if (header) out.push(['header', header]);
  if (footer) out.push(['footer', footer]);
  return out;
}

/** One pass over a template's elements (once per run and template). */
export function templateShape(doc: GoogleAppsScript.Document.Document): TemplateShape {
  return sectionsOf(doc).map(([name, section]) => {
    const texts: string[] = [];
    const kinds: string[] = [];
    const n = section.getNumChildren();
    for (let i = 0; i < n; i++) {
      const child = section.getChild(i);
      const type = String(child.getType());
      kinds.push(type);
      texts.push(
        type === String(DocumentApp.ElementType.PARAGRAPH)
          ? child.asParagraph().getText()
          : type === String(DocumentApp.ElementType.TABLE)
            ? child.asTable().getText()
            : '',
      );
    }
    const blocks: SectionShape['blocks'] = [];
    const open: Array<{ start: number; name: string }> = [];
    texts.forEach((text, i) => {
      const paragraph = kinds[i] !== String(DocumentApp.ElementType.TABLE);
      const m = paragraph ? BLOCK_IF.exec(text) : null;
      if (m) open.push({ start: i, name: m[1] });
      else if (paragraph && BLOCK_END.test(text) && open.length) blocks.push({ ...open.pop()!, end: i });
    });
    const markers = new Set(blocks.flatMap((b) => [b.start, b.end]));
    return {
      section: name,
      names: texts.map((text, i) =>
        markers.has(i) ? [] : [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]))],
      ),
      blocks,
      inline: texts.some((text, i) => !markers.has(i) && /\{\{\s*[#/]/.test(text)),
      lists: texts.some((text) => LIST_FIELD.test(text)),
    };
  });
}

export function fillDocument(
  doc: GoogleAppsScript.Document.Document,
  values: Values,
  lists: Lists,
  shape: TemplateShape = templateShape(doc),
): string[] {
  const missing = new Set<string>();
  // Only sections with something to fill are fetched (a header of fixed text costs nothing).
  const fetch: Record<SectionName, () => Container | null> = {
    body: () => doc.getBody(),
    header: () => doc.getHeader(),
    footer: () => doc.getFooter(),
  };
  for (const s of shape) {
    if (!s.blocks.length && !s.inline && !s.lists && !s.names.some((n) => n.length)) continue;
    const section = fetch[s.section]();
    if (section) for (const m of fillSection(section, s, values, lists)) missing.add(m);
  }
  return [...missing];
}

function isPresent(name: string, values: Values, lists: Lists): boolean {
  return name in lists ? lists[name].length > 0 : truthy(values[name]);
}

function fillSection(section: Container, shape: SectionShape, values: Values, lists: Lists): string[] {
  const missing = fillSectionGuarded(section, shape, values, lists);
  // The filled values' own braces come back only now, when nothing is expanded any more (one call, only if needed).
  if (hasGuarded(values) || Object.values(lists).some((l) => l.some(hasGuarded))) section.replaceText(BRACE_GUARD, '{');
  return missing;
}

function hasGuarded(values: Record<string, string>): boolean {
  return Object.values(values).some((v) => String(v).includes('{'));
}

function fillSectionGuarded(section: Container, shape: SectionShape, values: Values, lists: Lists): string[] {
  // Lists first: rows are added inside tables, so the children's indices stay those of the template. Without a list
  // for this row, its rows stay as they are (a condition around them usually removes them).
  if (shape.lists) fillLists(section, lists, values);

  // Block conditions: the markers of a condition that holds go; all of one that does not. Removed last to first.
  const gone = new Set<number>();
  for (const b of shape.blocks) {
    if (isPresent(b.name, values, lists)) gone.add(b.start).add(b.end);
    else for (let i = b.start; i <= b.end; i++) gone.add(i);
  }
  for (const i of [...gone].sort((a, b) => b - a)) section.getChild(i).removeFromParent();

  if (shape.inline) {
    const text = section.getText();
    for (const m of text.matchAll(INLINE_IF)) {
      const name = m[1];
      const open = `\\{\\{\\s*#if\\s+${re2Literal(name)}\\s*\\}\\}`;
      if (isPresent(name, values, lists)) section.replaceText(open, '');
      else section.replaceText(`${open}.*?\\{\\{\\s*/if\\s*\\}\\}`, '');
    }
    if (/\{\{\s*\/if\s*\}\}/.test(section.getText())) section.replaceText('\\{\\{\\s*/if\\s*\\}\\}', '');
  }

  // Plain placeholders of the children that stay, one replaceText each.
  const kept = shape.names.filter((_, i) => !gone.has(i)).flat();
  for (const name of new Set(kept)) {
    if (name in values) section.replaceText(`\\{\\{\\s*${re2Literal(name)}\\s*\\}\\}`, guardBraces(values[name]));
  }
  // What is left unfilled: read back only where inline conditions made the text hard to foresee.
  if (shape.inline) return leftovers(section.getText());
  return [...new Set(kept)]
    .filter(
      (name) =>
        !(name in values) &&
        !/^[#/]/.test(name) &&
        !(name.split('.')[0] in lists) &&
        !(`${name.split('.')[0]}Missing` in values && name.includes('.')),
    )
    .map((name) => `{{${name}}}`);
}

/** Table rows holding `{{list.field}}` repeated once per entry of the list, numbered by `{{list.n}}`. */
function fillLists(section: Container, lists: Lists, values: Values): void {
  const body = section as GoogleAppsScript.Document.Body;
  const tables = typeof body.getTables === 'function' ? body.getTables() : [];
  for (const table of tables) {
    for (let r = table.getNumRows() - 1; r >= 0; r--) {
      const row = table.getRow(r);
      const m = LIST_FIELD.exec(row.getText());
      if (!m) continue;
      if (!(m[1] in lists)) {
        // No list at all: the row stays and says so (values["listMissing"]) instead of the table silently vanishing.
        const missing = values[`${m[1]}Missing`];
        if (missing !== undefined)
          for (let c = 0; c < row.getNumCells(); c++)
            row
              .getCell(c)
              .replaceText(
                `\\{\\{\\s*${re2Literal(m[1])}\\.[^}]*\\}\\}`,
                c === Math.min(1, row.getNumCells() - 1) ? missing : '',
              );
        continue;
      }
      const entries = lists[m[1]];
      entries.forEach((entry, i) => {
        const copy = table.insertTableRow(r + i, row.copy());
        const fields: Record<string, string> = { n: String(i + 1), ...entry };
        for (const [field, value] of Object.entries(fields))
          copy.replaceText(`\\{\\{\\s*${re2Literal(m[1])}\\.${re2Literal(field)}\\s*\\}\\}`, guardBraces(value));
      });
      row.removeFromParent();
    }
  }
}

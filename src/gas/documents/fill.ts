/**
 * Fills a copy of a template in place, keeping its formatting: block conditions (a paragraph `{{#if name}}` … a
 * paragraph
 * `{{/if}}`) and inline ones, table rows repeated for a list (`{{list.field}}`, with `{{list.n}}` numbering them), then
 * every `{{name}}` that has a value. What is left unfilled is returned, to be reported, never shipped silently.
 */
import { leftovers, PLACEHOLDER, re2Literal, truthy, type Lists, type Values } from '../../core/documents/placeholders';

type Container =
  GoogleAppsScript.Document.Body | GoogleAppsScript.Document.HeaderSection | GoogleAppsScript.Document.FooterSection;

const BLOCK_IF = /^\s*\{\{\s*#if\s+([\p{L}\p{N}\w.\-№]+)\s*\}\}\s*$/u;
const BLOCK_END = /^\s*\{\{\s*\/if\s*\}\}\s*$/u;

export function fillDocument(doc: GoogleAppsScript.Document.Document, values: Values, lists: Lists): string[] {
  const sections: Container[] = [doc.getBody()];
  const header = doc.getHeader();
  const footer = doc.getFooter();
  if (header) sections.push(header);
  if (footer) sections.push(footer);
  const missing = new Set<string>();
  for (const s of sections) for (const m of fillSection(s, values, lists)) missing.add(m);
  return [...missing];
}

function isPresent(name: string, values: Values, lists: Lists): boolean {
  return name in lists ? lists[name].length > 0 : truthy(values[name]);
}

function fillSection(section: Container, values: Values, lists: Lists): string[] {
  // Block conditions, innermost first: the last opening before the first closing.
  for (let guard = 0; guard < 200; guard++) {
    const n = section.getNumChildren();
    const texts: string[] = [];
    for (let i = 0; i < n; i++)
      texts.push(
        section.getChild(i).getType() === DocumentApp.ElementType.PARAGRAPH
          ? section.getChild(i).asParagraph().getText()
          : '',
      );
    const end = texts.findIndex((t) => BLOCK_END.test(t));
    const start =
      end < 0
        ? -1
        : texts
            .slice(0, end)
            .map((t) => BLOCK_IF.test(t))
            .lastIndexOf(true);
    if (end < 0 || start < 0) break;
    const keep = isPresent(BLOCK_IF.exec(texts[start])![1], values, lists);
    const doomed = keep ? [end, start] : Array.from({ length: end - start + 1 }, (_, i) => end - i);
    for (const i of doomed) section.getChild(i).removeFromParent();
  }
  // Inline conditions inside one paragraph.
  const text = section.getText();
  for (const m of text.matchAll(/\{\{\s*#if\s+([\p{L}\p{N}\w.\-№]+)\s*\}\}/gu)) {
    const name = m[1];
    const open = `\\{\\{\\s*#if\\s+${re2Literal(name)}\\s*\\}\\}`;
    if (isPresent(name, values, lists)) section.replaceText(open, '');
    else section.replaceText(`${open}.*?\\{\\{\\s*/if\\s*\\}\\}`, '');
  }
  if (/\{\{\s*\/if\s*\}\}/.test(section.getText())) section.replaceText('\\{\\{\\s*/if\\s*\\}\\}', '');

  // Table rows repeated for a list.
  const body = section as GoogleAppsScript.Document.Body;
  const tables = typeof body.getTables === 'function' ? body.getTables() : [];
  for (const table of tables) {
    for (let r = table.getNumRows() - 1; r >= 0; r--) {
      const row = table.getRow(r);
      const m = /\{\{\s*([\p{L}\p{N}\w\-№]+)\.[\p{L}\p{N}\w\-№]+\s*\}\}/u.exec(row.getText());
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
          copy.replaceText(`\\{\\{\\s*${re2Literal(m[1])}\\.${re2Literal(field)}\\s*\\}\\}`, value);
      });
      row.removeFromParent();
    }
  }

  // Plain placeholders.
  for (const name of new Set([...section.getText().matchAll(PLACEHOLDER)].map((x) => x[1]))) {
    if (name in values) section.replaceText(`\\{\\{\\s*${re2Literal(name)}\\s*\\}\\}`, values[name]);
  }
  return leftovers(section.getText());
}

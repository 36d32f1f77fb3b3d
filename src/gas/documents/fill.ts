/**
 * Fills a copy of a template in place, keeping its formatting: block conditions (a paragraph `{{#if name}}` … a
 * paragraph `{{/if}}`) and inline ones, table rows repeated for a list (`{{list.field}}`, with `{{list.n}}` numbering
 * them), then every `{{name}}` that has a value. What is left unfilled is returned, to be reported, never shipped
 * silently.
 *
 * Through the Docs API (the advanced service), in two calls for a run and one per copy: the template is read once per
 * run (documents.get: every paragraph and table with its indices); a copy, identical to it, is then filled by one
 * documents.batchUpdate built from that reading: the removals first, last to first, so that each one's indices are
 * still the template's (deleteContentRange; a paragraph before a table, or a section's last one, keeps its newline, as
 * the API requires), then one replaceAllText per placeholder kept. Values never become templates: their braces go in
 * guarded (BRACE_GUARD after each "{"), so no later replacement sees a "{{" in them, and one last replaceAllText puts
 * them back. Only a copy whose list has entries (rows to repeat) is first filled with DocumentApp's row copies, and
 * then read.
 */
import {
  BRACE_GUARD,
  guardBraces,
  PLACEHOLDER,
  re2Literal,
  truthy,
  type Lists,
  type Values,
} from '../../core/documents/placeholders';
import { docsApi, type DocsRequest, type ElementJson } from './docs-api';

const BLOCK_IF = /^\s*\{\{\s*#if\s+([\p{L}\p{N}\w.\-№]+)\s*\}\}\s*$/u;
const BLOCK_END = /^\s*\{\{\s*\/if\s*\}\}\s*$/u;
const INLINE_IF = /\{\{\s*#if\s+([\p{L}\p{N}\w.\-№]+)\s*\}\}/gu;
const INLINE_END = /\{\{\s*\/if\s*\}\}/gu;
const LIST_FIELD = /\{\{\s*([\p{L}\p{N}\w\-№]+)\.[\p{L}\p{N}\w\-№]+\s*\}\}/u;

interface Para {
  kind: 'p';
  start: number;
  end: number;
  /** The text without its closing newline. */
  text: string;
}
interface Table {
  kind: 't';
  start: number;
  end: number;
  rows: Para[][][];
}
/** One segment (the body, a header, a footer) of a template: its top-level paragraphs and tables with indices. */
export interface SegmentShape {
  segmentId?: string;
  items: Array<Para | Table>;
}
export type TemplateShape = SegmentShape[];

function paragraphOf(e: ElementJson): Para {
  const text = (e.paragraph!.elements ?? []).map((r) => r.textRun?.content ?? '').join('');
  return { kind: 'p', start: e.startIndex ?? 0, end: e.endIndex ?? 0, text: text.replace(/\n$/, '') };
}

function itemsOf(content: ElementJson[] = []): Array<Para | Table> {
  const items: Array<Para | Table> = [];
  for (const e of content) {
    if (e.paragraph) items.push(paragraphOf(e));
    else if (e.table)
      items.push({
        kind: 't',
        start: e.startIndex ?? 0,
        end: e.endIndex ?? 0,
        rows: (e.table.tableRows ?? []).map((r) =>
          (r.tableCells ?? []).map((c) => (c.content ?? []).filter((x) => x.paragraph).map(paragraphOf)),
        ),
      });
  }
  return items;
}

/** One documents.get of a template (once per run and template). */
export function templateShape(documentId: string): TemplateShape {
  const doc = docsApi().Documents.get(documentId);
  const out: TemplateShape = [{ items: itemsOf(doc.body?.content) }];
  for (const group of [doc.headers, doc.footers])
    for (const [segmentId, segment] of Object.entries(group ?? {}))
      out.push({ segmentId, items: itemsOf(segment.content) });
  return out;
}

function isPresent(name: string, values: Values, lists: Lists): boolean {
  return name in lists ? lists[name].length > 0 : truthy(values[name]);
}

/** Whether a copy needs its list rows made before the batch (a list with entries, in a row of a table). */
function hasListRows(shape: TemplateShape, lists: Lists): boolean {
  return shape.some((s) =>
    s.items.some(
      (i) =>
        i.kind === 't' &&
        i.rows.some((r) => {
          const m = LIST_FIELD.exec(
            r
              .flat()
              .map((p) => p.text)
              .join('\t'),
          );
          return !!m && m[1] in lists;
        }),
    ),
  );
}

/**
 * Fills the copy `documentId` of the template read as `shape`: one documents.batchUpdate (and, only for a list with
 * entries, DocumentApp's row copies and one documents.get before it). Returns the placeholders left unfilled.
 */
export function fillDocument(documentId: string, shape: TemplateShape, values: Values, lists: Lists): string[] {
  let current = shape;
  if (hasListRows(shape, lists)) {
    const doc = DocumentApp.openById(documentId);
    for (const section of [doc.getBody(), doc.getHeader(), doc.getFooter()]) if (section) fillLists(section, lists);
    doc.saveAndClose();
    current = templateShape(documentId);
  }
  const { requests, missing } = fillRequests(current, values, lists);
  if (requests.length) docsApi().Documents.batchUpdate({ requests }, documentId);
  return missing;
}

interface Op {
  at: number;
  /** At one index, removals before insertions. */
  rank: number;
  request: DocsRequest;
}

/** The batch that fills a copy of `shape`, and what it leaves unfilled. Pure: exported for tests. */
export function fillRequests(
  shape: TemplateShape,
  values: Values,
  lists: Lists,
): { requests: DocsRequest[]; missing: string[] } {
  const ops: Op[] = [];
  const kept: string[] = [];
  let guarded = Object.values(lists).some((l) => l.some((e) => Object.values(e).some((v) => String(v).includes('{'))));
  const segmentIdOf = (s: SegmentShape) => (s.segmentId ? { segmentId: s.segmentId } : {});
  for (const s of shape) {
    const remove = (start: number, end: number) =>
      ops.push({
        at: start,
        rank: 0,
        request: { deleteContentRange: { range: { ...segmentIdOf(s), startIndex: start, endIndex: end } } },
      });
    const items = s.items;
    // A paragraph's newline may go only if a paragraph follows it (not a table, not the segment's end).
    const newlineMayGo = (k: number) => items[k + 1]?.kind === 'p';
    const gone = new Set<number>();
    const open: Array<{ start: number; name: string }> = [];
    const blocks: Array<{ start: number; end: number; name: string }> = [];
    items.forEach((item, k) => {
      if (item.kind !== 'p') return;
      const m = BLOCK_IF.exec(item.text);
      if (m) open.push({ start: k, name: m[1] });
      else if (BLOCK_END.test(item.text) && open.length) blocks.push({ ...open.pop()!, end: k });
    });
    const markers = new Set(blocks.flatMap((b) => [b.start, b.end]));
    // Block conditions: all of one that does not hold goes; of one that holds, its two marker paragraphs.
    const ranges: Array<[number, number]> = [];
    for (const b of blocks) {
      if (!isPresent(b.name, values, lists)) {
        for (let k = b.start; k <= b.end; k++) gone.add(k);
        const last = items[b.end];
        ranges.push([items[b.start].start, newlineMayGo(b.end) ? last.end : last.end - 1]);
      } else
        for (const k of [b.start, b.end]) {
          gone.add(k);
          ranges.push([items[k].start, newlineMayGo(k) ? items[k].end : items[k].end - 1]);
        }
    }
    // Nested ranges go with the range around them.
    ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    let reach = -1;
    for (const [a, b] of ranges) {
      if (a < reach) continue;
      if (b > a) remove(a, b);
      reach = b;
    }

    // What stays: inline conditions cut out of each paragraph's text, list rows without a list filled in place.
    const paragraph = (p: Para) => {
      const cuts: Array<[number, number]> = [];
      for (const m of p.text.matchAll(INLINE_IF)) {
        const from = m.index!;
        INLINE_END.lastIndex = from + m[0].length;
        const close = INLINE_END.exec(p.text);
        if (isPresent(m[1], values, lists)) {
          cuts.push([from, from + m[0].length]);
          if (close) cuts.push([close.index, close.index + close[0].length]);
        } else cuts.push([from, close ? close.index + close[0].length : from + m[0].length]);
      }
      for (const m of p.text.matchAll(INLINE_END))
        if (!cuts.some(([a, b]) => m.index! >= a && m.index! < b)) cuts.push([m.index!, m.index! + m[0].length]);
      cuts.sort((a, b) => a[0] - b[0]);
      let text = '';
      let last = 0;
      for (const [a, b] of cuts) {
        if (a < last) continue;
        text += p.text.slice(last, a);
        remove(p.start + a, p.start + b);
        last = b;
      }
      kept.push(text + p.text.slice(last));
    };
    items.forEach((item, k) => {
      if (gone.has(k) || markers.has(k)) return;
      if (item.kind === 'p') return paragraph(item);
      for (const row of item.rows) {
        const m = LIST_FIELD.exec(
          row
            .flat()
            .map((p) => p.text)
            .join('\t'),
        );
        const missing = m ? values[`${m[1]}Missing`] : undefined;
        if (!m || m[1] in lists || missing === undefined) {
          row.flat().forEach(paragraph);
          continue;
        }
        // No list at all: the row stays and says so (values["listMissing"]) instead of the table silently vanishing.
        const field = new RegExp(`\\{\\{\\s*${re2Literal(m[1])}\\.[^}]*\\}\\}`, 'gu');
        row.forEach((cell, c) => {
          let told = c !== Math.min(1, row.length - 1);
          for (const p of cell) {
            for (const f of p.text.matchAll(field)) {
              const at = p.start + f.index!;
              remove(at, at + f[0].length);
              if (!told) {
                if (missing.includes('{')) guarded = true;
                ops.push({
                  at,
                  rank: 1,
                  request: { insertText: { location: { ...segmentIdOf(s), index: at }, text: guardBraces(missing) } },
                });
                told = true;
              }
            }
            kept.push(p.text.replace(field, ''));
          }
        });
      }
    });
  }
  ops.sort((a, b) => b.at - a.at || a.rank - b.rank);

  // Plain placeholders of what stays, one replaceAllText for each way one is written ("{{id}}", "{{ id }}").
  const replacements: DocsRequest[] = [];
  const names = new Set<string>();
  const written = new Set<string>();
  for (const text of kept)
    for (const m of text.matchAll(PLACEHOLDER)) {
      names.add(m[1]);
      if (m[1] in values && !written.has(m[0])) {
        written.add(m[0]);
        const value = String(values[m[1]]);
        if (value.includes('{')) guarded = true;
        replacements.push({
          replaceAllText: { containsText: { text: m[0], matchCase: true }, replaceText: guardBraces(value) },
        });
      }
    }
  // The values' own braces come back only now, when nothing is expanded any more.
  if (guarded)
    replacements.push({
      replaceAllText: { containsText: { text: `{${BRACE_GUARD}`, matchCase: true }, replaceText: '{' },
    });
  const missing = [...names]
    .filter(
      (name) =>
        !(name in values) &&
        !/^[#/]/.test(name) &&
        !(name.split('.')[0] in lists) &&
        !(`${name.split('.')[0]}Missing` in values && name.includes('.')),
    )
    .map((name) => `{{${name}}}`);
  return { requests: [...ops.map((o) => o.request), ...replacements], missing };
}

type Container =
  GoogleAppsScript.Document.Body | GoogleAppsScript.Document.HeaderSection | GoogleAppsScript.Document.FooterSection;

/** Table rows holding `{{list.field}}` repeated once per entry of the list, numbered by `{{list.n}}`. */
function fillLists(section: Container, lists: Lists): void {
  const body = section as GoogleAppsScript.Document.Body;
  const tables = typeof body.getTables === 'function' ? body.getTables() : [];
  for (const table of tables) {
    for (let r = table.getNumRows() - 1; r >= 0; r--) {
      const row = table.getRow(r);
      const m = LIST_FIELD.exec(row.getText());
      if (!m) continue;
      // Rows without a list are the batch's to fill (fillRequests).
      if (!(m[1] in lists)) continue;
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

/**
 * Drive's import of a Word file into a Google Doc (files.create with the Google Docs MIME type and a .docx as the
 * media: "Import to Google Docs types", https://developers.google.com/workspace/drive/api/guides/manage-uploads), as
 * far as what Jospar uploads needs: paragraphs (their runs' text, bold, italic, size, font, and alignment), tables,
 * the page size and margins of the section, and the default header and footer, where a Word PAGE or NUMPAGES field
 * becomes Docs' own AutoText (PAGE_NUMBER, PAGE_COUNT: the Docs API's AutoText types) — the one way a script can put a
 * page number into a Doc, since neither DocumentApp nor the Docs API's requests can insert one.
 * Anything else Word may hold (images, lists, styles) is not imported here: the text of its runs is.
 */
import { DOMParser, type Element as DomElement } from '@xmldom/xmldom';
import { unzipSync } from 'fflate';
import type { DocumentState, ElementState, ParagraphState, RunState, SectionState, TableState } from './documents';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const kids = (e: DomElement, name?: string): DomElement[] =>
  Array.from(e.childNodes as unknown as ArrayLike<DomElement>).filter(
    (n) => n.nodeType === 1 && n.namespaceURI === W && (!name || n.localName === name),
  );
const kid = (e: DomElement | undefined, name: string) => (e ? kids(e, name)[0] : undefined);
const val = (e: DomElement | undefined, name = 'val') => e?.getAttributeNS(W, name) ?? null;

const ALIGN: Record<string, string> = { center: 'CENTER', right: 'RIGHT', end: 'RIGHT', both: 'JUSTIFY' };

/** A field's instruction as Docs' AutoText type, or null for a field Docs keeps as its shown text. */
function autoTextOf(instruction: string): RunState['autoText'] | null {
  const name = instruction.trim().split(/\s+/)[0]?.toUpperCase();
  return name === 'PAGE' ? 'PAGE_NUMBER' : name === 'NUMPAGES' ? 'PAGE_COUNT' : null;
}

function runStyle(r: DomElement): Omit<RunState, 'text'> {
  const pr = kid(r, 'rPr');
  const on = (name: string) => {
    const e = kid(pr, name);
    return e ? val(e) !== '0' && val(e) !== 'false' : undefined;
  };
  const size = val(kid(pr, 'sz'));
  const font = kid(pr, 'rFonts');
  const style: Omit<RunState, 'text'> = {};
  if (on('b')) style.bold = true;
  if (on('i')) style.italic = true;
  if (kid(pr, 'u') && val(kid(pr, 'u')) !== 'none') style.underline = true;
  if (size) style.fontSize = Number(size) / 2;
  if (font && val(font, 'ascii')) style.fontFamily = val(font, 'ascii')!;
  return style;
}

function paragraph(p: DomElement): ParagraphState {
  const runs: RunState[] = [];
  // A complex field (fldChar begin … instrText … separate … result … end): its result is replaced by the AutoText.
  let field: { instruction: string; inResult: boolean } | null = null;
  const visit = (e: DomElement): void => {
    if (e.localName === 'fldSimple') {
      const type = autoTextOf(val(e, 'instr') ?? '');
      const shown = kids(e, 'r')[0];
      if (type) runs.push({ ...(shown ? runStyle(shown) : {}), text: '', autoText: type });
      else kids(e).forEach(visit);
      return;
    }
    if (e.localName === 'hyperlink' || e.localName === 'smartTag' || e.localName === 'ins') {
      kids(e).forEach(visit);
      return;
    }
    if (e.localName !== 'r') return;
    for (const part of kids(e)) {
      const type = val(part, 'fldCharType');
      if (part.localName === 'fldChar' && type === 'begin') field = { instruction: '', inResult: false };
      else if (part.localName === 'instrText' && field) field.instruction += part.textContent ?? '';
      else if (part.localName === 'fldChar' && type === 'separate' && field) field.inResult = true;
      else if (part.localName === 'fldChar' && type === 'end' && field) {
        const auto = autoTextOf(field.instruction);
        if (auto) runs.push({ ...runStyle(e), text: '', autoText: auto });
        field = null;
      } else if (part.localName === 't' || part.localName === 'tab') {
        const known = field && autoTextOf((field as { instruction: string }).instruction);
        if (known) continue; // the field's cached result: the AutoText shows the page itself
        runs.push({ ...runStyle(e), text: part.localName === 'tab' ? '\t' : (part.textContent ?? '') });
      }
    }
  };
  kids(p).forEach(visit);
  const jc = val(kid(kid(p, 'pPr'), 'jc'));
  const out: ParagraphState = { type: 'PARAGRAPH', runs: runs.length ? runs : [{ text: '' }] };
  if (jc && ALIGN[jc]) out.alignment = ALIGN[jc];
  if (kid(kid(p, 'pPr'), 'pageBreakBefore')) out.pageBreakBefore = true;
  return out;
}

function table(t: DomElement): TableState {
  return {
    type: 'TABLE',
    rows: kids(t, 'tr').map((tr) => ({
      cells: kids(tr, 'tc').map((tc) => {
        const paragraphs = kids(tc, 'p').map(paragraph);
        return { paragraphs: paragraphs.length ? paragraphs : [{ type: 'PARAGRAPH', runs: [{ text: '' }] }] };
      }),
    })),
  };
}

/** A body, header or footer: its paragraphs and tables; a segment always ends with a paragraph, as in Docs. */
function section(root: DomElement): SectionState {
  const children: ElementState[] = [];
  for (const e of kids(root))
    if (e.localName === 'p') children.push(paragraph(e));
    else if (e.localName === 'tbl') children.push(table(e));
  if (children[children.length - 1]?.type !== 'PARAGRAPH') children.push({ type: 'PARAGRAPH', runs: [{ text: '' }] });
  return { children };
}

const twipsToPoints = (v: string | null) => (v === null ? undefined : Number(v) / 20);

/** The Doc Drive makes from a .docx's bytes; throws (as Drive refuses the upload) when they are not a Word file. */
export function importDocx(bytes: Uint8Array, id: string, name: string): DocumentState {
  const files = unzipSync(bytes);
  const text = (path: string) => (files[path] ? Buffer.from(files[path]).toString('utf8') : null);
  const xml = (path: string) => {
    const t = text(path);
    return t ? (new DOMParser().parseFromString(t, 'text/xml').documentElement as unknown as DomElement) : null;
  };
  const document = xml('word/document.xml');
  const body = kid(document ?? undefined, 'body');
  if (!body) throw new Error('Bad Request: the uploaded file is not a Word document that can be imported.');
  const rels = new Map<string, string>();
  const relsRoot = xml('word/_rels/document.xml.rels');
  if (relsRoot)
    for (const r of Array.from(relsRoot.getElementsByTagName('Relationship')))
      rels.set(r.getAttribute('Id') ?? '', r.getAttribute('Target') ?? '');
  const sect = kid(body, 'sectPr');
  const part = (kind: 'headerReference' | 'footerReference'): SectionState | null => {
    const ref = sect ? kids(sect, kind).find((e) => (val(e, 'type') ?? 'default') === 'default') : undefined;
    const target = ref ? rels.get(ref.getAttributeNS(R, 'id') ?? '') : undefined;
    const root = target ? xml(`word/${target.replace(/^\/?word\//, '')}`) : null;
    return root ? section(root) : null;
  };
  const size = kid(sect, 'pgSz');
  const margin = kid(sect, 'pgMar');
  const doc: DocumentState = {
    id,
    name,
    body: section(body),
    header: part('headerReference'),
    footer: part('footerReference'),
  };
  if (size) {
    const width = twipsToPoints(val(size, 'w'))!;
    const height = twipsToPoints(val(size, 'h'))!;
    doc.page = {
      width,
      height,
      top: twipsToPoints(val(margin, 'top')),
      bottom: twipsToPoints(val(margin, 'bottom')),
      left: twipsToPoints(val(margin, 'left')),
      right: twipsToPoints(val(margin, 'right')),
    };
  }
  return doc;
}

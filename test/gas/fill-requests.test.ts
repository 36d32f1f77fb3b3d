/**
 * The fill's one batch, on templates shaped the ways a user may shape them: a condition's marker right before a table
 * or at the very end of the body, inline conditions in a table cell, placeholders written with spaces. The batch must
 * be one the Docs API accepts (the emulation refuses what the reference calls invalid) and leave the filled text.
 */
import { fillDocument, fillRequests, templateShape } from '../../src/gas/documents/fill';
import { Workspace } from '../../src/local/workspace/workspace';

type Globals = { DocumentApp: GoogleAppsScript.Document.DocumentApp; Docs: GoogleAppsScript.Docs };

function setUp() {
  const ws = new Workspace({ now: Date.parse('2025-10-01T04:00:00Z') });
  const g = ws.globals() as unknown as Globals;
  Object.assign(globalThis, { Docs: g.Docs, DocumentApp: g.DocumentApp });
  return { ws, g };
}

function text(g: Globals, id: string): string[] {
  const body = g.DocumentApp.openById(id).getBody();
  const out: string[] = [];
  for (let i = 0; i < body.getNumChildren(); i++) {
    const child = body.getChild(i);
    out.push(
      child.getType() === g.DocumentApp.ElementType.TABLE ? child.asTable().getText() : child.asParagraph().getText(),
    );
  }
  return out;
}

describe('the fill batch', () => {
  it("keeps the newline of a marker before a table and of the body's last paragraph, as the API requires", () => {
    const { g } = setUp();
    const doc = g.DocumentApp.create('t');
    const b = doc.getBody();
    b.getChild(0).asParagraph().setText('Тармақ {{ id }}');
    b.appendParagraph('{{#if list}}');
    b.appendTable([['№', '{{list.n}}']]);
    b.appendParagraph('{{#if owners}}');
    b.appendParagraph('{{owners}}');
    b.appendParagraph('{{/if}}');
    b.appendParagraph('{{/if}}');
    const id = doc.getId();
    const shape = templateShape(id);
    const held = fillDocument(id, shape, { id: '1.44', owners: 'a@b', listMissing: 'жоқ' }, { list: [] });
    expect(held).toEqual([]);
    // "list" is an empty list: the outer block goes whole, the body's last newline stays.
    expect(text(g, id)).toEqual(['Тармақ 1.44', '']);
  });

  it('a condition that holds loses only its markers; inline conditions in a cell; a missing list says so', () => {
    const { g } = setUp();
    const doc = g.DocumentApp.create('t');
    const b = doc.getBody();
    b.getChild(0).asParagraph().setText('{{#if hasMembers}}');
    b.appendTable([
      ['№', 'Аты-жөні {{#if id}}({{id}}){{/if}}{{#if nothing}} жасырын{{/if}}'],
      ['{{list.n}}', '{{list.Аты-жөні}}'],
    ]);
    b.appendParagraph('{{/if}}');
    b.appendParagraph('{{unknown}} {{signatory}}');
    const id = doc.getId();
    const values = { hasMembers: 'иә', id: '1.44', signatory: 'Аты {{id}}', listMissing: 'Тізім {{жоқ}}' };
    const { requests, missing } = fillRequests(templateShape(id), values, {});
    expect(missing).toEqual(['{{unknown}}']);
    g.Docs.Documents.batchUpdate({ requests }, id);
    const got = text(g, id);
    expect(got[0]).toBe('');
    expect(got[1]).toBe('№\tАты-жөні (1.44)\n\tТізім {{жоқ}}');
    // A value is text: the {{id}} typed into the signatory is not expanded.
    expect(got[got.length - 1]).toBe('{{unknown}} Аты {{id}}');
  });
});

/**
 * The Docs advanced service (Docs API v1) the fill uses: documents.get's indices and documents.batchUpdate's
 * replaceAllText, deleteContentRange and insertText, on the same documents DocumentApp sees.
 */
import { documented, gas, workspace } from './reference';

const REST = 'https://developers.google.com/workspace/docs/api/reference/rest/v1';
const BATCH = `${REST}/documents/batchUpdate`;
const REQUEST = `${REST}/documents/request`;
const STRUCTURE = 'https://developers.google.com/workspace/docs/api/concepts/structure';
const TABLES = 'https://developers.google.com/workspace/docs/api/how-tos/tables';

type Element = GoogleAppsScript.Docs.Schema.StructuralElement;

/** A document of three paragraphs and a 2×2 table between the second and third, made with DocumentApp. */
function sample() {
  const g = gas(workspace());
  const doc = g.DocumentApp.create('T');
  const body = doc.getBody();
  body.getChild(0).asParagraph().setText('Hello {{name}}');
  body.appendParagraph('Second');
  body.appendTable([
    ['a', 'b'],
    ['c', '{{name}}'],
  ]);
  body.appendParagraph('Last');
  return { g, id: doc.getId(), body: () => g.DocumentApp.openById(doc.getId()).getBody() };
}

function texts(g: ReturnType<typeof gas>, id: string): string[] {
  const body = g.DocumentApp.openById(id).getBody();
  const out: string[] = [];
  for (let i = 0; i < body.getNumChildren(); i++) {
    const child = body.getChild(i);
    const table = child.getType() === g.DocumentApp.ElementType.TABLE;
    out.push(table ? child.asTable().getText() : child.asParagraph().getText());
  }
  return out;
}

describe('Docs API: documents.get', () => {
  documented(STRUCTURE, 'the body starts with a section break, its first paragraph at index 1', () => {
    const { g, id } = sample();
    const content = g.Docs.Documents.get(id).body!.content!;
    expect(content[0].sectionBreak).toBeDefined();
    expect(content[0].endIndex).toBe(1);
    expect(content[1].startIndex).toBe(1);
    expect(content[1].paragraph!.elements![0].textRun!.content).toBe('Hello {{name}}\n');
  });

  documented(STRUCTURE, 'each paragraph ends with a newline and indices count UTF-16 code units', () => {
    const { g, id } = sample();
    const content = g.Docs.Documents.get(id).body!.content!;
    expect(content[1].endIndex).toBe(1 + 'Hello {{name}}\n'.length);
    expect(content[2].startIndex).toBe(content[1].endIndex);
    expect(content[2].endIndex! - content[2].startIndex!).toBe('Second\n'.length);
  });

  documented(TABLES, 'a table holds rows of cells of paragraphs, each with its own start and end index', () => {
    const { g, id } = sample();
    const content = g.Docs.Documents.get(id).body!.content!;
    const table = content[3] as Element;
    expect(table.table!.rows).toBe(2);
    expect(table.table!.columns).toBe(2);
    const row = table.table!.tableRows![0];
    // The table's start, the row's start, the cell's start, then the cell's paragraph.
    expect(row.startIndex).toBe(table.startIndex! + 1);
    const cell = row.tableCells![0];
    expect(cell.startIndex).toBe(row.startIndex! + 1);
    expect(cell.content![0].startIndex).toBe(cell.startIndex! + 1);
    expect(cell.content![0].paragraph!.elements![0].textRun!.content).toBe('a\n');
    expect(content[4].startIndex).toBe(table.endIndex);
    expect(content[4].paragraph!.elements![0].textRun!.content).toBe('Last\n');
  });

  documented(`${REST}/documents/get`, 'a document that is not there is 404 "Requested entity was not found."', () => {
    const g = gas(workspace());
    expect(() => g.Docs.Documents.get('nope')).toThrow(/Requested entity was not found/);
  });
});

describe('Docs API: documents.batchUpdate', () => {
  documented(`${REQUEST}#ReplaceAllTextRequest`, 'replaceAllText replaces every instance, tables included', () => {
    const { g, id } = sample();
    const out = g.Docs.Documents.batchUpdate(
      { requests: [{ replaceAllText: { containsText: { text: '{{name}}', matchCase: true }, replaceText: 'Ә' } }] },
      id,
    );
    expect(out.replies![0].replaceAllText!.occurrencesChanged).toBe(2);
    expect(texts(g, id)[0]).toBe('Hello Ә');
    expect(texts(g, id)[2]).toMatch(/Ә/);
  });

  documented(
    `${REQUEST}#SubstringMatchCriteria`,
    'matchCase true respects case; false (the default) ignores it',
    () => {
      const { g, id } = sample();
      const replace = (text: string, matchCase?: boolean) =>
        g.Docs.Documents.batchUpdate(
          { requests: [{ replaceAllText: { containsText: { text, matchCase }, replaceText: 'x' } }] },
          id,
        ).replies![0].replaceAllText?.occurrencesChanged ?? 0;
      expect(replace('SECOND', true)).toBe(0);
      expect(replace('SECOND')).toBe(1);
      expect(texts(g, id)[1]).toBe('x');
    },
  );

  documented(BATCH, 'requests apply in order: a later request sees what an earlier one inserted', () => {
    const { g, id } = sample();
    g.Docs.Documents.batchUpdate(
      {
        requests: [
          { replaceAllText: { containsText: { text: 'Second', matchCase: true }, replaceText: '{{b}}' } },
          { replaceAllText: { containsText: { text: '{{b}}', matchCase: true }, replaceText: 'B' } },
        ],
      },
      id,
    );
    expect(texts(g, id)[1]).toBe('B');
  });

  documented(BATCH, 'if any request is not valid, the whole call fails and nothing is applied', () => {
    const { g, id } = sample();
    expect(() =>
      g.Docs.Documents.batchUpdate(
        {
          requests: [
            { replaceAllText: { containsText: { text: 'Second', matchCase: true }, replaceText: 'changed' } },
            { deleteContentRange: { range: { startIndex: 5, endIndex: 5 } } },
          ],
        },
        id,
      ),
    ).toThrow(/Invalid requests\[1\]/);
    expect(texts(g, id)[1]).toBe('Second');
  });

  documented(`${REQUEST}#DeleteContentRangeRequest`, 'deleting whole paragraphs removes them', () => {
    const { g, id } = sample();
    const content = g.Docs.Documents.get(id).body!.content!;
    g.Docs.Documents.batchUpdate(
      {
        requests: [
          { deleteContentRange: { range: { startIndex: content[1].startIndex, endIndex: content[1].endIndex } } },
        ],
      },
      id,
    );
    expect(texts(g, id)).toHaveLength(3);
    expect(texts(g, id)[0]).toBe('Second');
  });

  documented(`${REQUEST}#DeleteContentRangeRequest`, 'a table goes whole with the paragraph before it', () => {
    const { g, id } = sample();
    const content = g.Docs.Documents.get(id).body!.content!;
    g.Docs.Documents.batchUpdate(
      {
        requests: [
          { deleteContentRange: { range: { startIndex: content[2].startIndex, endIndex: content[3].endIndex } } },
        ],
      },
      id,
    );
    expect(texts(g, id)).toEqual(['Hello {{name}}', 'Last']);
  });

  documented(
    `${REQUEST}#DeleteContentRangeRequest`,
    'invalid: the last newline of the body, part of a table, the newline before a table without the table',
    () => {
      const { g, id } = sample();
      const content = g.Docs.Documents.get(id).body!.content!;
      const del = (startIndex: number, endIndex: number) => () =>
        g.Docs.Documents.batchUpdate({ requests: [{ deleteContentRange: { range: { startIndex, endIndex } } }] }, id);
      const last = content[4];
      expect(del(last.startIndex!, last.endIndex!)).toThrow(/last newline/);
      const table = content[3];
      expect(del(table.startIndex!, table.endIndex! - 1)).toThrow(/table/);
      expect(del(content[2].startIndex!, content[2].endIndex!)).toThrow(/newline before a table/);
      // The content within a cell may go, but not the cell's last newline.
      const cell = table.table!.tableRows![0].tableCells![0].content![0];
      expect(del(cell.startIndex!, cell.endIndex!)).toThrow(/last newline of a table cell/);
      expect(del(cell.startIndex!, cell.endIndex! - 1)).not.toThrow();
    },
  );

  documented(`${REQUEST}#DeleteContentRangeRequest`, 'deleting inside a paragraph keeps the rest of it', () => {
    const { g, id } = sample();
    g.Docs.Documents.batchUpdate(
      { requests: [{ deleteContentRange: { range: { startIndex: 6, endIndex: 15 } } }] },
      id,
    );
    expect(texts(g, id)[0]).toBe('Hello');
  });

  documented(`${REQUEST}#InsertTextRequest`, 'text goes inside an existing paragraph, not at a table start', () => {
    const { g, id } = sample();
    const content = g.Docs.Documents.get(id).body!.content!;
    g.Docs.Documents.batchUpdate({ requests: [{ insertText: { location: { index: 1 }, text: '» ' } }] }, id);
    expect(texts(g, id)[0]).toBe('» Hello {{name}}');
    expect(() =>
      g.Docs.Documents.batchUpdate(
        { requests: [{ insertText: { location: { index: content[3].startIndex! + 2 }, text: 'x' } }] },
        id,
      ),
    ).toThrow(/inside the bounds of an existing paragraph/);
  });

  documented(
    `${REQUEST}#InsertTextRequest`,
    'a newline makes a new paragraph; private-use characters are stripped',
    () => {
      const { g, id } = sample();
      g.Docs.Documents.batchUpdate({ requests: [{ insertText: { location: { index: 1 }, text: 'A\uE000\nB' } }] }, id);
      expect(texts(g, id).slice(0, 2)).toEqual(['A', 'BHello {{name}}']);
    },
  );

  documented(`${REQUEST}#InsertTextRequest`, 'inserted text takes the style of the text just before it', () => {
    const { g, id, body } = sample();
    body().getChild(0).asParagraph().editAsText().setBold(0, 4, true);
    g.Docs.Documents.batchUpdate({ requests: [{ insertText: { location: { index: 3 }, text: 'zz' } }] }, id);
    const t = body().getChild(0).asParagraph().editAsText();
    expect(t.getText()).toBe('Hezzllo {{name}}');
    expect(t.isBold(2)).toBe(true);
    expect(t.isBold(8)).toBe(false);
  });

  documented(`${REST}/documents/get`, 'a header and a footer are segments of their own, starting at index 0', () => {
    const g = gas(workspace());
    const doc = g.DocumentApp.create('H');
    doc.addFooter().getChild(0).asParagraph().setText('{{id}} · page');
    const got = g.Docs.Documents.get(doc.getId());
    const footerId = got.documentStyle!.defaultFooterId!;
    const footers = got.footers as Record<string, GoogleAppsScript.Docs.Schema.Footer>;
    const footer = footers[footerId].content!;
    expect(footer[0].startIndex).toBeUndefined();
    expect(footer[0].endIndex).toBe('{{id}} · page\n'.length);
    g.Docs.Documents.batchUpdate(
      {
        requests: [
          { deleteContentRange: { range: { segmentId: footerId, startIndex: 0, endIndex: 7 } } },
          { replaceAllText: { containsText: { text: 'page', matchCase: true }, replaceText: 'бет' } },
        ],
      },
      doc.getId(),
    );
    expect(g.DocumentApp.openById(doc.getId()).getFooter()!.getText()).toBe('· бет');
  });
});

describe('Docs API: building a document', () => {
  documented(
    `${REQUEST}#InsertTableRequest`,
    'a table goes in after a newline inserted before it: it starts at index + 1',
    () => {
      const g = gas(workspace());
      const doc = g.DocumentApp.create('T');
      const id = doc.getId();
      g.Docs.Documents.batchUpdate({ requests: [{ insertText: { location: { index: 1 }, text: 'ab' } }] }, id);
      g.Docs.Documents.batchUpdate(
        { requests: [{ insertTable: { rows: 2, columns: 3, location: { index: 2 } } }] },
        id,
      );
      const content = g.Docs.Documents.get(id).body!.content!;
      expect(content[1].paragraph!.elements![0].textRun!.content).toBe('a\n');
      expect(content[2].startIndex).toBe(3);
      expect([content[2].table!.rows, content[2].table!.columns]).toEqual([2, 3]);
      expect(content[3].paragraph!.elements![0].textRun!.content).toBe('b\n');
      // Each cell holds one empty paragraph, ready for insertText at its start index.
      const cell = content[2].table!.tableRows![1].tableCells![2].content![0];
      g.Docs.Documents.batchUpdate(
        { requests: [{ insertText: { location: { index: cell.startIndex }, text: 'Ә' } }] },
        id,
      );
      expect(g.DocumentApp.openById(id).getBody().getChild(1).asTable().getCell(1, 2).getText()).toBe('Ә');
    },
  );

  documented(`${REQUEST}#UpdateTextStyleRequest`, 'updateTextStyle sets the fields it names on the range', () => {
    const g = gas(workspace());
    const doc = g.DocumentApp.create('T');
    const id = doc.getId();
    g.Docs.Documents.batchUpdate(
      {
        requests: [
          { insertText: { location: { index: 1 }, text: 'Келісілді' } },
          {
            updateTextStyle: {
              range: { startIndex: 1, endIndex: 4 },
              textStyle: {
                bold: true,
                fontSize: { magnitude: 14, unit: 'PT' },
                weightedFontFamily: { fontFamily: 'Times New Roman' },
              },
              fields: 'bold,fontSize,weightedFontFamily',
            },
          },
        ],
      },
      id,
    );
    const t = g.DocumentApp.openById(id).getBody().getChild(0).asParagraph().editAsText();
    expect([t.isBold(0), t.isBold(2), t.isBold(3)]).toEqual([true, true, false]);
    expect([t.getFontSize(0), t.getFontFamily(0)]).toEqual([14, 'Times New Roman']);
    expect(() =>
      g.Docs.Documents.batchUpdate(
        { requests: [{ updateTextStyle: { range: { startIndex: 1, endIndex: 2 }, textStyle: { bold: true } } }] },
        id,
      ),
    ).toThrow(/fields/);
  });

  documented(
    `${REQUEST}#UpdateParagraphStyleRequest`,
    'updateParagraphStyle aligns every paragraph the range touches',
    () => {
      const g = gas(workspace());
      const doc = g.DocumentApp.create('T');
      const id = doc.getId();
      g.Docs.Documents.batchUpdate(
        {
          requests: [
            { insertText: { location: { index: 1 }, text: 'a\nb\nc' } },
            {
              updateParagraphStyle: {
                range: { startIndex: 1, endIndex: 4 },
                paragraphStyle: { alignment: 'CENTER' },
                fields: 'alignment',
              },
            },
          ],
        },
        id,
      );
      const body = g.DocumentApp.openById(id).getBody();
      const align = (i: number) => String(body.getChild(i).asParagraph().getAlignment());
      expect([align(0), align(1), align(2)]).toEqual(['CENTER', 'CENTER', 'LEFT']);
    },
  );

  documented(`${REQUEST}#CreateHeaderRequest`, 'createHeader makes the default header and replies with its id', () => {
    const g = gas(workspace());
    const doc = g.DocumentApp.create('T');
    const id = doc.getId();
    // The typings predate createHeader and createFooter: the requests and replies are typed here.
    type Reply = { createHeader?: { headerId: string }; createFooter?: { footerId: string } };
    const create = (kind: 'createHeader' | 'createFooter') =>
      g.Docs.Documents.batchUpdate({ requests: [{ [kind]: { type: 'DEFAULT' } } as object] }, id).replies![0] as Reply;
    const headerId = create('createHeader').createHeader!.headerId;
    const footerId = create('createFooter').createFooter!.footerId;
    g.Docs.Documents.batchUpdate(
      {
        requests: [
          { insertText: { location: { segmentId: headerId, index: 0 }, text: 'Университет' } },
          { insertText: { location: { segmentId: footerId, index: 0 }, text: 'Жоба' } },
        ],
      },
      id,
    );
    const again = g.DocumentApp.openById(id);
    expect([again.getHeader()!.getText(), again.getFooter()!.getText()]).toEqual(['Университет', 'Жоба']);
    expect(() => create('createHeader')).toThrow(/already exists/);
  });
});

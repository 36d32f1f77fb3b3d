import { documented, gas, GAS, workspace } from './reference';

const REPLACE = `${GAS}document/body#replaceText(String,String)`;

const body = () => gas(workspace()).DocumentApp.create('t').getBody();

describe('DocumentApp', () => {
  documented(REPLACE, 'the replacement is literal text: $1 and $& are not expanded', () => {
    const b = body();
    b.getChild(0).asParagraph().setText('{{a}}');
    b.replaceText('\\{\\{a\\}\\}', '$& $1');
    expect(b.getText()).toBe('$& $1');
  });

  documented(REPLACE, 'a match never spans paragraphs', () => {
    const b = body();
    b.getChild(0).asParagraph().setText('{{a');
    b.appendParagraph('}}');
    b.replaceText('a\\n\\}', 'Z');
    expect(b.getText()).toBe('{{a\n}}');
  });

  documented(REPLACE, 'the pattern is RE2: look-around and back-references are refused', () => {
    const b = body();
    expect(() => b.replaceText('(?<=a)b', 'c')).toThrow();
    expect(() => b.replaceText('(a)\\1', 'c')).toThrow();
  });

  documented(REPLACE, 'the text replaced keeps its style', () => {
    const b = body();
    const p = b.getChild(0).asParagraph();
    p.setText('{{a}} b');
    p.editAsText().setBold(0, 4, true);
    b.replaceText('\\{\\{a\\}\\}', 'X');
    expect(p.editAsText().isBold(0)).toBe(true);
    expect(p.editAsText().isBold(2)).toBe(false);
  });

  documented(
    `${GAS}document/paragraph#setAttributes(Object)`,
    'setAttributes takes a style object of DocumentApp.Attribute keys: text attributes on all its text, and alignment',
    () => {
      const { DocumentApp } = gas(workspace());
      const b = DocumentApp.create('t').getBody();
      const a = DocumentApp.Attribute;
      const p = b.appendParagraph('Келісілді').setAttributes({
        [a.BOLD]: true,
        [a.FONT_FAMILY]: 'Times New Roman',
        [a.FONT_SIZE]: 14,
        [a.HORIZONTAL_ALIGNMENT]: DocumentApp.HorizontalAlignment.CENTER,
      });
      expect(p.getAlignment()).toBe(DocumentApp.HorizontalAlignment.CENTER);
      expect(p.editAsText().isBold(8)).toBe(true);
      expect([p.editAsText().getFontFamily(0), p.editAsText().getFontSize(0)]).toEqual(['Times New Roman', 14]);
    },
  );

  documented(
    `${GAS}document/table-cell#setAttributes(Object)`,
    'a table cell takes a style object too: bold on all its text',
    () => {
      const { DocumentApp } = gas(workspace());
      const t = DocumentApp.create('t')
        .getBody()
        .appendTable([['№', 'Аты-жөні']]);
      t.getCell(0, 1).setAttributes({ [DocumentApp.Attribute.BOLD]: true });
      expect(t.getCell(0, 1).editAsText().isBold(0)).toBe(true);
      expect(t.getCell(0, 0).editAsText().isBold(0)).toBe(false);
    },
  );
});

describe('DocumentApp classes offer what Google declares', () => {
  documented(
    `${GAS}document/paragraph`,
    "Paragraph has no setBold or setFontSize (they are Text's): styling goes through editAsText()",
    () => {
      const p = body().getChild(0).asParagraph();
      expect((p as unknown as Record<string, unknown>).setBold).toBeUndefined();
      expect((p as unknown as Record<string, unknown>).setFontSize).toBeUndefined();
      p.setText('x');
      expect(p.editAsText().setBold(true).isBold(0)).toBe(true);
    },
  );

  documented(
    `${GAS}document/document#getHeader()`,
    "a new document has no header: getHeader() is null ('if one exists'), then the one added",
    () => {
      const doc = gas(workspace()).DocumentApp.create('t');
      expect(doc.getHeader()).toBeNull();
      doc.addHeader();
      expect(doc.getHeader()).not.toBeNull();
    },
  );
});

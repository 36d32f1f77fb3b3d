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
});

import { documented, gas, GAS, workspace } from './reference';

const XML = `${GAS}xml-service/xml-service`;
const ELEMENT = `${GAS}xml-service/element`;
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const DOC = `<?xml version="1.0" encoding="UTF-8"?>
<w:document xmlns:w="${W}"><w:body>
  <w:p><w:r><w:t>БЕКІТЕМІН</w:t></w:r></w:p>
  <w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="5"/></w:tcPr><w:p><w:r><w:t>1 Бөлім</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
  <plain a="1">own <b>inner</b> text</plain>
</w:body></w:document>`;

describe('XmlService', () => {
  documented(`${XML}#parse(String)`, 'parse makes a Document whose root element is the outermost one', () => {
    const { XmlService } = gas(workspace());
    const root = XmlService.parse(DOC).getRootElement()!;
    expect(root.getName()).toBe('document');
    expect(root.getQualifiedName()).toBe('w:document');
    expect(root.isRootElement()).toBe(true);
  });

  documented(`${XML}#parse(String)`, 'parse of text that is not well-formed XML throws', () => {
    const { XmlService } = gas(workspace());
    expect(() => XmlService.parse('<a><b></a>')).toThrow();
    expect(() => XmlService.parse('not xml')).toThrow();
  });

  documented(
    `${ELEMENT}#getChildren(String,Namespace)`,
    'getChildren(name, namespace) gives the immediate children of that name in that namespace',
    () => {
      const { XmlService } = gas(workspace());
      const w = XmlService.getNamespace('w', W);
      const body = XmlService.parse(DOC).getRootElement()!.getChild('body', w)!;
      expect(body.getChildren('p', w)).toHaveLength(1);
      expect(body.getChildren('tbl', w)).toHaveLength(1);
      expect(body.getChildren()).toHaveLength(3);
    },
  );

  documented(
    `${ELEMENT}#getChildren(String)`,
    'getChildren(name) without a namespace matches only children in no namespace',
    () => {
      const { XmlService } = gas(workspace());
      const w = XmlService.getNamespace('w', W);
      const body = XmlService.parse(DOC).getRootElement()!.getChild('body', w)!;
      expect(body.getChildren('p')).toHaveLength(0);
      expect(body.getChildren('plain')).toHaveLength(1);
      expect(body.getChild('missing')).toBeNull();
    },
  );

  documented(
    `${ELEMENT}#getAttribute(String,Namespace)`,
    'getAttribute gives the attribute of that name (and namespace), or null',
    () => {
      const { XmlService } = gas(workspace());
      const w = XmlService.getNamespace('w', W);
      const body = XmlService.parse(DOC).getRootElement()!.getChild('body', w)!;
      const span = body.getChild('tbl', w)!.getChild('tr', w)!.getChild('tc', w)!.getChild('tcPr', w)!;
      expect(span.getChild('gridSpan', w)!.getAttribute('val', w)!.getValue()).toBe('5');
      expect(span.getChild('gridSpan', w)!.getAttribute('val')).toBeNull();
      expect(body.getChild('plain')!.getAttribute('a')!.getValue()).toBe('1');
    },
  );

  documented(
    `${ELEMENT}#getText()`,
    'getText is the element’s own text; getValue the text of all its descendants in document order',
    () => {
      const { XmlService } = gas(workspace());
      const w = XmlService.getNamespace('w', W);
      const plain = XmlService.parse(DOC).getRootElement()!.getChild('body', w)!.getChild('plain')!;
      expect(plain.getText()).toBe('own  text');
      expect(plain.getValue()).toBe('own inner text');
    },
  );
});

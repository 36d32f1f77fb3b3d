/**
 * XmlService, read side (parse, elements, attributes, namespaces), over @xmldom/xmldom. Jospar reads the XML inside an
 * uploaded .docx or .xlsx with it. Names follow Google's reference: getChildren(name) and getAttribute(name) without a
 * namespace match only nodes in no namespace; getText() is an element's own text, getValue() that of all descendants.
 */
import { DOMParser, type Element as DomElement, type Node as DomNode } from '@xmldom/xmldom';
import type { Emulates } from './conforms';
import type { Emulated } from './counter';

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

export class LocalNamespace
  implements Emulated, Emulates<GoogleAppsScript.XML_Service.Namespace, 'getURI' | 'getPrefix'>
{
  readonly gasClass = 'Namespace';
  readonly gasService = 'xml' as const;
  constructor(
    private readonly prefix: string,
    private readonly uri: string,
  ) {}
  getURI(): string {
    return this.uri;
  }
  getPrefix(): string {
    return this.prefix;
  }
}

export class LocalAttribute
  implements Emulated, Emulates<GoogleAppsScript.XML_Service.Attribute, 'getName' | 'getValue'>
{
  readonly gasClass = 'Attribute';
  readonly gasService = 'xml' as const;
  constructor(
    private readonly name: string,
    private readonly value: string,
  ) {}
  getName(): string {
    return this.name;
  }
  getValue(): string {
    return this.value;
  }
}

type Ns = { getURI(): string } | undefined;
const uriOf = (ns: Ns) => (ns ? ns.getURI() : '');

export class LocalElement
  implements
    Emulated,
    Emulates<
      GoogleAppsScript.XML_Service.Element,
      'getName' | 'getQualifiedName' | 'getText' | 'getValue' | 'isRootElement' | 'getChildText'
    >
{
  readonly gasClass = 'Element';
  readonly gasService = 'xml' as const;
  constructor(readonly _node: DomElement) {}
  getName(): string {
    return this._node.localName ?? this._node.nodeName;
  }
  getQualifiedName(): string {
    return this._node.nodeName;
  }
  getNamespace(): LocalNamespace {
    return new LocalNamespace(this._node.prefix ?? '', this._node.namespaceURI ?? '');
  }
  getChildren(name?: string, namespace?: Ns): LocalElement[] {
    const out: LocalElement[] = [];
    for (let n: DomNode | null = this._node.firstChild; n; n = n.nextSibling) {
      if (n.nodeType !== ELEMENT) continue;
      const e = n as DomElement;
      if (name === undefined || (e.localName === name && (e.namespaceURI ?? '') === uriOf(namespace)))
        out.push(new LocalElement(e));
    }
    return out;
  }
  getChild(name: string, namespace?: Ns): LocalElement | null {
    return this.getChildren(name, namespace)[0] ?? null;
  }
  getChildText(name: string, namespace?: Ns): string | null {
    return this.getChild(name, namespace)?.getText() ?? null;
  }
  getAttribute(name: string, namespace?: Ns): LocalAttribute | null {
    const uri = uriOf(namespace);
    const attrs = this._node.attributes;
    for (let i = 0; i < attrs.length; i++) {
      const a = attrs.item(i)!;
      if ((a.localName ?? a.name) === name && (a.namespaceURI ?? '') === uri) return new LocalAttribute(name, a.value);
    }
    return null;
  }
  getText(): string {
    let s = '';
    for (let n: DomNode | null = this._node.firstChild; n; n = n.nextSibling)
      if (n.nodeType === TEXT || n.nodeType === CDATA) s += n.nodeValue ?? '';
    return s;
  }
  getValue(): string {
    return this._node.textContent ?? '';
  }
  isRootElement(): boolean {
    return this._node.parentNode?.nodeType === 9;
  }
}

export class LocalXmlDocument implements Emulated {
  readonly gasClass = 'Document';
  readonly gasService = 'xml' as const;
  constructor(private readonly root: DomElement) {}
  getRootElement(): LocalElement {
    return new LocalElement(this.root);
  }
}

export class LocalXmlService
  implements Emulated, Emulates<GoogleAppsScript.XML_Service.XmlService, 'parse' | 'getNamespace' | 'getNoNamespace'>
{
  readonly gasClass = 'XmlService';
  readonly gasService = 'xml' as const;
  /** Parses well-formed XML; anything else throws, as Apps Script's parser does. */
  parse(xml: string): LocalXmlDocument {
    const parser = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') throw new Error(`Exception: Error on line: ${message}`);
      },
    });
    const doc = parser.parseFromString(String(xml), 'text/xml');
    if (!doc.documentElement) throw new Error('Exception: Content is not allowed in prolog.');
    return new LocalXmlDocument(doc.documentElement);
  }
  getNamespace(prefixOrUri: string, uri?: string): LocalNamespace {
    return uri === undefined ? new LocalNamespace('', prefixOrUri) : new LocalNamespace(prefixOrUri, uri);
  }
  getNoNamespace(): LocalNamespace {
    return new LocalNamespace('', '');
  }
}

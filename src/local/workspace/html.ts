/**
 * HtmlService, as far as Jospar uses it (https://developers.google.com/apps-script/reference/html/html-service and
 * .../html/html-output): an HtmlOutput made from a project file or a string, with a title and a width. The project's
 * HTML files are the files built into dist/ (Apps Script names them without the .html extension).
 */
import type { Emulates } from './conforms';
import type { Emulated } from './counter';

/** Sidebars in Sheets are 300 px wide whatever the output asks (HtmlOutput.setWidth is for dialogs). */
export const SIDEBAR_WIDTH = 300;
const DEFAULT_TITLE = '';

export class LocalHtmlOutput
  implements
    Emulated,
    Emulates<
      GoogleAppsScript.HTML.HtmlOutput,
      | 'getContent'
      | 'setContent'
      | 'append'
      | 'appendUntrusted'
      | 'clear'
      | 'getTitle'
      | 'setTitle'
      | 'getWidth'
      | 'setWidth'
      | 'getHeight'
      | 'setHeight'
    >
{
  readonly gasClass = 'HtmlOutput';
  readonly gasService = 'ui' as const;
  _title = DEFAULT_TITLE;
  _width = 600;
  _height = 400;
  constructor(public _html: string) {}
  getContent(): string {
    return this._html;
  }
  setContent(content: string): this {
    this._html = String(content);
    return this;
  }
  append(addedContent: string): this {
    this._html += String(addedContent);
    return this;
  }
  /** Appends text with contextual escaping: the characters HTML would read as markup become entities. */
  appendUntrusted(addedContent: string): this {
    this._html += escapeHtml(String(addedContent));
    return this;
  }
  clear(): this {
    this._html = '';
    return this;
  }
  getTitle(): string {
    return this._title;
  }
  setTitle(title: string): this {
    this._title = String(title);
    return this;
  }
  getWidth(): number {
    return this._width;
  }
  setWidth(width: number): this {
    this._width = Math.trunc(Number(width));
    return this;
  }
  getHeight(): number {
    return this._height;
  }
  setHeight(height: number): this {
    this._height = Math.trunc(Number(height));
    return this;
  }
}

export class LocalHtmlService
  implements Emulated, Emulates<GoogleAppsScript.HTML.HtmlService, 'createHtmlOutputFromFile'>
{
  readonly gasClass = 'HtmlService';
  readonly gasService = 'ui' as const;
  /** @param files project HTML files by name, without the extension ("Sidebar" → its content). */
  constructor(private readonly files: ReadonlyMap<string, string>) {}
  createHtmlOutput(html = ''): LocalHtmlOutput {
    return new LocalHtmlOutput(String(html));
  }
  createHtmlOutputFromFile(filename: string): LocalHtmlOutput {
    const name = String(filename).replace(/\.html$/, '');
    const content = this.files.get(name);
    if (content === undefined) throw new Error(`No HTML file named ${name} was found.`);
    return new LocalHtmlOutput(content);
  }
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

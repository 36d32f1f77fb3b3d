import { documented, GAS, workspace } from './reference';
import type { Workspace } from '../../../src/local/workspace/workspace';

interface HtmlGas {
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
}

function gasWith(files: Record<string, string>): { g: HtmlGas; ws: Workspace } {
  const ws = workspace();
  for (const [name, content] of Object.entries(files)) ws.htmlFiles.set(name, content);
  return { g: ws.globals() as unknown as HtmlGas, ws };
}

const SERVICE = `${GAS}html/html-service`;
const OUTPUT = `${GAS}html/html-output`;

describe('HtmlService', () => {
  documented(`${SERVICE}#createHtmlOutputFromFile(String)`, 'a project file becomes the output content', () => {
    const { g } = gasWith({ Sidebar: '<p>hi</p>' });
    expect(g.HtmlService.createHtmlOutputFromFile('Sidebar').getContent()).toBe('<p>hi</p>');
  });

  documented(
    `${SERVICE}#createHtmlOutputFromFile(String)`,
    'a missing file throws Google\'s message "No HTML file named … was found."',
    () => {
      const { g } = gasWith({});
      expect(() => g.HtmlService.createHtmlOutputFromFile('Nope')).toThrow('No HTML file named Nope was found.');
    },
  );

  documented(`${SERVICE}#createHtmlOutput(String)`, 'an output made from a string holds that string', () => {
    const { g } = gasWith({});
    expect(g.HtmlService.createHtmlOutput('<b>x</b>').getContent()).toBe('<b>x</b>');
  });

  documented(`${OUTPUT}#setTitle(String)`, 'the title set is the title read back, and setters chain', () => {
    const { g } = gasWith({});
    const out = g.HtmlService.createHtmlOutput('').setTitle('Jospar').setWidth(250);
    expect(out.getTitle()).toBe('Jospar');
    expect(out.getWidth()).toBe(250);
  });

  documented(`${OUTPUT}#append(String)`, 'append adds content as is', () => {
    const { g } = gasWith({});
    expect(g.HtmlService.createHtmlOutput('<p>').append('<i>a</i>').getContent()).toBe('<p><i>a</i>');
  });

  documented(`${OUTPUT}#appendUntrusted(String)`, 'appendUntrusted escapes the markup characters', () => {
    const { g } = gasWith({});
    const out = g.HtmlService.createHtmlOutput('').appendUntrusted('<img src=x onerror="alert(1)">');
    expect(out.getContent()).toBe('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
  });

  documented(`${OUTPUT}#clear()`, 'clear empties the content', () => {
    const { g } = gasWith({});
    expect(g.HtmlService.createHtmlOutput('abc').clear().getContent()).toBe('');
  });

  documented(`${GAS}base/ui#showSidebar(Object)`, 'showSidebar shows the output with its title', () => {
    const { g, ws } = gasWith({ Sidebar: '<p>side</p>' });
    const out = g.HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Jospar');
    g.SpreadsheetApp.getUi().showSidebar(out);
    expect(ws.ui.sidebars[ws.ui.sidebars.length - 1]).toEqual({ title: 'Jospar', html: '<p>side</p>' });
  });
});

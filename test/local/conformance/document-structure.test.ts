/**
 * The DocumentApp methods the printed plan, the report and the order fill use beyond replaceText
 * (documents.test.ts): paragraph alignment and headings, fonts, tables grown from a copied row, PDF export; and the
 * few Sheets, chart and HTML setters the add-on calls that had no test of their own.
 */
import { documented, gas, GAS, workspace } from './reference';

const doc = () => gas(workspace()).DocumentApp;

describe('DocumentApp: paragraphs and text', () => {
  documented(
    `${GAS}document/paragraph#setAlignment(HorizontalAlignment)`,
    'setAlignment and setHeading set what getAlignment and getHeading then give',
    () => {
      const DocumentApp = doc();
      const p = DocumentApp.create('t').getBody().appendParagraph('Бөлім');
      p.setAlignment(DocumentApp.HorizontalAlignment.CENTER).setHeading(DocumentApp.ParagraphHeading.HEADING2);
      expect(String(p.getAlignment())).toBe(String(DocumentApp.HorizontalAlignment.CENTER));
      expect(String(p.getHeading())).toBe(String(DocumentApp.ParagraphHeading.HEADING2));
    },
  );

  documented(
    `${GAS}document/text#setFontFamily(String)`,
    'setFontFamily and setFontSize on the whole text are read back at any offset',
    () => {
      const t = doc().create('t').getBody().appendParagraph('Бұйрық').editAsText();
      t.setFontFamily('Times New Roman');
      t.setFontSize(14);
      expect(t.getFontFamily(0)).toBe('Times New Roman');
      expect(t.getFontSize(5)).toBe(14);
    },
  );

  documented(
    `${GAS}document/paragraph#removeFromParent()`,
    "removeFromParent takes a paragraph out (not a section's last: Google's message); copy keeps the text",
    () => {
      const body = doc().create('t').getBody();
      const p = body.appendParagraph('жол');
      const last = body.appendParagraph('соңы');
      expect(() => last.removeFromParent()).toThrow("Can't remove the last paragraph in a document section.");
      const n = body.getNumChildren();
      const copy = p.copy();
      expect(copy.getText()).toBe('жол');
      p.removeFromParent();
      expect(body.getNumChildren()).toBe(n - 1);
      expect(body.getText()).not.toContain('жол');
    },
  );
});

describe('DocumentApp: tables', () => {
  documented(
    `${GAS}document/table#insertTableRow(Integer,TableRow)`,
    'a copied row inserted at an index becomes that row; the template row can then be removed',
    () => {
      const body = doc().create('t').getBody();
      body.appendTable([
        ['№', 'Аты-жөні'],
        ['{{n}}', '{{name}}'],
      ]);
      const [table] = body.getTables();
      const template = table.getRow(1);
      expect(template.getNumCells()).toBe(2);
      for (const [i, name] of ['А. Әлиев', 'Б. Бекова'].entries()) {
        const row = table.insertTableRow(1 + i, template.copy());
        row.getCell(1).setText(name);
      }
      template.removeFromParent();
      expect(table.getNumRows()).toBe(3);
      expect([1, 2].map((r) => table.getCell(r, 1).getText())).toEqual(['А. Әлиев', 'Б. Бекова']);
    },
  );

  documented(`${GAS}document/body#getTables()`, 'getTables lists the body’s tables in order', () => {
    const body = doc().create('t').getBody();
    expect(body.getTables()).toEqual([]);
    body.appendTable([['a']]);
    body.appendParagraph('x');
    body.appendTable([['b']]);
    expect(body.getTables().map((t) => t.getCell(0, 0).getText())).toEqual(['a', 'b']);
  });
});

describe('DocumentApp: the document', () => {
  documented(
    `${GAS}document/document#getAs(String)`,
    'getAs("application/pdf") gives a PDF blob named after the document; other types are refused',
    () => {
      const d = doc().create('Бұйрық 1.07');
      d.getBody().appendParagraph('мәтін');
      d.saveAndClose();
      const blob = d.getAs('application/pdf');
      expect(blob.getContentType()).toBe('application/pdf');
      expect(blob.getName()).toBe('Бұйрық 1.07.pdf');
      expect(() => d.getAs('image/gif')).toThrow();
    },
  );
});

describe('Setters with no test of their own', () => {
  documented(
    `${GAS}spreadsheet/range#setWrap(Boolean)`,
    'setWrap sets whether the cells wrap, as getWrap reads',
    () => {
      const range = gas(workspace()).SpreadsheetApp.getActive().getActiveSheet().getRange('A1:C1');
      range.setWrap(true);
      expect(range.getWrap()).toBe(true);
      range.setWrap(false);
      expect(range.getWrap()).toBe(false);
    },
  );

  documented(`${GAS}html/html-output#setHeight(Integer)`, 'setHeight sets what getHeight gives', () => {
    const html = (workspace().globals() as unknown as { HtmlService: GoogleAppsScript.HTML.HtmlService }).HtmlService;
    expect(html.createHtmlOutput('<p>x</p>').setWidth(480).setHeight(320).getHeight()).toBe(320);
  });

  documented(
    `${GAS}spreadsheet/embedded-chart-builder#setPosition(Integer,Integer,Integer,Integer)`,
    'setPosition anchors the chart’s top left corner at a cell, with offsets in pixels',
    () => {
      const ws = workspace();
      const g = ws.globals() as unknown as {
        SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
        Charts: GoogleAppsScript.Charts.Charts;
      };
      const sheet = g.SpreadsheetApp.getActive().getActiveSheet();
      sheet.getRange('A1:B2').setValues([
        ['a', 1],
        ['b', 2],
      ]);
      const chart = sheet
        .newChart()
        .setChartType(g.Charts.ChartType.BAR)
        .addRange(sheet.getRange('A1:B2'))
        .setPosition(3, 10, 0, 0)
        .build();
      sheet.insertChart(chart);
      expect(ws.spreadsheet.getActiveSheet()._charts[0].position).toEqual({
        row: 3,
        column: 10,
        offsetX: 0,
        offsetY: 0,
      });
    },
  );
});

/**
 * Drive's import of a Word file into a Google Doc (files.create with the Google Docs MIME type and a .docx as the
 * media), and the AutoText a Word page-number field becomes: how Jospar numbers the pages of the printed plan and the
 * execution report (src/gas/documents/numbered-doc.ts), since no Docs API request inserts a page number.
 */
import { documented, gas, workspace, type Gas } from './reference';

const UPLOADS = 'https://developers.google.com/workspace/drive/api/guides/manage-uploads';
const AUTOTEXT = 'https://developers.google.com/workspace/docs/api/reference/rest/v1/documents#autotext';
const DOC = 'application/vnd.google-apps.document';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

const rels = (id: string, target: string) =>
  `<Relationships xmlns="${PKG}"><Relationship Id="${id}" Target="${target}"/></Relationships>`;

/** A .docx of the given body and footer XML, zipped with Utilities as a script makes one. */
function docx(g: Gas, body: string, footer: string) {
  const parts: Record<string, string> = {
    '[Content_Types].xml': '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    '_rels/.rels': rels('rId1', 'word/document.xml'),
    'word/_rels/document.xml.rels': rels('f1', 'footer1.xml'),
    'word/document.xml':
      `<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body}` +
      '<w:sectPr><w:footerReference w:type="default" r:id="f1"/></w:sectPr></w:body></w:document>',
    'word/footer1.xml': `<w:ftr xmlns:w="${W}">${footer}</w:ftr>`,
  };
  const blobs = Object.entries(parts).map(([path, xml]) => g.Utilities.newBlob(xml, 'application/xml', path));
  return g.Utilities.newBlob(g.Utilities.zip(blobs).getBytes(), DOCX, 'a.docx');
}

const SIMPLE_PAGE =
  '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p>';
const COMPLEX_COUNT =
  '<w:p><w:r><w:t xml:space="preserve">of </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>' +
  '<w:r><w:instrText> NUMPAGES </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
  '<w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>';

function imported(body: string, footer: string) {
  const g = gas(workspace());
  const file = g.Drive.Files.create({ name: 'Imported', mimeType: DOC }, docx(g, body, footer));
  return { g, id: file.id! };
}

type Footer = GoogleAppsScript.Docs.Schema.Footer;
/** The default footer, as documents.get gives it. */
function footerOf(g: Gas, id: string): Footer {
  const d = g.Docs.Documents.get(id);
  return (d.footers as Record<string, Footer>)[d.documentStyle!.defaultFooterId!];
}

type Elements = Array<{ textRun?: { content?: string }; autoText?: { type?: string } }>;
function footerElements(g: Gas, id: string): Elements[] {
  return footerOf(g, id)
    .content!.filter((e) => e.paragraph)
    .map((e) => e.paragraph!.elements as Elements);
}

describe('Drive: a Word file imported as a Google Doc', () => {
  documented(
    `${UPLOADS}#import-docs`,
    'files.create with the Google Docs MIME type and a .docx as the media makes a Doc of its text',
    () => {
      const { g, id } = imported('<w:p><w:r><w:t>Жоспар</w:t></w:r></w:p><w:p/>', SIMPLE_PAGE);
      expect(g.Drive.Files.get(id).mimeType).toBe(DOC);
      expect(g.DocumentApp.openById(id).getBody().getText()).toBe('Жоспар\n');
    },
  );

  documented(AUTOTEXT, "a Word PAGE field in the footer becomes the footer's AutoText of type PAGE_NUMBER", () => {
    const { g, id } = imported('<w:p/>', SIMPLE_PAGE);
    const [elements] = footerElements(g, id);
    expect(elements.map((e) => e.autoText?.type ?? e.textRun?.content)).toEqual(['PAGE_NUMBER', '\n']);
    // The AutoText is one index; the number Word had cached is not kept as text.
    const para = footerOf(g, id).content![0];
    expect(para.endIndex).toBe(2);
  });

  documented(AUTOTEXT, 'a NUMPAGES field (begin … separate … end) becomes AutoText PAGE_COUNT, its text kept', () => {
    const { g, id } = imported('<w:p/>', COMPLEX_COUNT);
    const [elements] = footerElements(g, id);
    expect(elements.map((e) => e.autoText?.type ?? e.textRun?.content)).toEqual(['of ', 'PAGE_COUNT', '\n']);
  });

  documented(
    `${UPLOADS}#import-docs`,
    'the imported Doc takes more text from DocumentApp; its footer keeps the page number',
    () => {
      const { g, id } = imported('<w:p/>', SIMPLE_PAGE);
      const doc = g.DocumentApp.openById(id);
      doc.getBody().appendParagraph('Кесте');
      doc.saveAndClose();
      expect(g.DocumentApp.openById(id).getBody().getText()).toBe('\nКесте');
      expect(footerElements(g, id)[0][0].autoText?.type).toBe('PAGE_NUMBER');
    },
  );

  documented(`${UPLOADS}#import-docs`, 'bytes that are not a Word file are refused, and no Doc is made', () => {
    const g = gas(workspace());
    const junk = g.Utilities.newBlob('not a zip', DOCX, 'a.docx');
    expect(() => g.Drive.Files.create({ name: 'Bad', mimeType: DOC }, junk)).toThrow();
    expect(g.Drive.Files.list({ q: "name = 'Bad'" }).files).toEqual([]);
  });
});

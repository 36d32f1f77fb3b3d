/**
 * A new Google Doc whose footer numbers its pages, for the printed plan and the execution report.
 * Neither DocumentApp nor the Docs API can put a page number into a Doc: DocumentApp has no page-number element, and
 * the Docs API shows an AutoText (PAGE_NUMBER) in what documents.get returns but has no request that inserts one
 * (https://developers.google.com/workspace/docs/api/reference/rest/v1/documents#autotext). Google Docs does make one
 * when it imports a Word file whose footer holds Word's PAGE field. So the Doc is made by Drive's import of a tiny
 * .docx built here (an empty page and that footer, a few hundred bytes zipped with Utilities.zip): files.create with
 * the Google Docs MIME type and the .docx as the media ("Import to Google Docs types",
 * https://developers.google.com/workspace/drive/api/guides/manage-uploads; drive.ts createDoc). One Drive call, as an
 * empty Doc was.
 */
const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006';

const PARTS: Record<string, string> = {
  '[Content_Types].xml':
    `<Types xmlns="${PKG}/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.' +
    'wordprocessingml.document.main+xml"/>' +
    '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.' +
    'wordprocessingml.footer+xml"/></Types>',
  '_rels/.rels':
    `<Relationships xmlns="${PKG}/relationships">` +
    `<Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`,
  'word/_rels/document.xml.rels':
    `<Relationships xmlns="${PKG}/relationships">` +
    `<Relationship Id="rId1" Type="${R}/footer" Target="footer1.xml"/></Relationships>`,
  'word/document.xml':
    `<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body><w:p/>` +
    '<w:sectPr><w:footerReference w:type="default" r:id="rId1"/></w:sectPr></w:body></w:document>',
  // The page number, centred, in the documents' face: Word's PAGE field, which the import makes Docs' AutoText.
  'word/footer1.xml':
    `<w:ftr xmlns:w="${W}"><w:p><w:pPr><w:jc w:val="center"/></w:pPr>` +
    '<w:fldSimple w:instr=" PAGE "><w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/>' +
    '<w:sz w:val="20"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>',
};

/** The .docx Drive imports: an empty page whose footer numbers the pages. */
export function numberedDocx(name: string): GoogleAppsScript.Base.Blob {
  const parts = Object.entries(PARTS).map(([path, xml]) =>
    Utilities.newBlob(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${xml}`, 'application/xml', path),
  );
  return Utilities.newBlob(Utilities.zip(parts).getBytes(), DOCX_MIME, `${name}.docx`);
}

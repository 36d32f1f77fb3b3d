/**
 * A stacked bar chart added to an .xlsx that exceljs wrote (exceljs writes no charts): the DrawingML parts of ECMA-376
 * Part 1 (§21.2 charts, §20.5 spreadsheet drawing) — a chart part, a drawing that anchors it on the sheet, their
 * relationships and content types — which Excel and LibreOffice draw. Node only.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { escapeHtml } from '../workspace/html';

export interface BarChart {
  /** 1-based sheet number in the workbook (xl/worksheets/sheetN.xml) and its name, for the formulas. */
  sheetIndex: number;
  sheetName: string;
  title: string;
  categories: { col: string; from: number; to: number };
  series: Array<{ name: string; col: string; color: string }>;
  /** Where it sits: 0-based top-left cell, and its size in cells. */
  anchor: { col: number; row: number; cols: number; rows: number };
}

function chartXml(c: BarChart): string {
  const sheet = `'${c.sheetName.replace(/'/g, "''")}'`;
  const ref = (col: string) => `${sheet}!$${col}$${c.categories.from}:$${col}$${c.categories.to}`;
  const series = c.series
    .map(
      (s, i) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${escapeHtml(s.name)}</c:v></c:tx>` +
        `<c:spPr><a:solidFill><a:srgbClr val="${s.color}"/></a:solidFill></c:spPr>` +
        `<c:cat><c:strRef><c:f>${escapeHtml(ref(c.categories.col))}</c:f></c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${escapeHtml(ref(s.col))}</c:f></c:numRef></c:val></c:ser>`,
    )
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><c:chart>' +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${escapeHtml(c.title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    '<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>' +
    `<c:barChart><c:barDir val="bar"/><c:grouping val="stacked"/><c:varyColors val="0"/>${series}` +
    '<c:gapWidth val="60"/><c:overlap val="100"/><c:axId val="1"/><c:axId val="2"/></c:barChart>' +
    '<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/>' +
    '<c:axPos val="l"/><c:crossAx val="2"/></c:catAx>' +
    '<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>' +
    '<c:axPos val="b"/><c:majorGridlines/><c:crossAx val="1"/></c:valAx></c:plotArea>' +
    '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/></c:chart></c:chartSpace>'
  );
}

function drawingXml(c: BarChart): string {
  const a = c.anchor;
  const at = (col: number, row: number) =>
    `<xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ' +
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
    `<xdr:twoCellAnchor><xdr:from>${at(a.col, a.row)}</xdr:from><xdr:to>${at(a.col + a.cols, a.row + a.rows)}</xdr:to>` +
    '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/><xdr:cNvGraphicFramePr/>' +
    '</xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic>' +
    '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
    '<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/>' +
    '</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>'
  );
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export function addBarChart(xlsx: Buffer, c: BarChart): Buffer {
  const files = unzipSync(new Uint8Array(xlsx));
  const sheetPath = `xl/worksheets/sheet${c.sheetIndex}.xml`;
  const relsPath = `xl/worksheets/_rels/sheet${c.sheetIndex}.xml.rels`;
  files['xl/charts/chart1.xml'] = strToU8(chartXml(c));
  files['xl/drawings/drawing1.xml'] = strToU8(drawingXml(c));
  files['xl/drawings/_rels/drawing1.xml.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${REL}/chart" Target="../charts/chart1.xml"/></Relationships>`,
  );
  const rel = `<Relationship Id="rIdJosparDrawing" Type="${REL}/drawing" Target="../drawings/drawing1.xml"/>`;
  files[relsPath] = strToU8(
    files[relsPath]
      ? strFromU8(files[relsPath]).replace('</Relationships>', `${rel}</Relationships>`)
      : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel}</Relationships>`,
  );
  // <drawing> follows the page set-up elements and precedes legacyDrawing, tableParts and extLst (CT_Worksheet order).
  let sheet = strFromU8(files[sheetPath]);
  const el = '<drawing r:id="rIdJosparDrawing"/>';
  const before =
    /<(legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)[\s>/]/.exec(sheet);
  sheet = before
    ? sheet.slice(0, before.index) + el + sheet.slice(before.index)
    : sheet.replace('</worksheet>', `${el}</worksheet>`);
  if (!/xmlns:r=/.test(sheet.slice(0, sheet.indexOf('>', sheet.indexOf('<worksheet')))))
    sheet = sheet.replace('<worksheet', `<worksheet xmlns:r="${REL}"`);
  files[sheetPath] = strToU8(sheet);
  files['[Content_Types].xml'] = strToU8(
    strFromU8(files['[Content_Types].xml']).replace(
      '</Types>',
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>' +
        '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>',
    ),
  );
  return Buffer.from(zipSync(files));
}

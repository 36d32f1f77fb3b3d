/**
 * The Docs advanced service (Docs API v1), as Jospar uses it: documents.get to read a template's structure with its
 * indices, documents.batchUpdate to write a document in one call. Covered by the `documents` scope.
 */
export type DocsRequest = Record<string, unknown>;

/** What documents.get returns, as far as Jospar reads it. */
export interface ElementJson {
  startIndex?: number;
  endIndex?: number;
  paragraph?: { elements?: Array<{ textRun?: { content?: string } }> };
  table?: { tableRows?: Array<{ tableCells?: Array<{ content?: ElementJson[] }> }> };
}
export interface DocumentJson {
  body?: { content?: ElementJson[] };
  headers?: Record<string, { content?: ElementJson[] }>;
  footers?: Record<string, { content?: ElementJson[] }>;
}

export interface DocsV1 {
  Documents: {
    get(documentId: string): DocumentJson;
    batchUpdate(
      resource: { requests: DocsRequest[] },
      documentId: string,
    ): { replies?: Array<Record<string, unknown>> };
  };
}

declare const Docs: DocsV1;

export function docsApi(): DocsV1 {
  return Docs;
}

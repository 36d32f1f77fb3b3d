/**
 * The MIME types Drive gives Google's own files, as Google's page "Google Workspace and Google Drive supported MIME
 * types" lists them (https://developers.google.com/workspace/drive/api/guides/mime-types). Written once, here in core,
 * because every layer speaks of them: the add-on's Drive calls (src/gas), the emulated Drive and REST server, and the
 * admin CLI's search of the university's folders (src/local).
 */

/** The prefix every type of the page shares: a file Google stores in its own form (a Doc, a Sheet, a folder …). */
export const GOOGLE_MIME_PREFIX = 'application/vnd.google-apps.';
/** "Google Drive folder". */
export const FOLDER_MIME = `${GOOGLE_MIME_PREFIX}folder`;
/** "Google Docs". */
export const DOC_MIME = `${GOOGLE_MIME_PREFIX}document`;
/** "Google Sheets". */
export const SPREADSHEET_MIME = `${GOOGLE_MIME_PREFIX}spreadsheet`;
/** "Google Drive shortcut" (a file pointing at another, shortcutDetails.targetId). */
export const SHORTCUT_MIME = `${GOOGLE_MIME_PREFIX}shortcut`;

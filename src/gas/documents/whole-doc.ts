/**
 * A Google Doc made whole or not at all, for Print plan and the Execution report. Building one is many writes (each
 * paragraph, its alignment, its font …); a run cut off among them, or stopped by a rate limit, would leave a
 * half-written Doc in Drive beside the whole one a re-run makes. So, as the orders do (generate.ts): the Doc's key is
 * noted in document properties before it is made, the Doc is made with that key in Drive (appProperties), and the note
 * is removed only once the Doc is built and logged (finishDoc). The next run that starts a Doc bins what a note left
 * behind names first. The key is made from what the Doc shows (docKey): asked again for the same content, Jospar gives
 * back the Doc it finished rather than a second copy, so a run cut off after its last write and run again is one Doc.
 */
import { fnv1a } from '../../core/text/hash';
import { retrying } from '../retry';
import { createDoc, filesWithKey, trash } from './drive';
import { numberedDocx } from './numbered-doc';

/** Document property: the key of the Doc a run is making (left only by a run that did not finish it). */
const MAKING = 'jospar.making';

/** The key of a Doc of `kind` showing `content` (everything it is made from). */
export function docKey(kind: string, content: unknown): string {
  return `${kind}:${fnv1a(JSON.stringify(content))}`;
}

/** The Doc finished earlier under `key`, if it is still in Drive (not one a run is making). */
export function finishedDoc(key: string): GoogleAppsScript.Document.Document | null {
  if (PropertiesService.getDocumentProperties().getProperty(MAKING) === key) return null;
  const file = retrying(() => filesWithKey(key))[0];
  return file ? DocumentApp.openById(file.id) : null;
}

/**
 * A new Doc named `name`, its pages numbered, noted as being made under `key`, after binning whatever an unfinished
 * run left.
 */
export function startDoc(key: string, name: string): GoogleAppsScript.Document.Document {
  const props = PropertiesService.getDocumentProperties();
  const left = props.getProperty(MAKING);
  if (left) for (const file of retrying(() => filesWithKey(left))) retrying(() => trash(file.id));
  props.setProperty(MAKING, key);
  // Its footer numbers the pages (numbered-doc.ts): a plan or report is printed and filed.
  return DocumentApp.openById(retrying(() => createDoc(name, '', key, numberedDocx(name))));
}

/** The Doc started last is whole and recorded: nothing for a later run to bin. */
export function finishDoc(): void {
  PropertiesService.getDocumentProperties().deleteProperty(MAKING);
}

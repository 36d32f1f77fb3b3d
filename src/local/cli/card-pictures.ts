/**
 * out/screens/calendar-card.png and gmail-card.png (npm start): the Workspace add-on's card for a Jospar event and for
 * a Jospar mail of the preview, as the 300 px side panel of Calendar and Gmail draws it (serve/card-html.ts), drawn
 * by headless Chromium. The cards are opened on a copy of the workspace (the card project deployed for its plan, the
 * plan shared with the people it mailed): drawing them changes nothing of the run.
 */
import { join } from 'node:path';
import { cannotDraw, drawPng } from '../export/page-picture';
import { loadCardAddOn } from '../run-addon';
import { panelDocument, type CardHostKind } from '../serve/card-page';
import { deployCards, shareWithRecipients, workspaceCardSource } from '../serve/card-source';
import { PANEL_WIDTH } from '../serve/card-style';
import { CardHost } from '../workspace/card-service/card-host';
import { Workspace } from '../workspace/workspace';
import type { Wrote } from './out-dir';

/** Draws both pictures; says on stderr why one is not drawn. The files written, each told to `wrote` at once. */
export async function writeCardPictures(
  outDir: string,
  ws: Workspace,
  wrote: Wrote = () => undefined,
): Promise<string[]> {
  const why = cannotDraw();
  if (why) {
    process.stderr.write(`jospar: ${why}: the card pictures are not drawn\n`);
    return [];
  }
  const copy = Workspace.fromJSON(ws.toJSON());
  // The example department: the card project deployed for its plan, the plan shared with the staff it mails.
  deployCards(copy);
  shareWithRecipients(copy);
  const source = workspaceCardSource(copy, loadCardAddOn(copy));
  const written: string[] = [];
  for (const kind of ['calendar', 'gmail'] as CardHostKind[]) {
    const file = join(outDir, 'screens', `${kind}-card.png`);
    try {
      const choices = source.choices(kind);
      // In Calendar, an event already past (an item that may be overdue) shows the most; else the first one.
      const today = new Date(copy.clock.now()).toISOString().slice(0, 10);
      const past = choices.filter((c) => c.label.slice(0, 10) < today);
      const chosen = kind === 'calendar' ? (past.at(-1) ?? choices[0]) : choices[0];
      if (!chosen) {
        process.stderr.write(`jospar: no Jospar ${kind === 'calendar' ? 'event' : 'mail'}: ${file} not drawn\n`);
        continue;
      }
      const { trigger, context } = source.open(kind, chosen.id);
      const host = new CardHost(source.functions, context).open(trigger);
      // A reminder about several items opens on a list of their cards: the picture shows the first one opened.
      if (host.stack.length === 0) host.choose(0);
      await drawPng(panelDocument(host, source.addOnName), file, PANEL_WIDTH);
      wrote(file);
      written.push(file);
    } catch (e) {
      process.stderr.write(`jospar: ${file} not drawn: ${String((e as Error)?.message ?? e).split('\n')[0]}\n`);
    }
  }
  return written;
}

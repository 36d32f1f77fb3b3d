/** "Remind now" from the sidebar: the mail issue's reminders for this one item's owners, without asking again. */
import { runMail } from '../mail/mail-job';
import { itemIdArg } from './guard';

export function remindItem(idValue: unknown): { ok: boolean; report: string[]; mail: Record<string, number> } {
  const id = itemIdArg(idValue);
  const outcome = runMail({ mode: 'rows', ids: [id], interactive: false });
  return { ok: outcome.ok, report: outcome.report, mail: { ...outcome.mail } };
}

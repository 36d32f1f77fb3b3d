/**
 * `jospar serve [--state FILE] [--port N] [--today YYYY-MM-DD] [--empty]`: the sidebar in a browser, on localhost,
 * running the real add-on on a local workspace (a saved one with --state, kept up to date after every call; else a
 * new one with the plan set up, or empty with --empty).
 */
import { existsSync, readFileSync } from 'node:fs';
import { ensureBuilt, loadAddOn, loadCardAddOn } from '../run-addon';
import { deployCards, shareWithRecipients, workspaceCardSource } from '../serve/card-source';
import { startServer } from '../serve/server';
import { Workspace } from '../workspace/workspace';
import { dayOption, option, parseArgs, UsageError } from './args';
import { applyPeople, EXAMPLE_PEOPLE, readPeopleCsv } from './people';

export async function serveCommand(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['state', 'port', 'today'], ['empty']);
  if (args.positionals.length) throw new UsageError(`unexpected argument "${args.positionals[0]}"`);
  const portText = option(args, 'port') ?? '8080';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port takes a number 0-65535');
  const today = dayOption(args);
  const now = today ? Date.parse(`${today}T04:00:00Z`) : undefined;
  const statePath = option(args, 'state');
  const fromState = !!statePath && existsSync(statePath);
  const ws = fromState
    ? Workspace.fromJSON(JSON.parse(readFileSync(statePath!, 'utf8')), { now })
    : new Workspace({ now });
  await ensureBuilt();
  const addon = loadAddOn(ws);
  addon.onOpen({});
  // A new workspace starts empty with --empty (the first-run guide), else as an example department: the plan set up,
  // the example people in Roles, the calendar synced and the reminders sent (so that the Calendar and Gmail cards have
  // events and mail to show), the plan shared with the people mailed.
  if (!fromState && !args.flags.has('empty')) {
    addon.josparSetUpPlan();
    applyPeople(ws, readPeopleCsv(EXAMPLE_PEOPLE).people);
    addon.josparRefreshDeadlines();
    addon.josparSyncCalendar();
    if (today) addon.josparDailyMail();
    else addon.josparSendRemindersNow({ interactive: false });
    shareWithRecipients(ws);
  }
  // The card project deployed for this plan (its `jospar.plans` property), its cards at /cards/calendar and /gmail.
  deployCards(ws);
  const cards = workspaceCardSource(ws, loadCardAddOn(ws));
  const served = await startServer({
    ws,
    addon,
    port,
    statePath,
    cards,
    log: (line) => process.stderr.write(`${line}\n`),
  });
  process.stdout.write(
    `Jospar sidebar: ${served.url}/  cards: ${served.url}/cards/calendar  ${served.url}/cards/gmail\n` +
      `(Ctrl+C stops; ${statePath ? `state in ${statePath}` : 'state not saved'})\n`,
  );
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await served.close();
  return 0;
}

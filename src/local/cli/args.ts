import { isIsoDate } from '../../core/calendar/dates';

/** A small argv parser: --flag, --key value, --key=value, repeated keys collected; the rest are positionals. */
export class UsageError extends Error {}

export interface Args {
  positionals: string[];
  options: Map<string, string[]>;
  flags: Set<string>;
}

export function parseArgs(argv: string[], valued: string[], flags: string[]): Args {
  const out: Args = { positionals: [], options: new Map(), flags: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    // "--" ends the options: what follows is text, even if it starts with "--" (jospar deadline -- "--json").
    if (a === '--') {
      out.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!a.startsWith('--')) {
      out.positionals.push(a);
      continue;
    }
    const [key, inline] = a.slice(2).split(/=(.*)/s, 2);
    if (flags.includes(key)) {
      out.flags.add(key);
      continue;
    }
    if (!valued.includes(key)) throw new UsageError(`unknown option --${key}`);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new UsageError(`--${key} needs a value`);
    out.options.set(key, [...(out.options.get(key) ?? []), value]);
  }
  return out;
}

export function option(args: Args, key: string): string | undefined {
  const v = args.options.get(key);
  return v ? v[v.length - 1] : undefined;
}

/** --today's day: a real calendar date as YYYY-MM-DD (2025-13-45 is refused, not rolled over into 2026). */
export function dayOption(args: Args, key = 'today'): string | undefined {
  const value = option(args, key);
  if (value !== undefined && !isIsoDate(value))
    throw new UsageError(`--${key} takes a real date as YYYY-MM-DD, not "${value.slice(0, 40)}"`);
  return value;
}

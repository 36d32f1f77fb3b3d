/**
 * What a `jospar preview` run (`npm start`) owns in its --out directory, so that a person finds there only this run's
 * files: the orders, mail and pictures of an earlier run have other names (another day, another plan) and stayed
 * beside the new ones, with nothing to tell them apart.
 *
 * Ownership is proved, never guessed: each writer reports every file it wrote to one recorder, which appends the path
 * (relative to the directory) and the SHA-256 of what was written to `.jospar-outputs` at once, so that a run cut off
 * after some writes has still noted them. The next run removes exactly the noted files that still hold what Jospar
 * wrote: not a file a person saved there (during a run or not), not one a person changed since, not a run's input,
 * nothing outside the directory (no `..`, no symlink). A directory without a record loses nothing. Node only.
 */
import { createHash } from 'node:crypto';
import {
  closeSync,
  constants,
  existsSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmdirSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';

export const OUTPUTS_RECORD = '.jospar-outputs';

/** What a writer calls with each file it has just written (a path absolute or from the working directory). */
export type Wrote = (file: string) => void;

/** The recorder of a run writing into `dir`: notes each file it is told of, if it is a file inside `dir`. */
export function outputRecorder(dir: string): Wrote {
  const root = resolve(dir);
  let broken = false;
  return (file) => {
    const rel = relative(root, resolve(file));
    if (broken || !isInside(rel) || rel === OUTPUTS_RECORD || !isPlainFile(resolve(file))) return;
    try {
      // Never through a symlink: the record is written in the directory itself or not at all.
      const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_APPEND | constants.O_NOFOLLOW;
      const fd = openSync(join(root, OUTPUTS_RECORD), flags);
      try {
        writeSync(fd, `${JSON.stringify([rel.split(sep).join('/'), digest(file)])}\n`);
      } finally {
        closeSync(fd);
      }
    } catch (e) {
      broken = true;
      const why = String((e as Error)?.message ?? e).split('\n')[0];
      process.stderr.write(`jospar: this run's files are not noted (${why}): the next run will leave them\n`);
    }
  };
}

export interface Cleared {
  /** The files removed (relative to the directory). */
  removed: string[];
  /** Files the record names that now hold something else (a person saved over them): kept. */
  changed: string[];
  /** Files Jospar wrote that could not be removed (the message why, after the path). */
  stuck: string[];
  /** The directory holds files and no record: whatever is there stays (it cannot be told Jospar's). */
  unrecorded: boolean;
}

/** Removes from `dir` the files the earlier run's record proves Jospar wrote, but never a path of `inputs`. */
export function clearEarlierOutputs(dir: string, inputs: readonly string[]): Cleared {
  const cleared: Cleared = { removed: [], changed: [], stuck: [], unrecorded: false };
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return cleared;
  const root = realpathSync(dir);
  const keep = new Set(inputs.map(realOrResolved));
  const record = join(root, OUTPUTS_RECORD);
  if (!isPlainFile(record)) {
    cleared.unrecorded = readdirSync(root).some((name) => !keep.has(join(root, name)));
    return cleared;
  }
  for (const [rel, sum] of recorded(readFileSync(record, 'utf8'))) {
    const path = join(root, rel);
    // Only a plain file whose folder really is inside the directory (a symlinked folder may point anywhere).
    if (!isPlainFile(path)) continue;
    const folder = realpathSync(dirname(path));
    if ((folder !== root && !isInside(relative(root, folder))) || keep.has(realpathSync(path))) continue;
    if (digest(path) !== sum) {
      cleared.changed.push(rel);
      continue;
    }
    try {
      unlinkSync(path);
      cleared.removed.push(rel);
      removeEmptyFolders(root, folder);
    } catch (e) {
      cleared.stuck.push(`${rel}: ${String((e as Error)?.message ?? e).split('\n')[0]}`);
    }
  }
  // The record goes with the files it named (a file left stuck is named on stderr; the next run's record starts anew).
  try {
    unlinkSync(record);
  } catch (e) {
    cleared.stuck.push(`${OUTPUTS_RECORD}: ${String((e as Error)?.message ?? e).split('\n')[0]}`);
  }
  return cleared;
}

/** The record's entries, the last one of each path (a file written twice holds what was written last). */
function recorded(text: string): Map<string, string> {
  const entries = new Map<string, string>();
  for (const line of text.split('\n')) {
    let entry: unknown;
    try {
      entry = JSON.parse(line);
    } catch {
      continue; // an empty line, or one cut short by the end of a run: nothing proved
    }
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || typeof entry[1] !== 'string') continue;
    const rel = entry[0];
    if (!rel || isAbsolute(rel) || rel.split(/[\\/]/).some((part) => part === '..')) continue;
    entries.set(rel, entry[1]);
  }
  return entries;
}

/** A relative path that stays inside its base (not the base itself). */
function isInside(rel: string): boolean {
  return !!rel && !isAbsolute(rel) && rel.split(sep)[0] !== '..';
}

function isPlainFile(path: string): boolean {
  try {
    return lstatSync(path).isFile();
  } catch {
    return false;
  }
}

function digest(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

function realOrResolved(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/** The folders between `root` and `folder` that removing a file left empty (docs/, mail/, screens/). */
function removeEmptyFolders(root: string, folder: string): void {
  for (let f = folder; f !== root && isInside(relative(root, f)); f = dirname(f)) {
    if (readdirSync(f).length > 0) return;
    rmdirSync(f);
  }
}

/**
 * The files at names this run writes that are there already, but the state file the run continues (`keep`): after
 * clearEarlierOutputs removed what the record proved Jospar's, what is left at an output name is a person's (or one
 * no record names: a run stopped before its record, a directory from before records). Relative to `dir`, '/' between.
 */
export function filesInTheWay(dir: string, willWrite: (rel: string) => boolean, keep: readonly string[]): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  const kept = new Set(keep.map(realOrResolved));
  const walk = (rel: string): string[] =>
    readdirSync(join(dir, rel)).flatMap((name) => {
      const child = rel ? `${rel}/${name}` : name;
      const path = join(dir, child);
      if (isPlainFile(path)) return willWrite(child) && !kept.has(realOrResolved(path)) ? [child] : [];
      // Jospar's own folders only (docs/, mail/, screens/): never through a symlinked folder.
      return !rel && !lstatSync(path).isSymbolicLink() && statSync(path).isDirectory() ? walk(child) : [];
    });
  return walk('');
}

/**
 * Moves each changed file (a recorded file a person edited since Jospar wrote it) that this run writes again to a free
 * name beside it ("jospar (edited).xlsx", then "jospar (edited 2).xlsx" …), so that the run's write does not replace
 * the person's edit; a changed file this run does not write stays where it is. Returns, per changed file (relative
 * to `dir`), where it went (relative too), the same path when it stayed, or the message why it could not be moved.
 */
export function moveAsideEdited(
  dir: string,
  changed: readonly string[],
  willWrite: (rel: string) => boolean,
): Array<{ rel: string; to: string } | { rel: string; error: string }> {
  return changed.map((rel) => {
    const path = join(dir, rel);
    if (!willWrite(rel.split(sep).join('/')) || !isPlainFile(path)) return { rel, to: rel };
    const ext = extname(rel);
    const stem = rel.slice(0, rel.length - ext.length);
    let to = `${stem} (edited)${ext}`;
    for (let n = 2; existsSync(join(dir, to)); n++) to = `${stem} (edited ${n})${ext}`;
    try {
      renameSync(path, join(dir, to));
      return { rel, to };
    } catch (e) {
      return { rel, error: String((e as Error)?.message ?? e).split('\n')[0] };
    }
  });
}

/**
 * Who can be mailed, from the Roles sheet: every email of every role, with the language of its mail and whether the
 * person is on leave. Only addresses in an allowed domain are ever recipients; the others are reported.
 */
import { asLang, LANGS, type Lang } from '../i18n/lang';
import { emailDomain, isEmail, RoleDirectory, type RoleEntry } from '../roles/directory';
import { splitResponsible } from '../roles/split-responsible';
import { ROLES_SHEET } from '../sheets/layout';
import { cellReader, readRolesSheet, type SheetText } from '../sheets/readers';

export interface Person {
  email: string;
  lang: Lang;
  muted: boolean;
  roles: string[];
}

export interface People {
  directory: RoleDirectory;
  byEmail: Map<string, Person>;
  /** Addresses on the Roles sheet that are not mailed: outside the allowed domains, or not addresses at all. */
  refused: string[];
}

/**
 * The language cell: "ru" for the whole row, or "name@edu.ektu.kz: en" for one person (several, comma-separated).
 * The mute cell: the emails of people on leave, or "all" / "yes" for every person of the row.
 */
export function readPeople(roles: SheetText | null, allowedDomains: string[], defaultLang: Lang): People {
  const entries: Array<RoleEntry & { row: number }> = roles ? readRolesSheet(roles) : [];
  const cell = cellReader(ROLES_SHEET, roles?.values[0] ?? []);
  const allowed = new Set(allowedDomains.map((d) => d.toLowerCase()));
  const byEmail = new Map<string, Person>();
  const refused = new Set<string>();
  for (const e of entries) {
    const r = roles!.values[e.row] ?? [];
    const { rowLang, perEmail } = parseLanguageCell(cell(r, 'language'));
    const muteText = cell(r, 'mute').trim().toLowerCase();
    const muteAll = /^(all|yes|иә|да|бәрі|все)$/.test(muteText);
    const muted = new Set(muteText.split(/[,;\s]+/).filter((x) => x.includes('@')));
    for (const raw of e.emails) {
      const email = raw.toLowerCase();
      if (!isEmail(email) || !allowed.has(emailDomain(email))) {
        refused.add(raw);
        continue;
      }
      const person = byEmail.get(email) ?? {
        email,
        lang: perEmail.get(email) ?? rowLang ?? defaultLang,
        muted: false,
        roles: [],
      };
      // A person on leave in any of their roles is on leave: leave is about the person, not the role.
      person.muted ||= muteAll || muted.has(email);
      if (!person.roles.includes(e.name)) person.roles.push(e.name);
      byEmail.set(email, person);
    }
  }
  return { directory: new RoleDirectory(entries), byEmail, refused: [...refused] };
}

function parseLanguageCell(text: string): { rowLang: Lang | null; perEmail: Map<string, Lang> } {
  const perEmail = new Map<string, Lang>();
  let rowLang: Lang | null = null;
  for (const part of text
    .split(/[,;]/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const m = /^(\S+@\S+?)\s*[:=]\s*(\w+)$/.exec(part);
    if (m && LANGS.includes(m[2].toLowerCase() as Lang)) perEmail.set(m[1].toLowerCase(), asLang(m[2].toLowerCase()));
    else if (LANGS.includes(part.toLowerCase() as Lang)) rowLang = asLang(part.toLowerCase());
  }
  return { rowLang, perEmail };
}

/** The mailable emails of the roles a Responsible cell names (or of one role by name). */
export function emailsOfRoles(people: People, names: string[]): string[] {
  const out: string[] = [];
  for (const name of names) {
    const entry = people.directory.find(name);
    for (const e of entry?.emails ?? []) {
      const email = e.toLowerCase();
      if (people.byEmail.has(email) && !out.includes(email)) out.push(email);
    }
  }
  return out;
}

/** Owners and escalation contacts of an item, from its Responsible cell. */
export function itemPeople(people: People, responsible: string): { owners: string[]; escalation: string[] } {
  const names = splitResponsible(responsible).map((m) => m.name);
  const owners = emailsOfRoles(people, names);
  const up = names.map((n) => people.directory.find(n)?.escalateTo ?? '').filter(Boolean);
  return { owners, escalation: emailsOfRoles(people, up).filter((e) => !owners.includes(e)) };
}

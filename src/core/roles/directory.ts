import { knownRole } from './role-catalogue';
import { roleKey, splitResponsible } from './split-responsible';

export interface RoleEntry {
  name: string;
  emails: string[];
  aliases: string[];
  escalateTo: string;
  described: boolean;
}

/** The Roles sheet as a lookup: a role by any of its spellings. */
export class RoleDirectory {
  private readonly byKey = new Map<string, RoleEntry>();
  constructor(readonly entries: RoleEntry[]) {
    for (const e of entries)
      for (const n of [e.name, ...e.aliases])
        if (n.trim() && !this.byKey.has(roleKey(n))) this.byKey.set(roleKey(n), e);
  }
  find(name: string): RoleEntry | undefined {
    return this.byKey.get(roleKey(name));
  }
}

/** Distinct roles named in Responsible cells, in first-seen order, each with its catalogue entry where known. */
export function distinctRoles(responsibleCells: string[]): string[] {
  const seen = new Map<string, string>();
  for (const cell of responsibleCells) {
    for (const mention of splitResponsible(cell)) {
      const canonical = knownRole(mention.name)?.name ?? mention.name;
      const key = roleKey(canonical);
      if (!seen.has(key)) seen.set(key, canonical);
    }
  }
  return [...seen.values()];
}

const EMAIL = /^[^\s@,;<>()]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/i;

export function splitEmails(cell: string): string[] {
  return cell
    .split(/[,;\s]+/)
    .map((e) => e.trim())
    .filter(Boolean);
}

export function isEmail(value: string): boolean {
  return EMAIL.test(value);
}

export function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

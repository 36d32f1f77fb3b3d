/**
 * Full names of the roles a Responsible cell names, for what people read outside the sheet (orders, events): the Roles
 * sheet's full name in the language asked (its own spellings and other spellings both lead there), else Jospar's
 * catalogue, else nothing (the role as written then stands).
 */
import type { Lang } from '../i18n/lang';
import { cellReader } from '../sheets/readers';
import { ROLES_SHEET } from '../sheets/layout';
import { knownRole } from './role-catalogue';
import { roleKey } from './split-responsible';

export function fullRoleNames(
  rolesSheet: readonly string[][] | undefined,
  lang: Lang,
): (role: string) => string | null {
  const values = rolesSheet ?? [];
  const cell = cellReader(ROLES_SHEET, values[0] ?? []);
  const names = new Map<string, string>();
  for (const r of values.slice(1)) {
    const full = cell(r, lang).trim();
    if (!full) continue;
    for (const n of [cell(r, 'role'), ...cell(r, 'aliases').split(/[,;]/)]) if (n.trim()) names.set(roleKey(n), full);
  }
  return (role) => names.get(roleKey(role)) ?? knownRole(role)?.[lang] ?? null;
}

/**
 * The checks `jospar doctor` makes of one Apps Script manifest against the calls the add-on makes (from the emulation's
 * call log): the time zone, the V8 runtime, every advanced service the calls use enabled at its version, every call
 * covered by a scope of the manifest, and every scope of the manifest used by some call. Written for any manifest, so a
 * second deployment (a Workspace add-on's manifest, issue #25) is audited by the same function with its own calls.
 */
import { hostScopes, SCOPE_RULES, scopeOf, type ScopeRule } from './scope-map';

export interface Manifest {
  timeZone?: string;
  runtimeVersion?: string;
  oauthScopes?: string[];
  dependencies?: { enabledAdvancedServices?: Array<{ userSymbol?: string; serviceId?: string; version?: string }> };
  /** A Workspace add-on's sections (Calendar, Gmail, the common part). */
  addOns?: { calendar?: unknown; gmail?: unknown; common?: { useLocaleFromApp?: boolean } };
}

export interface Audit {
  problems: string[];
  /** Each scope of the manifest with the calls that need it. */
  scopes: Array<{ scope: string; calls: string[] }>;
  /** The advanced services the calls use, as the manifest must enable them. */
  advanced: string[];
}

export function auditManifest(
  manifest: Manifest,
  calls: Iterable<string>,
  name = 'appsscript.json',
  rules: Record<string, ScopeRule> = SCOPE_RULES,
): Audit {
  const problems: string[] = [];
  const tz = manifest.timeZone;
  if (!tz) problems.push(`${name}: no timeZone`);
  else if (!validZone(tz)) problems.push(`${name}: timeZone "${tz}" is not a time zone id`);
  if (manifest.runtimeVersion !== 'V8') problems.push(`${name}: runtimeVersion must be "V8"`);

  const granted = manifest.oauthScopes ?? [];
  const byScope = new Map<string, string[]>(granted.map((s) => [s, []]));
  const advanced = new Map<string, { userSymbol: string; serviceId: string; version: string }>();
  for (const call of [...new Set(calls)].sort()) {
    const scope = scopeOf(call, rules);
    if (scope === undefined) {
      problems.push(`${call}: no scope known for this class (add it to src/local/doctor/scope-map.ts)`);
      continue;
    }
    const service = rules[call.split('.')[0]].advanced;
    if (service) advanced.set(service.userSymbol, service);
    if (scope === null) continue;
    if (!byScope.has(scope)) problems.push(`${call} needs ${scope}, which ${name} does not list`);
    else byScope.get(scope)!.push(call);
  }
  // What the add-on's hosts need is used by the host, not by a call.
  for (const scope of hostScopes(manifest.addOns ?? {})) {
    if (!byScope.has(scope)) problems.push(`${name}: its addOns sections need ${scope}, which it does not list`);
    else byScope.get(scope)!.push('(the add-on host)');
  }
  for (const [scope, used] of byScope)
    if (used.length === 0) problems.push(`${name}: scope ${scope} is not used by any call of the add-on`);

  const enabled = manifest.dependencies?.enabledAdvancedServices ?? [];
  for (const s of advanced.values()) {
    const e = enabled.find((x) => x.userSymbol === s.userSymbol);
    if (!e) problems.push(`${name}: the ${s.userSymbol} advanced service (${s.serviceId} ${s.version}) is not enabled`);
    else if (e.serviceId !== s.serviceId || e.version !== s.version)
      problems.push(`${name}: ${s.userSymbol} must be ${s.serviceId} ${s.version}, not ${e.serviceId} ${e.version}`);
  }
  for (const e of enabled)
    if (!advanced.has(String(e.userSymbol)))
      problems.push(`${name}: the ${e.userSymbol} advanced service is enabled but never called`);

  return {
    problems,
    scopes: [...byScope].map(([scope, used]) => ({ scope, calls: used })),
    advanced: [...advanced.values()].map((s) => `${s.userSymbol} (${s.serviceId} ${s.version})`),
  };
}

function validZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/**
 * `jospar admin provision`: a new unit's plan spreadsheet copied from a template plan into a folder, shared with its
 * owner and editors. Copying a spreadsheet copies the script bound to it (so a bound Jospar comes along; its hourly
 * trigger does not — the new owner's Set up makes one) and, for the domain add-on, the add-on is ready as soon as it is
 * installed for the organisation. Re-running finds the copy already made (same name in the folder) instead of making
 * another. Drive v3 files.copy and permissions.create (https://developers.google.com/workspace/drive/api/reference/
 * rest/v3/files/copy, .../permissions/create). Node only.
 */
import type { Apis } from './google-apis';

export interface ProvisionOptions {
  apis: Apis;
  unit: string;
  from: string;
  folder: string;
  owner?: string;
  editors: string[];
  log: (line: string) => void;
}

export interface Provisioned {
  id: string;
  created: boolean;
  shared: string[];
}

export async function provision(o: ProvisionOptions): Promise<Provisioned> {
  const { apis } = o;
  const q = `'${o.folder.replace(/'/g, "\\'")}' in parents and trashed = false and name = '${o.unit.replace(/'/g, "\\'")}'`;
  const existing = await apis.driveCall(() =>
    apis.drive.files.list({ q, fields: 'files(id,name)', supportsAllDrives: true, includeItemsFromAllDrives: true }),
  );
  let id = existing.data.files?.[0]?.id ?? '';
  const created = !id;
  if (!id) {
    const copy = await apis.driveCall(() =>
      apis.drive.files.copy({
        fileId: o.from,
        supportsAllDrives: true,
        fields: 'id,name',
        requestBody: { name: o.unit, parents: [o.folder] },
      }),
    );
    id = copy.data.id ?? '';
    o.log(`copied ${o.from} → ${id} «${o.unit}»`);
  } else o.log(`«${o.unit}» is already in the folder (${id}): not copied again`);
  const shared: string[] = [];
  // A permission given twice is the same permission: re-running after a cut is harmless.
  for (const email of o.editors) {
    await apis.driveCall(() =>
      apis.drive.permissions.create({
        fileId: id,
        supportsAllDrives: true,
        sendNotificationEmail: false,
        requestBody: { type: 'user', role: 'writer', emailAddress: email },
      }),
    );
    shared.push(email);
  }
  if (o.owner) {
    await apis.driveCall(() =>
      apis.drive.permissions.create({
        fileId: id,
        transferOwnership: true,
        requestBody: { type: 'user', role: 'owner', emailAddress: o.owner },
      }),
    );
    shared.push(o.owner);
  }
  return { id, created, shared };
}

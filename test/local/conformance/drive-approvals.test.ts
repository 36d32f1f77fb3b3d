/** Drive approvals (Drive API v3 `approvals.list`), read by Jospar to show where a draft order stands. */
import { respondToApproval, startApproval } from '../../../src/local/workspace/drive-approvals';
import { documented, gas, workspace } from './reference';

const LIST = 'https://developers.google.com/workspace/drive/api/reference/rest/v3/approvals/list';
const RESOURCE = 'https://developers.google.com/workspace/drive/api/reference/rest/v3/approvals';
const DOC = 'application/vnd.google-apps.document';

interface Approval {
  status?: string;
  completeTime?: string;
  reviewerResponses?: Array<{ reviewer?: { emailAddress?: string }; response?: string }>;
}
interface Approvals {
  list(fileId: string, options?: object): { kind?: string; items?: Approval[]; nextPageToken?: string };
}

function setUp() {
  const ws = workspace();
  const g = gas(ws);
  const file = g.Drive.Files.create({ name: 'Order', mimeType: DOC });
  // @types/google-apps-script predates the approvals resource; the advanced service has it from the discovery document.
  const approvals = (g.Drive as unknown as { Approvals: Approvals }).Approvals;
  const now = () => new Date(ws.clock.now());
  return { ws, id: file.id!, approvals, now };
}

describe('Drive API: approvals.list', () => {
  documented(LIST, 'by default the response is minimal, without items; fields asks for them', () => {
    const { ws, id, approvals, now } = setUp();
    startApproval(ws.drive, id, { initiator: 'a@x.kz', reviewers: ['lawyer@x.kz'] }, now());
    const bare = approvals.list(id);
    expect(bare.kind).toBe('drive#approvalList');
    expect(bare.items).toBeUndefined();
    const full = approvals.list(id, { fields: 'items(status,reviewerResponses),nextPageToken' });
    expect(full.items).toHaveLength(1);
    expect(full.items![0].status).toBe('IN_PROGRESS');
    expect(full.items![0].reviewerResponses![0].response).toBe('NO_RESPONSE');
    // The fields parameter's sub-selection (guides/fields-parameter): only the fields named.
    expect(Object.keys(full.items![0]).sort()).toEqual(['reviewerResponses', 'status']);
  });

  documented(
    RESOURCE,
    'status is IN_PROGRESS until the process finishes, then APPROVED or DECLINED with a completeTime',
    () => {
      const { ws, id, approvals, now } = setUp();
      const a = startApproval(ws.drive, id, { initiator: 'a@x.kz', reviewers: ['l@x.kz', 'v@x.kz'] }, now());
      respondToApproval(ws.drive, id, a.approvalId, 'l@x.kz', 'APPROVED', now());
      const read = () => approvals.list(id, { fields: 'items' }).items!;
      expect(read()[0].status).toBe('IN_PROGRESS');
      respondToApproval(ws.drive, id, a.approvalId, 'v@x.kz', 'APPROVED', now());
      expect(read()[0].status).toBe('APPROVED');
      expect(read()[0].completeTime).toBeDefined();
      const b = startApproval(ws.drive, id, { initiator: 'a@x.kz', reviewers: ['l@x.kz', 'v@x.kz'] }, now());
      respondToApproval(ws.drive, id, b.approvalId, 'v@x.kz', 'DECLINED', now());
      expect(read()[1].status).toBe('DECLINED');
    },
  );

  documented(LIST, 'at most pageSize approvals a page (100 when unset), then a nextPageToken', () => {
    const { ws, id, approvals, now } = setUp();
    for (let i = 0; i < 3; i++) startApproval(ws.drive, id, { initiator: 'a@x.kz', reviewers: ['l@x.kz'] }, now());
    const first = approvals.list(id, { fields: 'items,nextPageToken', pageSize: 2 });
    expect(first.items).toHaveLength(2);
    const second = approvals.list(id, { fields: 'items,nextPageToken', pageSize: 2, pageToken: first.nextPageToken });
    expect(second.items).toHaveLength(1);
    expect(second.nextPageToken).toBeUndefined();
  });

  documented(LIST, 'with drive.file, a file the script did not create is not found', () => {
    const { approvals } = setUp();
    expect(() => approvals.list('someone-elses', { fields: 'items' })).toThrow(/File not found/);
  });
});

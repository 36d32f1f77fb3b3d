/**
 * The Drive API's approvals (v3, `Drive.Approvals` of the advanced service), in memory, as far as Jospar reads them
 * (https://developers.google.com/workspace/drive/api/reference/rest/v3/approvals/list):
 * - approvals.list(fileId, { fields, pageSize, pageToken }): the approvals on a file the script may see (drive.file:
 *   one it created; any other is "File not found"), as an ApprovalList { kind: 'drive#approvalList', items,
 *   nextPageToken }. By default the response is minimal and leaves `items` out: the fields parameter must ask for them
 *   ("items", "items(...)" or "*"). At most pageSize (default and most 100) per page, then a nextPageToken.
 * - An Approval: approvalId, targetFileId, createTime, modifyTime, completeTime (when finished), dueTime, status
 *   (IN_PROGRESS, APPROVED, CANCELLED, DECLINED), initiator and reviewerResponses ({ reviewer, response: NO_RESPONSE,
 *   APPROVED or DECLINED }).
 * Approvals are started and answered by people in Drive, not by the script: `startApproval` and `respondToApproval`
 * below are what they do there, for tests and the preview. A read is not a write for the counter.
 */
import type { CallCounter, Emulated } from './counter';
import type { DriveFile, DriveStore } from './documents';
import { listPage, PageTokenError } from './drive-resource';
import { FieldMaskError, selectFields } from './field-mask';

export type ApprovalStatus = 'IN_PROGRESS' | 'APPROVED' | 'CANCELLED' | 'DECLINED';
export type ReviewerAnswer = 'NO_RESPONSE' | 'APPROVED' | 'DECLINED';

interface DriveUser {
  kind: 'drive#user';
  displayName: string;
  emailAddress: string;
}

export interface ApprovalState {
  kind: 'drive#approval';
  approvalId: string;
  targetFileId: string;
  createTime: string;
  modifyTime: string;
  completeTime?: string;
  dueTime?: string;
  status: ApprovalStatus;
  initiator: DriveUser;
  reviewerResponses: Array<{ kind: 'drive#reviewerResponse'; reviewer: DriveUser; response: ReviewerAnswer }>;
}

type WithApprovals = DriveFile & { approvals?: ApprovalState[] };

const user = (email: string, name?: string): DriveUser => ({
  kind: 'drive#user',
  displayName: name ?? email.split('@')[0],
  emailAddress: email,
});

/** A person starts an approval on a file in Drive (File → Approvals), naming the reviewers. */
export function startApproval(
  store: DriveStore,
  fileId: string,
  request: { initiator: string; reviewers: string[]; dueTime?: string },
  now: Date,
): ApprovalState {
  const file = store.files.find((f) => f.id === fileId) as WithApprovals | undefined;
  if (!file) throw new Error(`no file ${fileId}`);
  const at = now.toISOString();
  const approval: ApprovalState = {
    kind: 'drive#approval',
    approvalId: `approval${++store.seq}`,
    targetFileId: fileId,
    createTime: at,
    modifyTime: at,
    ...(request.dueTime ? { dueTime: request.dueTime } : {}),
    status: 'IN_PROGRESS',
    initiator: user(request.initiator),
    reviewerResponses: request.reviewers.map((r) => ({
      kind: 'drive#reviewerResponse' as const,
      reviewer: user(r),
      response: 'NO_RESPONSE' as const,
    })),
  };
  (file.approvals ??= []).push(approval);
  return approval;
}

/**
 * A reviewer approves or declines in Drive: one decline declines the approval; it is approved when every reviewer has
 * approved; it is then complete (completeTime).
 */
export function respondToApproval(
  store: DriveStore,
  fileId: string,
  approvalId: string,
  reviewer: string,
  answer: 'APPROVED' | 'DECLINED',
  now: Date,
): void {
  const file = store.files.find((f) => f.id === fileId) as WithApprovals | undefined;
  const a = file?.approvals?.find((x) => x.approvalId === approvalId);
  const r = a?.reviewerResponses.find((x) => x.reviewer.emailAddress === reviewer);
  if (!a || !r || a.status !== 'IN_PROGRESS') throw new Error(`no open approval ${approvalId} for ${reviewer}`);
  r.response = answer;
  a.modifyTime = now.toISOString();
  if (answer === 'DECLINED') a.status = 'DECLINED';
  else if (a.reviewerResponses.every((x) => x.response === 'APPROVED')) a.status = 'APPROVED';
  if (a.status !== 'IN_PROGRESS') a.completeTime = a.modifyTime;
}

export interface ApprovalList {
  kind: 'drive#approvalList';
  items?: ApprovalState[];
  nextPageToken?: string;
}

/** `Drive.Approvals` of a project that enabled the Drive advanced service. */
export class LocalDriveApprovals implements Emulated {
  readonly gasClass = 'DriveApprovals';
  readonly gasService = 'drive' as const;
  constructor(
    private readonly drive: DriveStore,
    readonly _counter: CallCounter,
  ) {}

  list(fileId: string, options: { fields?: string; pageSize?: number; pageToken?: string } = {}): ApprovalList {
    const file = this.drive.files.find((f) => f.id === fileId && f.appCreated) as WithApprovals | undefined;
    if (!file)
      throw new Error(
        `GoogleJsonResponseException: API call to drive.approvals.list failed with error: File not found: ${fileId}.`,
      );
    try {
      // At most 100 a page; the token continues this file's list only.
      const { page, nextPageToken } = listPage(file.approvals ?? [], { ...options, max: 100, request: fileId });
      const list = { kind: 'drive#approvalList', items: JSON.parse(JSON.stringify(page)) as ApprovalState[] };
      // The reference: "By default, this method returns a minimal response that may not include the items array."
      return selectFields({ ...list, nextPageToken }, options.fields, 'kind,nextPageToken') as ApprovalList;
    } catch (e) {
      if (e instanceof PageTokenError || e instanceof FieldMaskError)
        e.message = `GoogleJsonResponseException: API call to drive.approvals.list failed with error: ${e.message}`;
      throw e;
    }
  }
}

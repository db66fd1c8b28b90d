/**
 * Each change's one record, kept twice: by Recent changes (this tab, with undo) and by the audit log
 * (this browser, for good). Wired here so the groups feature and the audit log never import each other.
 */
import type { ChangeRecord } from '@/features/change-record/change-record';
import { changeRecords } from '@/features/change-record/change-record';
import { recentChanges } from '@/features/groups/changes/recent-changes';

let kept = false;
/** Records waiting for the audit log's writer, in the order they were made. */
const waiting: Array<[account: string, record: ChangeRecord]> = [];
let fetching = false;

/**
 * The audit log's writer is fetched with the first change to log, not with the groups list (about 1 kB
 * gzip of its first download; IndexedDB itself was already opened only then). Records wait in order
 * until it is here; if it cannot be fetched (offline, a newer deployment), they keep waiting and the
 * next change tries again, so none is lost while the tab stays open.
 */
function writeToAuditLog(account: string, record: ChangeRecord): void {
  waiting.push([account, record]);
  if (fetching) return;
  fetching = true;
  import('@/features/audit/audit-log').then(
    ({ auditLog }) => {
      fetching = false;
      for (const [waitingAccount, waitingRecord] of waiting.splice(0)) auditLog.write(waitingAccount, waitingRecord);
    },
    () => {
      fetching = false;
    },
  );
}

/** Subscribes both stores to the change path's records, once however often it is called. */
export function keepChangeRecords(): void {
  if (kept) return;
  kept = true;
  changeRecords.subscribe((account, record) => recentChanges.add(account, record));
  // Fire-and-forget: the log never throws at, nor delays, the change.
  changeRecords.subscribe(writeToAuditLog);
}

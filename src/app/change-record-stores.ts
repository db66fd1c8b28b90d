/**
 * Each change's one record, kept twice: by Recent changes (this tab, with undo) and by the audit log
 * (this browser, for good). Wired here so the groups feature and the audit log never import each other.
 */
import type { ChangeRecord } from '@/features/change-record/change-record';
import { changeRecords } from '@/features/change-record/change-record';
import { recentChanges } from '@/features/groups/changes/recent-changes';

let kept = false;
let auditLogModule: Promise<typeof import('@/features/audit/audit-log')> | undefined;

/**
 * The audit log's writer is fetched with the first change to log, not with the groups list (about 1 kB
 * gzip of its first download; IndexedDB itself was already opened only then). Records keep their order:
 * each waits on the same import. If the file cannot be fetched, that record is not logged and the next
 * change tries again.
 */
function writeToAuditLog(account: string, record: ChangeRecord): void {
  auditLogModule ??= import('@/features/audit/audit-log');
  auditLogModule.then(
    ({ auditLog }) => auditLog.write(account, record),
    () => {
      auditLogModule = undefined;
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

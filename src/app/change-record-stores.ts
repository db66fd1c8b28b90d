/**
 * Each change's one record, kept twice: by Recent changes (this tab, with undo) and by the audit log
 * (this browser, for good). Wired here so the groups feature and the audit log never import each other.
 */
import { auditLog } from '@/features/audit/audit-log';
import { changeRecords } from '@/features/change-record/change-record';
import { recentChanges } from '@/features/groups/changes/recent-changes';

let kept = false;

/** Subscribes both stores to the change path's records, once however often it is called. */
export function keepChangeRecords(): void {
  if (kept) return;
  kept = true;
  changeRecords.subscribe((account, record) => recentChanges.add(account, record));
  // Fire-and-forget: the log never throws at, nor delays, the change.
  changeRecords.subscribe((account, record) => auditLog.write(account, record));
}

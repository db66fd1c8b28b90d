import { Alert, Button, Group as Row, InputBase, Stack, Text, TextInput, Title } from '@mantine/core';
import { useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useSignedIn } from '@/features/session/signed-in';
import { csvFileName, downloadCsv } from '@/lib/csv-download';
import { CSV_HEADER, csvRows, filterEntries, KIND_LABELS, NO_FILTER, type AuditFilter } from './audit-entries';
import { auditLog, MAX_AGE_DAYS, MAX_ENTRIES } from './audit-log';
import classes from './audit-log.module.css';
import { AuditTable } from './audit-table';
import { useAuditEntries, useAuditStatus } from './use-audit-entries';

const KINDS = [{ value: '', label: 'All kinds' }, ...Object.entries(KIND_LABELS).map(([value, label]) => ({ value, label }))];
const OUTCOMES = [
  { value: '', label: 'Done or failed' },
  { value: 'done', label: 'Done' },
  { value: 'failed', label: 'Failed' },
];
const count = new Intl.NumberFormat();

export function AuditLogPage() {
  const { account } = useSignedIn();
  const status = useAuditStatus(auditLog);
  const { entries, complete } = useAuditEntries(auditLog, account, MAX_ENTRIES);
  const [filter, setFilter] = useState<AuditFilter>(NO_FILTER);
  const [clearing, setClearing] = useState(false);
  const [exportFailure, setExportFailure] = useState<string | null>(null);
  const shown = useMemo(() => (entries ? filterEntries(entries, filter) : []), [entries, filter]);
  const set = (patch: Partial<AuditFilter>) => setFilter((previous) => ({ ...previous, ...patch }));
  // The list's CSV rules: papaparse's quoting, a byte-order mark, formulas neutralised.
  const exportShown = () => {
    setExportFailure(null);
    downloadCsv(csvFileName('audit-log'), CSV_HEADER, csvRows(shown)).catch((error: unknown) => setExportFailure(messageOf(error)));
  };

  return (
    <Stack gap="md">
      <Title order={1}>Audit log</Title>
      <Text>
        What was done from this browser for this DeepCall account: every change made in the console here, done or failed. Changes made
        from other computers or browsers, or in DeepCall’s own panel, are not in it. The log stays in this browser through sign-out
        and restarts, keeping the newest {count.format(MAX_ENTRIES)} entries or the last {MAX_AGE_DAYS} days, whichever is fewer.
      </Text>
      {status.kept === false && (
        <Alert color="orange" title="The audit log is not being kept">
          This browser cannot store it ({status.reason}); a private window or full storage can do that. Changes still reach DeepCall,
          but they are missing from this log.
        </Alert>
      )}
      <Row align="flex-end" gap="sm">
        <TextInput label="Group name" type="search" value={filter.name} onChange={(e) => set({ name: e.currentTarget.value })} />
        <Choice label="Kind of change" options={KINDS} value={filter.kind} onChange={(kind) => set({ kind: kind as AuditFilter['kind'] })} />
        <Choice label="Outcome" options={OUTCOMES} value={filter.outcome} onChange={(outcome) => set({ outcome: outcome as AuditFilter['outcome'] })} />
        <TextInput label="From" type="date" value={filter.from} onChange={(e) => set({ from: e.currentTarget.value })} />
        <TextInput label="To" type="date" value={filter.to} onChange={(e) => set({ to: e.currentTarget.value })} />
      </Row>
      <Row justify="space-between">
        <Text size="sm" aria-live="polite">
          {!entries || !complete
            ? 'Reading the log…'
            : shown === entries
              ? `${count.format(entries.length)} ${entries.length === 1 ? 'entry' : 'entries'}`
              : `${count.format(shown.length)} of ${count.format(entries.length)} entries`}
        </Text>
        <Row gap="xs">
          <Button variant="default" disabled={shown.length === 0} onClick={exportShown}>
            Export CSV
          </Button>
          <Button variant="default" color="red" disabled={!entries || entries.length === 0} onClick={() => setClearing(true)}>
            Clear this browser’s log
          </Button>
        </Row>
      </Row>
      {exportFailure && (
        <Text size="sm" c="red.9" role="alert">
          Could not export: {exportFailure}
        </Text>
      )}
      {entries && shown.length > 0 && <AuditTable entries={shown} />}
      {entries?.length === 0 && <Text>No changes have been recorded in this browser for this account yet.</Text>}
      {entries && entries.length > 0 && shown.length === 0 && <Text>No entries match these filters.</Text>}
      {clearing && <ClearLogDialog account={account} onClose={() => setClearing(false)} />}
    </Stack>
  );
}

/** A native select in Mantine's input frame (NativeSelect would bring Combobox code for its chevron). */
function Choice({ label, options, value, onChange }: { label: string; options: { value: string; label: string }[]; value: string; onChange: (value: string) => void }) {
  return (
    <InputBase
      component="select"
      label={label}
      value={value}
      onChange={(e) => onChange((e.currentTarget as unknown as HTMLSelectElement).value)}
      rightSection={<span aria-hidden="true">▾</span>}
      rightSectionPointerEvents="none"
    >
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </InputBase>
  );
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Asks before clearing. A native modal <dialog> (focus moves in, Escape closes, the page behind is
 * inert): Mantine's Modal here would split the signed-in app's shared code into one more chunk.
 */
function ClearLogDialog({ account, onClose }: { account: string; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const clear = async () => {
    setBusy(true);
    try {
      await auditLog.clear(account);
      onClose();
    } catch (error) {
      setFailure(messageOf(error));
      setBusy(false);
    }
  };
  return (
    <dialog ref={ref} className={classes.dialog} aria-labelledby={titleId} onClose={onClose}>
      <Stack gap="md">
        <Title order={2} size="h4" id={titleId}>
          Clear this browser’s log?
        </Title>
        <Text size="sm">
          This deletes every entry this browser keeps for this account. Nothing changes in DeepCall, and the entries cannot be brought back.
        </Text>
        {failure && (
          <Text size="sm" c="red.9" role="alert">
            The log could not be cleared: {failure}
          </Text>
        )}
        <Row justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button color="red" loading={busy} onClick={() => void clear()}>
            Clear the log
          </Button>
        </Row>
      </Stack>
    </dialog>
  );
}

export default AuditLogPage;

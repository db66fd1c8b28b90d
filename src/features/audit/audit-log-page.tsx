import { Alert, Button, Group as Row, InputBase, Stack, Text, TextInput, Title } from '@mantine/core';
import { useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ChangeKind } from '@/features/change-record/change-record';
import { useSignedIn } from '@/features/session/signed-in';
import { useNamespace } from '@/i18n/language-provider';
import { audit } from '@/i18n/namespaces/audit';
import { csvFileName, downloadCsv } from '@/lib/csv-download';
import { CSV_HEADER, csvRows, filterEntries, KIND_LABELS, NO_FILTER, type AuditFilter } from './audit-entries';
import { auditLog, MAX_AGE_DAYS, MAX_ENTRIES, NO_INDEXED_DB } from './audit-log';
import classes from './audit-log.module.css';
import { AuditTable } from './audit-table';
import { useAuditEntries, useAuditStatus } from './use-audit-entries';

/** The kinds in the filter's order (the CSV's English labels keep the same order). */
const KINDS = Object.keys(KIND_LABELS) as ChangeKind[];

export function AuditLogPage() {
  const t = useNamespace(audit);
  const { account } = useSignedIn();
  const status = useAuditStatus(auditLog);
  const { entries, complete } = useAuditEntries(auditLog, account, MAX_ENTRIES);
  const [filter, setFilter] = useState<AuditFilter>(NO_FILTER);
  const [clearing, setClearing] = useState(false);
  const [exportFailure, setExportFailure] = useState<string | null>(null);
  const shown = useMemo(() => (entries ? filterEntries(entries, filter) : []), [entries, filter]);
  const set = (patch: Partial<AuditFilter>) => setFilter((previous) => ({ ...previous, ...patch }));
  const kinds = [{ value: '', label: t('filters.allKinds') }, ...KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))];
  const outcomes = [
    { value: '', label: t('filters.anyOutcome') },
    { value: 'done', label: t('filters.done') },
    { value: 'failed', label: t('filters.failed') },
  ];
  // The list's CSV rules: papaparse's quoting, a byte-order mark, formulas neutralised.
  const exportShown = () => {
    setExportFailure(null);
    downloadCsv(csvFileName('audit-log'), CSV_HEADER, csvRows(shown)).catch((error: unknown) => setExportFailure(messageOf(error)));
  };

  return (
    <Stack gap="md">
      <Title order={1}>{t('title')}</Title>
      <Text>{t('intro', { maxEntries: MAX_ENTRIES, maxDays: MAX_AGE_DAYS })}</Text>
      {status.kept === false && (
        <Alert color="orange" title={t('notKept.title')}>
          {t('notKept.message', { reason: status.reason === NO_INDEXED_DB ? t('notKept.noIndexedDb') : (status.reason ?? '') })}
        </Alert>
      )}
      <Row align="flex-end" gap="sm">
        <TextInput label={t('filters.name')} type="search" value={filter.name} onChange={(e) => set({ name: e.currentTarget.value })} />
        <Choice label={t('filters.kind')} options={kinds} value={filter.kind} onChange={(kind) => set({ kind: kind as AuditFilter['kind'] })} />
        <Choice label={t('filters.outcome')} options={outcomes} value={filter.outcome} onChange={(outcome) => set({ outcome: outcome as AuditFilter['outcome'] })} />
        <TextInput label={t('filters.from')} type="date" value={filter.from} onChange={(e) => set({ from: e.currentTarget.value })} />
        <TextInput label={t('filters.to')} type="date" value={filter.to} onChange={(e) => set({ to: e.currentTarget.value })} />
      </Row>
      <Row justify="space-between">
        <Text size="sm" aria-live="polite">
          {!entries || !complete
            ? t('reading')
            : shown === entries
              ? t('count', { count: entries.length })
              : t('countOf', { shown: shown.length, total: entries.length })}
        </Text>
        <Row gap="xs">
          <Button variant="default" disabled={shown.length === 0} onClick={exportShown}>
            {t('export')}
          </Button>
          <Button variant="default" color="red" disabled={!entries || entries.length === 0} onClick={() => setClearing(true)}>
            {t('clear')}
          </Button>
        </Row>
      </Row>
      {exportFailure && (
        <Text size="sm" c="red.9" role="alert">
          {t('exportFailed', { reason: exportFailure })}
        </Text>
      )}
      {entries && shown.length > 0 && <AuditTable entries={shown} />}
      {entries?.length === 0 && <Text>{t('empty')}</Text>}
      {entries && entries.length > 0 && shown.length === 0 && <Text>{t('noMatch')}</Text>}
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
  const t = useNamespace(audit);
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
          {t('clearDialog.title')}
        </Title>
        <Text size="sm">{t('clearDialog.message')}</Text>
        {failure && (
          <Text size="sm" c="red.9" role="alert">
            {t('clearDialog.failed', { reason: failure })}
          </Text>
        )}
        <Row justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('clearDialog.cancel')}
          </Button>
          <Button color="red" loading={busy} onClick={() => void clear()}>
            {t('clearDialog.confirm')}
          </Button>
        </Row>
      </Stack>
    </dialog>
  );
}

export default AuditLogPage;

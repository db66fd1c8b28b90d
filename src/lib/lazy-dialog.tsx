import { Alert, Button, Group as Row, Text } from '@mantine/core';
import { Component, lazy, memo, Suspense, useState, type ComponentType, type ReactNode } from 'react';
import { useNamespace } from '@/i18n/language-provider';
import { common } from '@/i18n/namespaces/common';
import classes from './lazy-dialog.module.css';

interface LazyDialogOptions<P> {
  /** Whether these props ask for the dialog to be shown. */
  isOpen: (props: P) => boolean;
  /** The dialog's own way out (Cancel, Close), offered when its code cannot be fetched; none for a dialog that must stay. */
  dismiss?: (props: P) => void;
}

/**
 * A dialog whose code (with Mantine's Modal and its scroll lock) is fetched the first time it is asked
 * for, not with the page: the groups list's first download stays within its budget. Once fetched it stays
 * mounted, so it opens and closes with its transition as before. Should the fetch fail, a notice says so,
 * with Try again, Reload and the dialog's own way out.
 */
export function lazyDialog<P extends object>(load: () => Promise<{ default: ComponentType<P> }>, options: LazyDialogOptions<P>) {
  return memo(function LazyDialog(props: P) {
    // The lazy component and the try it belongs to: a new try is a new component and boundary (React
    // remembers a lazy component's failure).
    const [fetched, setFetched] = useState<{ Dialog: ComponentType<P>; attempt: number } | null>(null);
    const open = options.isOpen(props);
    if (open && fetched === null) setFetched({ Dialog: lazy(load), attempt: 0 });
    if (fetched === null) return null;
    const retry = () => setFetched((before) => ({ Dialog: lazy(load), attempt: (before?.attempt ?? 0) + 1 }));
    const dismiss = options.dismiss;
    return (
      <LoadBoundary key={fetched.attempt} fallback={open ? <DialogLoadFailed onRetry={retry} onDismiss={dismiss && (() => dismiss(props))} /> : null}>
        <Suspense fallback={null}>
          <fetched.Dialog {...props} />
        </Suspense>
      </LoadBoundary>
    );
  });
}

class LoadBoundary extends Component<{ children: ReactNode; fallback: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

function DialogLoadFailed({ onRetry, onDismiss }: { onRetry: () => void; onDismiss?: () => void }) {
  const t = useNamespace(common);
  return (
    <Alert className={classes.failed} color="red" title={t('dialogFailed.title')} role="alert">
      <Text size="sm" mb="sm">
        {t('dialogFailed.body')}
      </Text>
      <Row gap="xs">
        <Button size="xs" variant="default" onClick={onRetry} autoFocus>
          {t('dialogFailed.retry')}
        </Button>
        <Button size="xs" variant="default" onClick={() => window.location.reload()}>
          {t('dialogFailed.reload')}
        </Button>
        {onDismiss && (
          <Button size="xs" variant="subtle" onClick={onDismiss}>
            {t('close')}
          </Button>
        )}
      </Row>
    </Alert>
  );
}

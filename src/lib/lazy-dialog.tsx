import { Button } from '@mantine/core';
import { Component, lazy, memo, Suspense, useEffect, useRef, useState, type ComponentType, type ReactNode, type RefObject } from 'react';
import { useNamespace } from '@/i18n/language-provider';
import { common } from '@/i18n/namespaces/common';
import classes from './lazy-dialog.module.css';
import { RetryNotice } from './retry-notice';

interface LazyDialogOptions<P> {
  /** Whether these props ask for the dialog to be shown. */
  isOpen: (props: P) => boolean;
  /**
   * The same props with the dialog closed: it is first drawn closed, then opened, so Mantine sees it open
   * (and later gives the focus back to where it was, as when it came with the page).
   */
  closed?: (props: P) => P;
  /** The dialog's own way out (Cancel, Close), offered when its code cannot be fetched; none for a dialog that must stay. */
  dismiss?: (props: P) => void;
  /** What to say instead of the general notice when its code cannot be fetched (a dialog that must be understood). */
  failed?: (retry: () => void) => ReactNode;
}

interface Fetch<P> {
  Dialog: ComponentType<P>;
  /** A new try is a new lazy component and boundary (React remembers a lazy component's failure). */
  attempt: number;
  failed: boolean;
}

/**
 * A dialog whose code (with Mantine's Modal and its scroll lock) is fetched the first time it is asked
 * for, not with the page: the groups list's first download stays within its budget. Once fetched it stays
 * mounted, so it opens and closes with its transitions as before. Should the fetch fail, a notice says so,
 * with Try again, Reload and the dialog's own way out; asking for the dialog again tries again.
 */
export function lazyDialog<P extends object>(load: () => Promise<{ default: ComponentType<P> }>, options: LazyDialogOptions<P>) {
  const fresh = (attempt: number): Fetch<P> => ({ Dialog: lazy(load), attempt, failed: false });
  return memo(function LazyDialog(props: P) {
    const [fetched, setFetched] = useState<Fetch<P> | null>(null);
    const open = options.isOpen(props);
    const [wasOpen, setWasOpen] = useState(open);
    // What had the focus when the dialog was asked for: a notice's Try again may have taken it since.
    const opener = useRef<HTMLElement | null>(null);
    if (open !== wasOpen) {
      setWasOpen(open);
      if (open && document.activeElement instanceof HTMLElement && document.activeElement !== document.body) opener.current = document.activeElement;
      if (open && fetched?.failed) setFetched(fresh(fetched.attempt + 1));
    }
    if (open && fetched === null) setFetched(fresh(0));
    if (fetched === null) return null;
    const retry = () => setFetched((before) => fresh((before?.attempt ?? 0) + 1));
    const dismiss = options.dismiss;
    const notice = options.failed?.(retry) ?? <DialogLoadFailed onRetry={retry} onDismiss={dismiss && (() => dismiss(props))} />;
    return (
      <LoadBoundary
        key={fetched.attempt}
        fallback={open ? notice : null}
        onFailed={() => setFetched((before) => before && { ...before, failed: true })}
      >
        <Suspense fallback={open ? <DialogLoading /> : null}>
          <OpenedAfterMount Dialog={fetched.Dialog} props={props} closed={options.closed} opener={opener} />
        </Suspense>
      </LoadBoundary>
    );
  });
}

/**
 * Draws the fetched dialog closed once, then as asked (see `closed`), with the focus where it was when the
 * dialog was asked for, so that is where Mantine gives it back.
 */
function OpenedAfterMount<P extends object>({
  Dialog,
  props,
  closed,
  opener,
}: {
  Dialog: ComponentType<P>;
  props: P;
  closed?: (props: P) => P;
  opener: RefObject<HTMLElement | null>;
}) {
  const [mounted, setMounted] = useState(false);
  useEffect(() => {
    const before = opener.current;
    if (before?.isConnected && document.activeElement === document.body) before.focus();
    setMounted(true);
  }, [opener]);
  return <Dialog {...(mounted || !closed ? props : closed(props))} />;
}

/** A failed fetch of a chunk (the browser's words vary; a loader may wrap it as the cause), as opposed to a bug in the dialog itself. */
const isFetchFailure = (error: unknown): boolean =>
  error instanceof Error &&
  (/dynamically imported module|importing a module script failed|unable to preload/i.test(error.message) || isFetchFailure(error.cause));

/** Catches only a chunk that could not be fetched: any other error goes on to the page's own boundary. */
class LoadBoundary extends Component<{ children: ReactNode; fallback: ReactNode; onFailed: () => void }, { failed: boolean; error?: unknown }> {
  override state: { failed: boolean; error?: unknown } = { failed: false };

  static getDerivedStateFromError(error: unknown) {
    return isFetchFailure(error) ? { failed: true } : { failed: false, error };
  }

  override componentDidCatch(error: unknown) {
    if (isFetchFailure(error)) this.props.onFailed();
  }

  override render() {
    if (this.state.error !== undefined) throw this.state.error;
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

/** While its code is on its way: said to screen readers (the page itself does not change). */
function DialogLoading() {
  const t = useNamespace(common);
  return (
    <span role="status" className={classes.hidden}>
      {t('dialogLoading')}
    </span>
  );
}

function DialogLoadFailed({ onRetry, onDismiss }: { onRetry: () => void; onDismiss?: () => void }) {
  const t = useNamespace(common);
  const words = { title: t('dialogFailed.title'), body: t('dialogFailed.body'), retry: t('dialogFailed.retry'), reload: t('dialogFailed.reload') };
  return (
    <RetryNotice className={classes.failed} words={words} onRetry={onRetry} focusRetry>
      {onDismiss && (
        <Button size="xs" variant="subtle" onClick={onDismiss}>
          {t('close')}
        </Button>
      )}
    </RetryNotice>
  );
}

import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { navigate, navigationPath, startNavigation, useLocationSnapshot, useNavigationBlocker } from './navigation';

const entry = () => window.history.state as { usr: unknown; idx: number };

beforeEach(() => {
  window.history.replaceState(null, '', '/groups');
  startNavigation();
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** A form's guard: holds every navigation to another page. */
const leavingThePage = (next: { path: string }) => next.path !== navigationPath();

describe('navigation', () => {
  it('numbers history entries, keeps state out of the URL, and tells subscribers', () => {
    const { result } = renderHook(() => useLocationSnapshot());
    const first = entry().idx;
    act(() => navigate('/groups/7', { state: { from: 'list' } }));
    expect(window.location.pathname).toBe('/groups/7');
    expect(entry()).toEqual({ usr: { from: 'list' }, idx: first + 1 });
    expect(result.current).toMatchObject({ path: '/groups/7', search: '', state: { from: 'list' } });

    act(() => navigate('/groups?q=sales', { replace: true }));
    expect(entry().idx).toBe(first + 1);
    expect(result.current).toMatchObject({ path: '/groups', search: '?q=sales', state: null });
  });

  it('a held navigation waits: stay drops it, leave carries it out', () => {
    const { result } = renderHook(() => useNavigationBlocker((next) => next.path !== navigationPath()));
    act(() => navigate('/groups/7'));
    expect(window.location.pathname).toBe('/groups');
    expect(result.current.held).toBe(true);

    act(() => result.current.stay());
    expect(result.current.held).toBe(false);
    expect(window.location.pathname).toBe('/groups');

    act(() => navigate('/groups/7'));
    act(() => result.current.leave());
    expect(window.location.pathname).toBe('/groups/7');
    expect(result.current.held).toBe(false);
  });

  it('a blocker that declines (same page, or an account switch) lets navigation through', () => {
    renderHook(() =>
      useNavigationBlocker(
        (next) => next.path !== navigationPath() && (next.state as { accountSwitch?: boolean } | null)?.accountSwitch !== true,
      ),
    );
    act(() => navigate('/groups?q=x', { replace: true }));
    expect(window.location.search).toBe('?q=x');
    act(() => navigate('/groups/3', { state: { accountSwitch: true } }));
    expect(window.location.pathname).toBe('/groups/3');
  });

  it('back with a blocker: the address returns to the page, and leave replays the step', async () => {
    act(() => navigate('/groups/7'));
    const { result } = renderHook(() => useNavigationBlocker((next) => next.path !== navigationPath()));
    const snapshot = renderHook(() => useLocationSnapshot());

    act(() => window.history.back());
    await waitFor(() => expect(result.current.held).toBe(true));
    await waitFor(() => expect(window.location.pathname).toBe('/groups/7'));
    expect(snapshot.result.current.path).toBe('/groups/7');

    act(() => result.current.leave());
    await waitFor(() => expect(snapshot.result.current.path).toBe('/groups'));
    expect(window.location.pathname).toBe('/groups');
  });

  it('without a blocker, back and forward simply move', async () => {
    const snapshot = renderHook(() => useLocationSnapshot());
    act(() => navigate('/groups/7'));
    act(() => window.history.back());
    await waitFor(() => expect(snapshot.result.current.path).toBe('/groups'));
    act(() => window.history.forward());
    await waitFor(() => expect(snapshot.result.current.path).toBe('/groups/7'));
  });
});

describe('blockers stack', () => {
  it('a second blocker does not drop the first: the newest decides, and when it goes the first holds again', () => {
    const page = renderHook(() => useNavigationBlocker(leavingThePage));
    const dialog = renderHook(() => useNavigationBlocker(leavingThePage));

    act(() => navigate('/groups/7'));
    expect(dialog.result.current.held).toBe(true);
    expect(page.result.current.held).toBe(false);
    act(() => dialog.result.current.stay());

    dialog.unmount();
    act(() => navigate('/groups/7'));
    expect(page.result.current.held).toBe(true);
    expect(window.location.pathname).toBe('/groups');
    act(() => page.result.current.leave());
    expect(window.location.pathname).toBe('/groups/7');
  });

  it('the newest blocker decides even where an older one would hold; an older one going first leaves the newest in force', () => {
    const older = renderHook(() => useNavigationBlocker(leavingThePage));
    const newer = renderHook(() => useNavigationBlocker((next) => next.path === '/groups/8'));

    act(() => navigate('/groups/7'));
    expect(window.location.pathname).toBe('/groups/7');
    expect(older.result.current.held).toBe(false);

    older.unmount();
    act(() => navigate('/groups/8'));
    expect(newer.result.current.held).toBe(true);
    expect(window.location.pathname).toBe('/groups/7');
  });
});

describe('a held back button', () => {
  /** /groups, then /groups/1 … /groups/n: the page is the last, guarded. */
  function guardedPageAfter(n: number) {
    for (let i = 1; i <= n; i++) act(() => navigate(`/groups/${i}`));
    const guard = renderHook(() => useNavigationBlocker(leavingThePage));
    const snapshot = renderHook(() => useLocationSnapshot());
    return { guard, snapshot, idx: entry().idx };
  }

  it('Stay keeps the page and its address, and a later back is held again', async () => {
    const { guard, snapshot, idx } = guardedPageAfter(1);

    act(() => window.history.back());
    await waitFor(() => expect(guard.result.current.held).toBe(true));
    act(() => guard.result.current.stay());
    expect(guard.result.current.held).toBe(false);
    expect(window.location.pathname).toBe('/groups/1');
    expect(entry().idx).toBe(idx);
    expect(snapshot.result.current.path).toBe('/groups/1');

    act(() => window.history.back());
    await waitFor(() => expect(guard.result.current.held).toBe(true));
    expect(window.location.pathname).toBe('/groups/1');
    act(() => guard.result.current.leave());
    await waitFor(() => expect(snapshot.result.current.path).toBe('/groups'));
    expect(window.location.pathname).toBe('/groups');
  });

  it('two quick backs are held once, the page and its entry unchanged; Leave goes back one step', async () => {
    const { guard, snapshot, idx } = guardedPageAfter(2);

    act(() => {
      window.history.back();
      window.history.back();
    });
    await waitFor(() => expect(guard.result.current.held).toBe(true));
    expect(window.location.pathname).toBe('/groups/2');
    expect(entry().idx).toBe(idx);
    expect(snapshot.result.current.path).toBe('/groups/2');

    // Each back was put back before the next one was taken: the step asked about is one back.
    act(() => guard.result.current.leave());
    await waitFor(() => expect(snapshot.result.current.path).toBe('/groups/1'));
    expect(entry().idx).toBe(idx - 1);
    expect(guard.result.current.held).toBe(false);
  });

  it('a second back taken before the first is put back (Chromium then drops the put-back): held once, Leave goes where the browser went', async () => {
    const { guard, snapshot, idx } = guardedPageAfter(2);
    vi.spyOn(window.history, 'go').mockImplementationOnce(() => {});

    act(() => {
      window.history.back();
      window.history.back();
    });
    await waitFor(() => expect(guard.result.current.held).toBe(true));
    // Not two entries back with the page still showing /groups/2.
    expect(window.location.pathname).toBe('/groups/2');
    expect(entry().idx).toBe(idx);
    expect(snapshot.result.current.path).toBe('/groups/2');

    act(() => guard.result.current.leave());
    await waitFor(() => expect(snapshot.result.current.path).toBe('/groups'));
    expect(window.location.pathname).toBe('/groups');
    expect(entry().idx).toBe(idx - 2);

    // Nothing left over: the guard (still there in this test) holds a forward from here as it should.
    act(() => window.history.forward());
    await waitFor(() => expect(guard.result.current.held).toBe(true));
    expect(window.location.pathname).toBe('/groups');
    expect(snapshot.result.current.path).toBe('/groups');
  });
});

describe('the guarded page going away while a navigation is held', () => {
  it('a held link: the answer left on screen does nothing, and later navigations go through', () => {
    const guard = renderHook(() => useNavigationBlocker(leavingThePage));
    act(() => navigate('/groups/7'));
    expect(guard.result.current.held).toBe(true);
    const { leave } = guard.result.current;

    guard.unmount();
    // Somewhere else the console went on its own (Sign out, a redirect).
    act(() => navigate('/login', { force: true }));
    act(() => leave());
    expect(window.location.pathname).toBe('/login');

    act(() => navigate('/groups/8'));
    expect(window.location.pathname).toBe('/groups/8');
  });

  it('a held back: the answer does nothing, and the next back simply moves', async () => {
    act(() => navigate('/groups/1'));
    const guard = renderHook(() => useNavigationBlocker(leavingThePage));
    const snapshot = renderHook(() => useLocationSnapshot());
    act(() => window.history.back());
    await waitFor(() => expect(guard.result.current.held).toBe(true));
    const { leave } = guard.result.current;

    guard.unmount();
    act(() => leave());
    expect(window.location.pathname).toBe('/groups/1');
    expect(snapshot.result.current.path).toBe('/groups/1');

    act(() => window.history.back());
    await waitFor(() => expect(snapshot.result.current.path).toBe('/groups'));
    act(() => navigate('/groups/9'));
    expect(snapshot.result.current.path).toBe('/groups/9');
  });

  it('a blocker that stops holding (the form saved) closes its question', () => {
    const { result, rerender } = renderHook(({ dirty }) => useNavigationBlocker(dirty && leavingThePage), { initialProps: { dirty: true } });
    act(() => navigate('/groups/7'));
    expect(result.current.held).toBe(true);

    rerender({ dirty: false });
    expect(result.current.held).toBe(false);
    act(() => navigate('/groups/7'));
    expect(window.location.pathname).toBe('/groups/7');
  });
});

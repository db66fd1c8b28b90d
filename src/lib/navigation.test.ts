import { act, renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { navigate, navigationPath, startNavigation, useLocationSnapshot, useNavigationBlocker } from './navigation';

const entry = () => window.history.state as { usr: unknown; idx: number };

beforeEach(() => {
  window.history.replaceState(null, '', '/groups');
  startNavigation();
});

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

import { useNotifications, type NotificationsProps } from '@mantine/notifications';
import { useEffect, useState, type ComponentType } from 'react';

type ToastsComponent = ComponentType<NotificationsProps>;

// Once loaded, every later mount (a new sign-in) renders it at once.
let loaded: ToastsComponent | null = null;

/**
 * Mantine's toast container, fetched when the first toast is queued: `notifications.show` works
 * everywhere from the start (the store is small and loads with the app), and the container
 * (about 9 kB gzip with its transitions and styles) comes with the first toast, which it then shows.
 * Takes the same props as Mantine's `<Notifications>`.
 */
export function ToastHost(props: NotificationsProps) {
  const { notifications, queue } = useNotifications();
  const [Toasts, setToasts] = useState<ToastsComponent | null>(() => loaded);
  const wanted = notifications.length + queue.length > 0;

  useEffect(() => {
    if (!wanted || Toasts) return;
    let current = true;
    import('./toasts').then(
      ({ Toasts: component }) => {
        loaded = component;
        if (current) setToasts(() => component);
      },
      // Not fetched (offline, or a newer deployment removed the file): the toasts stay queued in
      // the store, and the next change to it tries again.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [wanted, Toasts, notifications, queue]);

  return Toasts ? <Toasts {...props} /> : null;
}

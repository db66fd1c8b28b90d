// Loaded with the first toast (see toast-host.tsx): the toast container and its styles are not part
// of what the signed-in screens need to show.
import '@mantine/core/styles/Notification.css';
import '@mantine/notifications/styles.css';
import { Notifications, type NotificationsProps } from '@mantine/notifications';
import classes from './toasts.module.css';

export function Toasts(props: NotificationsProps) {
  return <Notifications {...props} classNames={{ root: classes.root }} />;
}

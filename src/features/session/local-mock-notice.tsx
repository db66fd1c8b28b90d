import { Alert } from '@mantine/core';
import { useNamespace } from '@/i18n/language-provider';
import { session } from '@/i18n/namespaces/session';
import { env } from '@/lib/env';

/**
 * A production build made without VITE_DEEPCALL_BASE_URL signs in to `npm run mock-api`, not to
 * DeepCall: whoever opens it must see that before trusting anything it shows.
 */
export function LocalMockNotice() {
  const t = useNamespace(session);
  if (!env.localMockApi) return null;
  return (
    <Alert role="note" color="orange" title={t('localMock.title')} mb="lg">
      {t('localMock.body', { url: env.defaultBaseUrl })}
    </Alert>
  );
}

import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { RequireSession } from '@/features/session/require-session';
import { NotFoundPage } from './not-found-page';
import { PageLoading, RouteError } from './route-error';
import { Shell } from './shell';

/** Each page is its own chunk: the sign-in page never downloads the groups screens. */
export const routes: RouteObject[] = [
  {
    errorElement: <RouteError />,
    hydrateFallbackElement: <PageLoading />,
    children: [
      { path: '/login', lazy: async () => ({ Component: (await import('@/features/session/sign-in-page')).default }) },
      {
        element: <RequireSession />,
        children: [
          {
            element: <Shell />,
            children: [
              { index: true, element: <Navigate to="/groups" replace /> },
              { path: '/groups', lazy: async () => ({ Component: (await import('@/features/groups/group-list-page')).default }) },
              { path: '/groups/:id', lazy: async () => ({ Component: (await import('@/features/groups/edit-group-page')).default }) },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}

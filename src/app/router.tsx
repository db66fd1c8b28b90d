import { lazy, Suspense, type ReactNode } from 'react';
import { Redirect, Route, Router, Switch } from 'wouter';
import { RequireSession } from '@/features/session/require-session';
import { useNavigationPath, useNavigationSearch } from '@/lib/navigation';
import { NotFoundPage } from './not-found-page';
import { PageLoading, RouteErrorBoundary } from './route-error';
import { Shell } from './shell';

// Each page is its own chunk: the sign-in page never downloads the groups screens.
const SignInPage = lazy(() => import('@/features/session/sign-in-page'));
const GroupListPage = lazy(() => import('@/features/groups/group-list-page'));
const EditGroupPage = lazy(() => import('@/features/groups/edit-group-page'));

/** The console's pages. Every navigation goes through ./navigation (so unsaved changes can hold it). */
export function AppRoutes() {
  return (
    <Router hook={useNavigationPath} searchHook={useNavigationSearch}>
      <RouteErrorBoundary>
        <Switch>
          <Route path="/login">
            <Page>
              <SignInPage />
            </Page>
          </Route>
          <Route>
            <RequireSession>
              <Shell>
                <Page>
                  <Switch>
                    <Route path="/">
                      <Redirect to="/groups" replace />
                    </Route>
                    <Route path="/groups" component={GroupListPage} />
                    <Route path="/groups/:id" component={EditGroupPage} />
                    <Route component={NotFoundPage} />
                  </Switch>
                </Page>
              </Shell>
            </RequireSession>
          </Route>
        </Switch>
      </RouteErrorBoundary>
    </Router>
  );
}

function Page({ children }: { children: ReactNode }) {
  return <Suspense fallback={<PageLoading />}>{children}</Suspense>;
}

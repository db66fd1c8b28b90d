import { lazy, startTransition, Suspense, useEffect, useState, type ReactNode } from 'react';
import { Redirect, Route, Router, Switch } from 'wouter';
import { RequireSession } from '@/features/session/require-session';
import { useNavigationPath, useNavigationSearch } from '@/lib/navigation';
import { NotFoundPage } from './not-found-page';
import { PageLoading, RouteErrorBoundary } from './route-error';
import { Shell } from './shell';
import { keepChangeRecords } from './change-record-stores';

// Every change's record reaches Recent changes and the audit log, whichever screen made it.
keepChangeRecords();

// Each page is its own chunk: the sign-in page never downloads the groups screens.
const SignInPage = lazy(() => import('@/features/session/sign-in-page'));
const GroupListPage = lazy(() => import('@/features/groups/list/group-list-page'));
const EditGroupPage = lazy(() => import('@/features/groups/edit/edit-group-page'));
const AgentsPage = lazy(() => import('@/features/agents/list/agents-page'));
const AgentPage = lazy(() => import('@/features/agents/agent/agent-page'));
const ImportPage = lazy(() => import('@/features/agents/import/import-page'));
const loadAuditLogPage = () => import('@/features/audit/audit-log-page');
const AuditLogPage = lazy(loadAuditLogPage);
let auditLogPageLoaded = false;

/**
 * The Audit log's first entries are due within 200 ms of opening it (issue 12), but a page that
 * suspends shows its fallback and is then held back until 300 ms after it (React's Suspense reveal
 * throttle; measured 310 ms to the page, 340 ms to the entries). So its chunk is loaded first and the
 * page rendered in a transition, which waits the last microtask for the lazy module instead of
 * committing a fallback. A failed load still reaches RouteErrorBoundary through the lazy page.
 */
function AuditLogRoute() {
  const [ready, setReady] = useState(auditLogPageLoaded);
  useEffect(() => {
    if (ready) return;
    const show = () => startTransition(() => setReady(true));
    loadAuditLogPage().then(() => {
      auditLogPageLoaded = true;
      show();
    }, show);
  }, [ready]);
  return ready ? <AuditLogPage /> : <PageLoading />;
}

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
                    <Route path="/agents" component={AgentsPage} />
                    <Route path="/agents/import" component={ImportPage} />
                    <Route path="/agents/:id" component={AgentPage} />
                    <Route path="/audit" component={AuditLogRoute} />
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

/**
 * The gate: the welcome screen when there is no workspace, sign-in when nobody is signed in,
 * otherwise the app shell. Also locks the app after the workspace's idle time.
 */
import { useCallback, useEffect, useState } from 'react';
import { Center, Loader } from '@mantine/core';
import { useIdle } from '@mantine/hooks';
import type { AppState, SessionInfo } from '../../../shared/domain/workspace';
import { api, sessionToken } from '../api/client';
import { SignInPage } from '../pages/sign-in/sign-in-page';
import { ChunkBoundary } from '../components/chunk-boundary';
import { ErrorState } from '../components/error-state';
import { DemoShopBanner } from '../components/demo-shop-banner';
import { lazyNamed } from './lazy-named';
import { SessionContext } from './session-context';
import { useAsync, type AsyncState } from './use-async';
import { plural } from '../components/plural';

// Sign-in is the screen most starts show; the first-run screen and the signed-in frame come when needed.
const WelcomePage = lazyNamed(() => import('../pages/welcome/welcome-page').then((m) => m.WelcomePage));
const AppLayout = lazyNamed(() => import('./app-layout').then((m) => m.AppLayout));

export function App() {
  const appState = useAsync(() => api.getAppState({}), []);
  return (
    <>
      <DemoShopBanner refreshKey={`${appState.data?.brandName ?? ''}`} />
      <AppGate appState={appState} />
    </>
  );
}

function AppGate({ appState }: { appState: AsyncState<AppState> }) {
  const [session, setSession] = useState<SessionInfo | null>(null);
  const [restoring, setRestoring] = useState(() => sessionToken.get() !== null);
  const [lockReason, setLockReason] = useState<string | null>(null);

  useEffect(() => {
    if (!restoring) return;
    api.getSession({}).then(setSession, () => sessionToken.set(null)).finally(() => setRestoring(false));
  }, [restoring]);

  const endSession = useCallback(
    (reason?: string) => {
      setSession(null);
      setLockReason(reason ?? null);
      appState.reload();
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

  useEffect(() => {
    const stop = sessionToken.onEnded((info) => endSession(info.message));
    return () => void stop();
  }, [endSession]);

  const signOut = useCallback(
    (reason?: string) => {
      void api.signOut({}).catch(() => undefined);
      sessionToken.set(null);
      endSession(reason);
    },
    [endSession],
  );

  const idle = useIdle((session?.idleMinutes ?? 15) * 60_000, { initialState: false });
  useEffect(() => {
    if (idle && session) signOut(`CX Dojo locked itself after ${plural(session.idleMinutes, 'minute')} without activity. Sign in again.`);
  }, [idle, session, signOut]);

  const started = (info: SessionInfo) => {
    sessionToken.set(info.token);
    setLockReason(null);
    setSession(info);
  };

  if (appState.error && !appState.data) return <ErrorState title="CX Dojo could not start" error={appState.error} onRetry={appState.reload} />;
  if (!appState.data || restoring) {
    return (
      <Center h="100vh">
        <Loader aria-label="Loading" />
      </Center>
    );
  }
  if (!appState.data.workspaceExists) return (
      <ChunkBoundary label="Loading" fullScreen>
        <WelcomePage
          notices={appState.data.notices}
          onCreated={(info) => {
            started(info);
            appState.reload();
          }}
        />
      </ChunkBoundary>
    );
  if (!session) return <SignInPage state={appState.data} reason={lockReason} onSignedIn={started} onRefresh={appState.reload} />;
  return (
    <SessionContext.Provider value={{ session, signOut, refreshSession: () => api.getSession({}).then(setSession) }}>
      <ChunkBoundary label="Loading" fullScreen>
        <AppLayout brandName={appState.data.brandName ?? ''} demo={appState.data.demo} />
      </ChunkBoundary>
    </SessionContext.Provider>
  );
}

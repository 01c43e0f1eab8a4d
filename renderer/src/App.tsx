import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { routineById } from '@electron/exercises/common/routines';
import type { View } from '@electron/shell/common/app-channels';
import { api } from './api';
import './App.css';
import { LoadError } from './components/LoadError';
import { NoticeBanner } from './components/NoticeBanner';
import { useNotices } from './hooks/use-notices';
import { useSettings } from './hooks/use-settings';
import { useWindowStateReport } from './hooks/use-window-hold';
import { opensSession, viewFromHash } from '@electron/shell/common/window-state';
import { applyTheme } from './theme';
import { ReturnBar } from './views/session/ReturnBar';
import { useSessionHost } from './views/session/use-session-host';
import { lazyView } from './views/lazy-view';
import { LAZY_VIEWS, SessionView, VIEW_MAP } from './views/view-map';

// A window made to show a session fetches the player now, beside its first data (window-state.ts).
if (opensSession(location.hash)) void SessionView.load().catch(() => {});

// Shown once, on the first run only: never part of an ordinary window's first frame.
const FirstRunDialog = lazyView(() => import('./components/FirstRunDialog').then((m) => m.FirstRunDialog), ['safety']);
import { t } from '@electron/i18n/common/translate';
import type { MessageKey } from '@electron/i18n/common/generated/keys';
import { useLeaveGuard } from './components/LeaveDialog';

const NAV: Array<{ view: View; label: MessageKey }> = [
  { view: 'home', label: 'app.nav.home' },
  { view: 'history', label: 'app.nav.history' },
  { view: 'routines', label: 'routines.nav' },
  { view: 'settings', label: 'app.nav.settings' },
  { view: 'safety', label: 'app.nav.safety' },
];

export function App() {
  const settings = useSettings();
  const [notices, dismissNotice] = useNotices();
  // A window made again after its hidden one was destroyed opens on the view that one showed.
  const [view, setView] = useState<View>(() => viewFromHash(location.hash));
  const mainRef = useRef<HTMLElement>(null);

  const switchTo = useCallback((next: View) => {
    setView(next);
    // Move focus to the new view's heading so keyboard and screen-reader users land on it, or to
    // the one control a view marks as its first step (a preview's Start, a paused session's Resume).
    requestAnimationFrame(() => {
      const visible = (selector: string) => [...(mainRef.current?.querySelectorAll<HTMLElement>(selector) ?? [])].find((el) => el.checkVisibility());
      (visible('[data-focus-first]') ?? visible('h1'))?.focus();
    });
  }, []);

  const wanted = useRef<View | null>(null);
  const go = useCallback((next: View) => {
    // A view whose code is not here yet is fetched first, so it draws whole and its heading can
    // take focus; if another view is asked for meanwhile, the later one wins.
    wanted.current = next;
    const lazy = LAZY_VIEWS[next];
    if (lazy && !lazy.ready) {
      const show = () => wanted.current === next && switchTo(next);
      void lazy.load().then(show, show);
    } else switchTo(next);
  }, []);

  const ready = settings.kind === 'ready' ? settings.value : null;
  // The session lives here, above the views, so leaving it for another view never loses it.
  const host = useSessionHost(ready, view, go);
  useWindowStateReport(view, host.running);
  const startRoutine = useCallback((routineId: string) => host.open({ routineId, preview: false }), [host.open]);
  const previewRoutine = useCallback((routineId: string) => host.open({ routineId, preview: true }), [host.open]);

  // The menu and the tray ask first when an editor holds unsaved changes (a reminder's session does not).
  const { leave, dialog: leaveDialog } = useLeaveGuard(view, go);
  useEffect(() => {
    const offNavigate = api.onNavigate(leave);
    const offOpen = api.onOpenSession(startRoutine);
    return () => {
      offNavigate();
      offOpen();
    };
  }, [leave, startRoutine]);

  const theme = settings.kind === 'ready' ? settings.value.theme : null;
  useEffect(() => {
    if (theme) applyTheme(theme);
  }, [theme]);

  return (
    <div class="shell">
      <a class="skip-link" href="#main">
        {t('app.shell.skipToContent')}
      </a>
      <header class="topbar">
        <span class="brand" aria-hidden="true">
          {t('app.shell.brand')}
        </span>
        <nav aria-label={t('app.shell.mainNav')}>
          <ul class="nav-list">
            {NAV.map((item) => (
              <li key={item.view}>
                <button
                  type="button"
                  class="nav-button"
                  aria-current={view === item.view ? 'page' : undefined}
                  onClick={() => leave(item.view)}
                >
                  {t(item.label)}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <NoticeBanner notices={notices} onDismiss={dismissNotice} />
      <main id="main" ref={mainRef} tabIndex={-1}>
        {settings.kind === 'loading' && <p role="status">{t('app.shell.loading')}</p>}
        {settings.kind === 'failed' && <LoadError what={t('app.loadError.settings')} message={settings.message} onRetry={settings.retry} />}
        {ready && view !== 'session' && host.running && host.current && (
          <ReturnBar routineName={routineById(host.current.routineId)?.name ?? t('app.shell.yourSession')} onReturn={() => go('session')} />
        )}
        {ready && VIEW_MAP[view]({ settings: ready, go, startRoutine, previewRoutine })}
        {ready && host.current && (
          <div class="session-host" hidden={view !== 'session'}>
            <SessionView
              key={host.current.key}
              routineId={host.current.routineId}
              preview={host.current.preview}
              settings={ready}
              active={view === 'session'}
              replaceWith={host.replaceWith}
              onReplaceAnswer={host.answerReplace}
              onStage={host.setStage}
              onExit={() => go('home')}
              onAgain={() => startRoutine(host.current?.routineId ?? ready.stretchRoutineId)}
              onWarningSigns={() => go('safety')}
            />
          </div>
        )}
      </main>
      {settings.kind === 'ready' && !settings.value.firstRunAcknowledged && <FirstRunDialog />}
      {leaveDialog}
    </div>
  );
}

import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Notice, View } from '../../electron/core/ipc/channels/app';
import { api } from './api';
import { FirstRunDialog } from './components/FirstRunDialog';
import { NoticeBanner } from './components/NoticeBanner';
import { applyTheme } from './theme';
import { useSettings } from './use-settings';
import { HomeView } from './views/HomeView';
import { SafetyView } from './views/SafetyView';
import { HistoryView } from './views/history/HistoryView';
import { SessionView } from './views/session/SessionView';
import { SettingsView } from './views/settings/SettingsView';

const NAV: Array<{ view: View; label: string }> = [
  { view: 'home', label: 'Home' },
  { view: 'history', label: 'History' },
  { view: 'settings', label: 'Settings' },
  { view: 'safety', label: 'Safety' },
];

export function App() {
  const settings = useSettings();
  const [view, setView] = useState<View>('home');
  const [notices, setNotices] = useState<Notice[]>([]);
  const [routineId, setRoutineId] = useState<string | null>(null);
  const [run, setRun] = useState(0);
  const mainRef = useRef<HTMLElement>(null);

  const go = useCallback((next: View) => {
    setView(next);
    // Move focus to the new view's heading so keyboard and screen-reader users land on it.
    requestAnimationFrame(() => mainRef.current?.querySelector<HTMLElement>('h1')?.focus());
  }, []);

  const startRoutine = useCallback(
    (id: string) => {
      setRoutineId(id);
      setRun((n) => n + 1);
      go('session');
    },
    [go],
  );

  useEffect(() => {
    const offNavigate = api.onNavigate(go);
    const offOpen = api.onOpenSession(startRoutine);
    const offNotice = api.onNotice((notice) => setNotices((list) => [...list.filter((n) => n.id !== notice.id), notice]));
    void api.rendererReady().then((result) => {
      if (result.ok) setNotices(result.value);
    });
    return () => {
      offNavigate();
      offOpen();
      offNotice();
    };
  }, [go, startRoutine]);

  useEffect(() => {
    if (settings) applyTheme(settings.theme);
  }, [settings?.theme]);

  const dismiss = (id: string) => {
    setNotices((list) => list.filter((n) => n.id !== id));
    void api.dismissNotice(id);
  };

  return (
    <div class="shell">
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <header class="topbar">
        <span class="brand" aria-hidden="true">
          Limber
        </span>
        <nav aria-label="Main">
          <ul class="nav-list">
            {NAV.map((item) => (
              <li key={item.view}>
                <button
                  type="button"
                  class="nav-button"
                  aria-current={view === item.view ? 'page' : undefined}
                  onClick={() => go(item.view)}
                >
                  {item.label}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <NoticeBanner notices={notices} onDismiss={dismiss} />
      <main id="main" ref={mainRef} tabIndex={-1}>
        {settings === null ? (
          <p role="status">Loading…</p>
        ) : view === 'settings' ? (
          <SettingsView settings={settings} />
        ) : view === 'safety' ? (
          <SafetyView settings={settings} />
        ) : view === 'history' ? (
          <HistoryView settings={settings} />
        ) : view === 'session' ? (
          <SessionView
            key={run}
            routineId={routineId ?? settings.stretchRoutineId}
            settings={settings}
            onExit={() => go('home')}
            onAgain={() => startRoutine(routineId ?? settings.stretchRoutineId)}
          />
        ) : (
          <HomeView settings={settings} onNavigate={go} onStart={startRoutine} />
        )}
      </main>
      {settings && !settings.firstRunAcknowledged && <FirstRunDialog />}
    </div>
  );
}

import type { JSX } from 'preact';
import type { View } from '@core/ipc/channels/app';
import type { Settings } from '@core/settings/schema';
import { HomeView } from './HomeView';
import { SafetyView } from './SafetyView';
import { HistoryView } from './history/HistoryView';
import { SessionView } from './session/SessionView';
import { SettingsView } from './settings/SettingsView';

/** What the shell knows when it shows a view; each view takes only the parts it uses. */
export interface ViewContext {
  settings: Settings;
  go: (view: View) => void;
  startRoutine: (routineId: string) => void;
  /** The routine the session view runs (null: the one chosen for stretch breaks) and which run it is. */
  session: { routineId: string | null; run: number };
}

/** Every view the main window can show. A Record, so a view added to the contract must be added here. */
export const VIEW_MAP: Record<View, (context: ViewContext) => JSX.Element> = {
  home: ({ settings, go, startRoutine }) => (
    <HomeView
      routineId={settings.stretchRoutineId}
      rhythm={{
        stretchIntervalMin: settings.stretchIntervalMin,
        postureChecksEnabled: settings.postureChecksEnabled,
        postureIntervalMin: settings.postureIntervalMin,
        breakLengthMin: settings.breakLengthMin,
      }}
      onNavigate={go}
      onStart={startRoutine}
    />
  ),
  history: () => <HistoryView />,
  settings: ({ settings }) => <SettingsView settings={settings} />,
  safety: ({ settings }) => <SafetyView flareUpSince={settings.flareUpSince} />,
  session: ({ settings, go, startRoutine, session }) => {
    const routineId = session.routineId ?? settings.stretchRoutineId;
    return (
      <SessionView
        key={session.run}
        routineId={routineId}
        soundsEnabled={settings.soundsEnabled}
        voiceEnabled={settings.voiceEnabled}
        onExit={() => go('home')}
        onAgain={() => startRoutine(routineId)}
      />
    );
  },
};

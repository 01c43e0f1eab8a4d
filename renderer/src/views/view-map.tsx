import type { JSX } from 'preact';
import type { View } from '@electron/shell/common/app-channels';
import type { Settings } from '@electron/settings/common/schema';
import { HomeView } from './HomeView';
import { SafetyView } from './SafetyView';
import { HistoryView } from './history/HistoryView';
import { SettingsView } from './settings/SettingsView';

/** What the shell knows when it shows a view; each view takes only the parts it uses. */
export interface ViewContext {
  settings: Settings;
  go: (view: View) => void;
  /** Start a routine at once. */
  startRoutine: (routineId: string) => void;
  /** Show a routine's preview first. */
  previewRoutine: (routineId: string) => void;
}

/** Every view the main window can show. A Record, so a view added to the contract must be added here. */
export const VIEW_MAP: Record<View, (context: ViewContext) => JSX.Element> = {
  home: ({ settings, go, startRoutine, previewRoutine }) => (
    <HomeView
      routineId={settings.stretchRoutineId}
      rhythm={{
        stretchIntervalMin: settings.stretchIntervalMin,
        postureChecksEnabled: settings.postureChecksEnabled,
        postureIntervalMin: settings.postureIntervalMin,
        breakLengthMin: settings.breakLengthMin,
      }}
      screeningAnswered={settings.screening !== null}
      onNavigate={go}
      onStart={startRoutine}
      onPreview={previewRoutine}
    />
  ),
  history: ({ settings, startRoutine }) => (
    <HistoryView onStartSession={() => startRoutine(settings.stretchRoutineId)} distanceUnit={settings.distanceUnit} />
  ),
  settings: ({ settings }) => <SettingsView settings={settings} />,
  safety: ({ settings }) => (
    <SafetyView flareUpSince={settings.flareUpSince} screening={settings.screening} leftOutExercises={settings.leftOutExercises} />
  ),
  // The session is not drawn here: App keeps it mounted above the views (hidden while another view
  // is on screen), so leaving it for another view pauses it instead of throwing it away.
  session: () => <></>,
};

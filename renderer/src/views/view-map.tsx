import type { JSX } from 'preact';
import type { View } from '@electron/shell/common/app-channels';
import type { Settings } from '@electron/settings/common/schema';
import { HomeView } from './HomeView';
import { lazyView, type LazyView } from './lazy-view';

// Home is in the entry chunk (its countdown is the first frame); every other view is a chunk of
// its own, fetched when first opened with its words (the groups in scripts/compile-messages.mjs).
export const SafetyView = lazyView(() => import('./SafetyView').then((m) => m.SafetyView), ['safety']);
export const HistoryView = lazyView(() => import('./history/HistoryView').then((m) => m.HistoryView), ['history']);
export const SettingsView = lazyView(() => import('./settings/SettingsView').then((m) => m.SettingsView), ['settings']);
/** The player (with its figures, cues and warning signs): App draws it above the views, never through VIEW_MAP. */
/** Your own routines and exercises (issue 24), with the figures its pose picker shows. */
export const RoutinesView = lazyView(() => import('./routines/RoutinesView').then((m) => m.RoutinesView), ['routines', 'figures', 'session']);
export const SessionView = lazyView(() => import('./session/SessionView').then((m) => m.SessionView), ['session', 'figures', 'safety']);

/** The views App must fetch before switching to them. */
export const LAZY_VIEWS: Partial<Record<View, LazyView<never>>> = {
  safety: SafetyView as LazyView<never>,
  history: HistoryView as LazyView<never>,
  settings: SettingsView as LazyView<never>,
  session: SessionView as LazyView<never>,
  routines: RoutinesView as LazyView<never>,
};

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
  routines: ({ startRoutine }) => <RoutinesView onStart={startRoutine} />,
};

import type { VNode } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { VIEWS, type View } from '@electron/shell/common/app-channels';
import { DEFAULT_SETTINGS, type Settings } from '@electron/settings/common/schema';

// The views import the page's API, which the preload puts on window; plain Node has neither.
vi.stubGlobal('window', { limber: {} });
const { VIEW_MAP, LAZY_VIEWS, SessionView: LazySession } = await import('../../../renderer/src/views/view-map');
const { SessionView } = await import('../../../renderer/src/views/session/SessionView');
const { HomeView } = await import('../../../renderer/src/views/HomeView');
const { HistoryView } = await import('../../../renderer/src/views/history/HistoryView');
const { SafetyView } = await import('../../../renderer/src/views/SafetyView');
const { SettingsView } = await import('../../../renderer/src/views/settings/SettingsView');

const settings: Settings = {
  ...DEFAULT_SETTINGS,
  stretchRoutineId: 'sciatica-relief',
  stretchIntervalMin: 50,
  flareUpSince: '2026-01-05T09:00:00.000Z',
  soundsEnabled: false,
  voiceEnabled: true,
};

function context() {
  const go = vi.fn<(view: View) => void>();
  const startRoutine = vi.fn<(id: string) => void>();
  const previewRoutine = vi.fn<(id: string) => void>();
  return { settings, go, startRoutine, previewRoutine };
}

const render = (view: View, ctx = context()) => VIEW_MAP[view](ctx) as VNode<Record<string, unknown>>;

describe('the view map', () => {
  it('has exactly one entry per view in the IPC contract', () => {
    expect(Object.keys(VIEW_MAP).sort()).toEqual([...VIEWS].sort());
  });

  it('gives home the chosen routine, the rhythm and the three callbacks, nothing else', () => {
    const ctx = context();
    const home = render('home', ctx);
    expect(home.type).toBe(HomeView);
    expect(home.props).toEqual({
      routineId: 'sciatica-relief',
      rhythm: { stretchIntervalMin: 50, postureChecksEnabled: true, postureIntervalMin: 20, breakLengthMin: 3 },
      screeningAnswered: false,
      onNavigate: ctx.go,
      onStart: ctx.startRoutine,
      onPreview: ctx.previewRoutine,
    });
  });

  it('gives safety the flare-up start, the safety answers and what was left out, history a way to start the chosen routine and the distance unit, settings the whole document it edits', () => {
    expect(render('safety').type).toBe(LAZY_VIEWS.safety);
    expect(render('safety').props).toEqual({ flareUpSince: '2026-01-05T09:00:00.000Z', screening: null, leftOutExercises: [] });
    const ctx = context();
    const history = render('history', ctx);
    expect(history.type).toBe(LAZY_VIEWS.history);
    expect(Object.keys(history.props)).toEqual(['onStartSession', 'distanceUnit']);
    expect(history.props['distanceUnit']).toBe(ctx.settings.distanceUnit);
    (history.props['onStartSession'] as () => void)();
    expect(ctx.startRoutine).toHaveBeenCalledWith('sciatica-relief');
    expect(render('settings').type).toBe(LAZY_VIEWS.settings);
    expect(render('settings').props).toEqual({ settings });
  });

  it('loads settings, history, safety and the session player as chunks of their own, each the real view', async () => {
    expect(LAZY_VIEWS.home).toBeUndefined();
    expect(LAZY_VIEWS.settings?.ready).toBe(false);
    expect(await LAZY_VIEWS.settings?.load()).toBe(SettingsView);
    expect(LAZY_VIEWS.settings?.ready).toBe(true);
    expect(await LAZY_VIEWS.history?.load()).toBe(HistoryView);
    expect(await LAZY_VIEWS.safety?.load()).toBe(SafetyView);
    expect(LAZY_VIEWS.session).toBe(LazySession);
    expect(await LazySession.load()).toBe(SessionView);
  });

  it('draws no session: App keeps the session above the views, so leaving it never loses it', () => {
    const session = render('session');
    expect(session.props['children']).toBeUndefined();
  });
});

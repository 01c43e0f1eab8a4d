import type { VNode } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { VIEWS, type View } from '@core/ipc/channels/app';
import { DEFAULT_SETTINGS, type Settings } from '@core/settings/schema';

// The views import the page's API, which the preload puts on window; plain Node has neither.
vi.stubGlobal('window', { limber: {} });
const { VIEW_MAP } = await import('../../../renderer/src/views/view-map');
const { HomeView } = await import('../../../renderer/src/views/HomeView');
const { HistoryView } = await import('../../../renderer/src/views/history/HistoryView');
const { SafetyView } = await import('../../../renderer/src/views/SafetyView');
const { SessionView } = await import('../../../renderer/src/views/session/SessionView');
const { SettingsView } = await import('../../../renderer/src/views/settings/SettingsView');

const settings: Settings = {
  ...DEFAULT_SETTINGS,
  stretchRoutineId: 'sciatica-relief',
  stretchIntervalMin: 50,
  flareUpSince: '2026-01-05T09:00:00.000Z',
  soundsEnabled: false,
  voiceEnabled: true,
};

function context(routineId: string | null = null) {
  const go = vi.fn<(view: View) => void>();
  const startRoutine = vi.fn<(id: string) => void>();
  return { settings, go, startRoutine, session: { routineId, run: 3 } };
}

const render = (view: View, ctx = context()) => VIEW_MAP[view](ctx) as VNode<Record<string, unknown>>;

describe('the view map', () => {
  it('has exactly one entry per view in the IPC contract', () => {
    expect(Object.keys(VIEW_MAP).sort()).toEqual([...VIEWS].sort());
  });

  it('gives home the chosen routine, the rhythm and the two callbacks, nothing else', () => {
    const ctx = context();
    const home = render('home', ctx);
    expect(home.type).toBe(HomeView);
    expect(home.props).toEqual({
      routineId: 'sciatica-relief',
      rhythm: { stretchIntervalMin: 50, postureChecksEnabled: true, postureIntervalMin: 20, breakLengthMin: 3 },
      onNavigate: ctx.go,
      onStart: ctx.startRoutine,
    });
  });

  it('gives safety only the flare-up start, history nothing, settings the whole document it edits', () => {
    expect(render('safety').type).toBe(SafetyView);
    expect(render('safety').props).toEqual({ flareUpSince: '2026-01-05T09:00:00.000Z' });
    expect(render('history').type).toBe(HistoryView);
    expect(render('history').props).toEqual({});
    expect(render('settings').type).toBe(SettingsView);
    expect(render('settings').props).toEqual({ settings });
  });

  it('runs the requested routine in a session keyed by the run, so each start is a fresh session', () => {
    const ctx = context('posture-reset');
    const session = render('session', ctx);
    expect(session.type).toBe(SessionView);
    expect(session.key).toBe(3);
    expect(session.props).toMatchObject({ routineId: 'posture-reset', soundsEnabled: false, voiceEnabled: true });
    (session.props['onAgain'] as () => void)();
    expect(ctx.startRoutine).toHaveBeenCalledWith('posture-reset');
    (session.props['onExit'] as () => void)();
    expect(ctx.go).toHaveBeenCalledWith('home');
  });

  it('falls back to the routine chosen for stretch breaks when none was requested', () => {
    const ctx = context(null);
    const session = render('session', ctx);
    expect(session.props['routineId']).toBe('sciatica-relief');
    (session.props['onAgain'] as () => void)();
    expect(ctx.startRoutine).toHaveBeenCalledWith('sciatica-relief');
  });
});

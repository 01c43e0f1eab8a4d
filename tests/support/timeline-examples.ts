/**
 * Timelines the random runs once found failing (fast-check's shrunk counterexamples). They are
 * given to every run as `examples`, played before the random ones, so what they found stays fixed.
 * Typed loosely here; the arbitrary's own type checks them where they are used.
 */
export const FOUND_TIMELINES = [
  // CI at cf6112c (seed -1581388318): a stretch time's own routine opened from the tray, then the
  // routines file lost it (changed by hand) before the person started it. A break opened what was
  // there; the window cannot start what is gone; a reminder's Start never opens it.
  {
    startMin: 6,
    dstAtHours: 0,
    dstShift: 60,
    answer: 'start',
    ops: [
      { kind: 'held', hold: 'inCall', ms: 2_995_000, typing: false, watched: false },
      {
        kind: 'own',
        steps: [
          { action: 'time', index: 0, standing: false, minutes: 1 },
          { action: 'create', index: 0, standing: false, minutes: 1 },
          { action: 'vanish', index: 3, standing: false, minutes: 1 },
          { action: 'vanish', index: 0, standing: false, minutes: 1 },
        ],
      },
      { kind: 'session', routine: 'stand-and-walk', minutes: 1, finish: false },
    ],
  },
  // 300 runs at cf6112c (seed -1560206808): a 30-minute pause, then the clock set 30 minutes on.
  // The pause keeps its time left (the app moves it with the clock), so the check must too: it
  // ended during the following call, which then began a fresh cycle.
  {
    startMin: 0,
    dstAtHours: 0,
    dstShift: -60,
    answer: 'start',
    ops: [
      { kind: 'pause', choice: '30m' },
      { kind: 'jump', ms: 1_800_000 },
      { kind: 'held', hold: 'inCall', ms: 2_940_001, typing: false, watched: false },
      { kind: 'work', ms: 60_000 },
      { kind: 'work', ms: 60_000 },
      { kind: 'policy', answer: 'start' },
    ],
  },
] as const;

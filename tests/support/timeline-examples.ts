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
  // 2,000 runs after that (seed 1624184439): a pause until tomorrow, then the clock set on. A pause
  // until a time of day stays at that time (only a pause for 30 min or an hour moves with the clock).
  {
    startMin: 4022,
    dstAtHours: 0,
    dstShift: 0,
    answer: 'start',
    ops: [
      { kind: 'pause', choice: 'tomorrow' },
      { kind: 'jump', ms: 4_063_468 },
      { kind: 'held', hold: 'inCall', ms: 2_287_767, typing: false, watched: false },
      { kind: 'idle', ms: 2_290_798 },
      {
        kind: 'own',
        steps: [
          { action: 'run', index: 0, standing: false, minutes: 4 },
          { action: 'create', index: 0, standing: false, minutes: 1 },
        ],
      },
      { kind: 'policy', answer: 'start' },
      { kind: 'work', ms: 10_134_967 },
    ],
  },
] as const;

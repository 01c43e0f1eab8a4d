/**
 * Scripts added to the page before it loads, to count what the player makes the browser do.
 * They wrap the real APIs (nothing is faked) and leave their counts on `window.__probe`.
 */
export interface Probe {
  audioContexts: number;
  audioCloses: number;
  audioStates: string[];
  /** For each oscillator started: how far ahead of the audio clock it was scheduled, in seconds. */
  toneLeads: number[];
  spoken: string[];
  timerCallbacks: number;
  frameCallbacks: number;
}

/** Counts AudioContexts made and closed, tones scheduled (and how far ahead), and speech. */
export function audioProbe(): void {
  const probe = ((window as unknown as { __probe?: Partial<Probe> }).__probe ??= {});
  Object.assign(probe, { audioContexts: 0, audioCloses: 0, audioStates: [], toneLeads: [], spoken: [] });
  const contexts: AudioContext[] = [];
  const Original = window.AudioContext;
  window.AudioContext = class extends Original {
    constructor(options?: AudioContextOptions) {
      super(options);
      probe.audioContexts! += 1;
      contexts.push(this);
    }
    override close() {
      probe.audioCloses! += 1;
      return super.close();
    }
  };
  Object.defineProperty(probe, 'audioStates', { get: () => contexts.map((c) => c.state) });
  const proto = OscillatorNode.prototype;
  const start = Object.getOwnPropertyDescriptor(AudioScheduledSourceNode.prototype, 'start')!.value as (this: OscillatorNode, when?: number) => void;
  proto.start = function (this: OscillatorNode, when?: number) {
    probe.toneLeads!.push((when ?? 0) - this.context.currentTime);
    start.call(this, when);
  };
  if (typeof speechSynthesis !== 'undefined') {
    const speak = speechSynthesis.speak.bind(speechSynthesis);
    speechSynthesis.speak = (utterance: SpeechSynthesisUtterance) => {
      probe.spoken!.push(utterance.text);
      speak(utterance);
    };
  }
}

/** Counts every timer and animation-frame callback the page runs: its wake-ups. */
export function wakeUpProbe(): void {
  const probe = ((window as unknown as { __probe?: Partial<Probe> }).__probe ??= {});
  probe.timerCallbacks = 0;
  probe.frameCallbacks = 0;
  const wrap =
    <A extends unknown[]>(count: () => void, fn: (...args: A) => unknown) =>
    (...args: A) => {
      count();
      return fn(...args);
    };
  const setTimeoutReal = window.setTimeout.bind(window);
  const setIntervalReal = window.setInterval.bind(window);
  const rafReal = window.requestAnimationFrame.bind(window);
  const onTimer = () => (probe.timerCallbacks! += 1);
  window.setTimeout = ((fn: TimerHandler, ms?: number, ...rest: unknown[]) =>
    setTimeoutReal(typeof fn === 'function' ? wrap(onTimer, fn as (...a: unknown[]) => unknown) : fn, ms, ...rest)) as typeof setTimeout;
  window.setInterval = ((fn: TimerHandler, ms?: number, ...rest: unknown[]) =>
    setIntervalReal(typeof fn === 'function' ? wrap(onTimer, fn as (...a: unknown[]) => unknown) : fn, ms, ...rest)) as typeof setInterval;
  window.requestAnimationFrame = (fn: FrameRequestCallback) => rafReal(wrap(() => (probe.frameCallbacks! += 1), fn));
}

export const readProbe = (): Probe => (window as unknown as { __probe: Probe }).__probe;

import './ProgressRing.css';

/** A large countdown inside a ring that empties as the phase runs down. */
export function ProgressRing({ progress, text, label, name }: { progress: number; text: string; label: string; name: string }) {
  const r = 54;
  const c = 2 * Math.PI * r;
  return (
    <div class="ring">
      <svg viewBox="0 0 128 128" aria-hidden="true">
        <circle cx="64" cy="64" r={r} class="ring-track" />
        <circle cx="64" cy="64" r={r} class="ring-fill" stroke-dasharray={c} stroke-dashoffset={c * progress} transform="rotate(-90 64 64)" />
      </svg>
      <div class="ring-center">
        <span class={`ring-seconds ${text.length > 3 ? 'ring-minutes' : ''}`} role="timer" aria-label={name}>
          {text}
        </span>
        <span class="ring-label">{label}</span>
      </div>
    </div>
  );
}

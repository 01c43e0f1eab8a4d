import './ReturnBar.css';

/** On every other view while a session waits: it is paused, and one click leads back to it. */
export function ReturnBar({ routineName, onReturn }: { routineName: string; onReturn: () => void }) {
  return (
    <div class="return-bar" role="region" aria-label="Paused session">
      <p>
        <strong>Session paused</strong> — {routineName}
      </p>
      <button type="button" class="button-primary" onClick={onReturn}>
        Return to session
      </button>
    </div>
  );
}

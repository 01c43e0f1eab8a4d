/** One sentence on how pain changed across a session, on average over the days shown. */
function painSentence(change: number | null): string {
  if (change === null) return 'Rate your pain before and after a session to see how stretching affects it.';
  if (change < 0) return `On average your pain was ${Math.abs(change)} points lower after a session.`;
  if (change > 0) return `On average your pain was ${change} points higher after a session. If that keeps happening, talk to a clinician.`;
  return 'On average your pain was the same after a session.';
}

export function PainSummary({ change, hurtStops }: { change: number | null; hurtStops: number }) {
  return (
    <>
      <p role="status">{painSentence(change)}</p>
      {hurtStops > 0 && (
        <p class="hint">
          You stopped {hurtStops} {hurtStops === 1 ? 'session' : 'sessions'} because it hurt.
        </p>
      )}
    </>
  );
}

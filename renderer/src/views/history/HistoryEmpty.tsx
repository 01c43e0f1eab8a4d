/** No session yet: one sentence and the way to start, instead of empty axes above a table of zeros. */
export function HistoryEmpty({ onStartSession }: { onStartSession: () => void }) {
  return (
    <section class="card history-empty" aria-labelledby="history-empty-title">
      <h2 id="history-empty-title">No stretch sessions yet</h2>
      <p>Your sessions, pain ratings, walks and sitting time will show here once you have done your first stretch.</p>
      <button type="button" class="button-primary" onClick={onStartSession}>
        Start a stretch session
      </button>
    </section>
  );
}

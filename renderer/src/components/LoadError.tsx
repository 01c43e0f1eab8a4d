import './LoadError.css';

interface Props {
  /** What could not be loaded, e.g. "your settings". */
  what: string;
  message: string;
  onRetry: () => void;
}

/** A fetch from main failed: say so out loud and offer to try again, instead of loading forever. */
export function LoadError({ what, message, onRetry }: Props) {
  return (
    <div class="error-box load-error" role="alert">
      <p>
        Could not load {what}: {message}
      </p>
      <button type="button" class="button-secondary" onClick={onRetry}>
        Retry
      </button>
    </div>
  );
}

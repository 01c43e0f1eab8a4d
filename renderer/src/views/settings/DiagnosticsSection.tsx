interface Props {
  /** The log file's full path from main; undefined where there is none (tests, a stand-in backend). */
  logFile: string | undefined;
}

/** Where the diagnostics are, so a bug report can include them: a tray app has no terminal to read. */
export function DiagnosticsSection({ logFile }: Props) {
  if (!logFile) return null;
  return (
    <fieldset class="card">
      <legend>Diagnostics</legend>
      <p class="hint" id="log-file-hint">
        Limber notes what went wrong (a notification that failed, a file it had to repair) in a log on this
        computer. Nothing is sent anywhere. To report a problem, attach this file:
      </p>
      <p>
        <code class="log-path" aria-describedby="log-file-hint">{logFile}</code>
      </p>
    </fieldset>
  );
}

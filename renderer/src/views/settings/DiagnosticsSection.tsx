import { t } from '@electron/i18n/common/translate';

interface Props {
  /** The log file's full path from main; undefined where there is none (tests, a stand-in backend). */
  logFile: string | undefined;
}

/** Where the diagnostics are, so a bug report can include them: a tray app has no terminal to read. */
export function DiagnosticsSection({ logFile }: Props) {
  if (!logFile) return null;
  return (
    <fieldset class="card">
      <legend>{t('settings.diagnostics.legend')}</legend>
      <p class="hint" id="log-file-hint">
        {t('settings.diagnostics.hint')}
      </p>
      <p>
        <code class="log-path" aria-describedby="log-file-hint" translate={false}>{logFile}</code>
      </p>
    </fieldset>
  );
}

// Windows "presenting" and "do not disturb" from the shell's own answer to "may I show a
// notification now?": SHQueryUserNotificationState (shell32). It says whether a full-screen app, a
// Direct3D game or presentation mode is in front, or quiet hours / Focus assist are on.
//
// It is a C API; without a native module we reach it from PowerShell with Add-Type. Compiling that
// signature costs a second or more, so one PowerShell process is started once and asked every sample
// (LineHelper), not spawned each time. While it warms up the first sample may time out: "unknown".
import type { PresenceFinding, PresenceProbe, ProbeContext } from '../../ports/presence';
import { LineHelper } from './line-helper';
import { t } from '../../i18n/common/translate';

/** QUERY_USER_NOTIFICATION_STATE values (shellapi.h). */
export const QUNS = {
  NOT_PRESENT: 1,
  BUSY: 2,
  RUNNING_D3D_FULL_SCREEN: 3,
  PRESENTATION_MODE: 4,
  ACCEPTS_NOTIFICATIONS: 5,
  QUIET_TIME: 6,
  APP: 7,
} as const;

/** One notification state → the presenting and dnd findings. */
export function notificationStateFindings(state: number): PresenceFinding[] {
  const presenting: Record<number, string> = {
    [QUNS.BUSY]: t('main.presence.reason.winBusy'),
    [QUNS.RUNNING_D3D_FULL_SCREEN]: t('main.presence.reason.winGame'),
    [QUNS.PRESENTATION_MODE]: t('main.presence.reason.winPresentation'),
  };
  const known = state >= QUNS.NOT_PRESENT && state <= QUNS.APP;
  const unknownWhy = known ? null : t('main.presence.reason.winUnknown', { state: String(state) });
  return [
    { via: 'fullscreen', value: known ? state in presenting : null, reason: presenting[state] ?? unknownWhy },
    {
      via: 'dnd',
      value: known ? state === QUNS.QUIET_TIME : null,
      reason: state === QUNS.QUIET_TIME ? t('main.presence.reason.winQuiet') : unknownWhy,
    },
  ];
}

/** Reads a question number per line and answers "<number> <state>" (or "<number> error <hresult>"). */
export const NOTIFICATION_STATE_SCRIPT = `
$ErrorActionPreference = 'Stop'
Add-Type -Namespace Limber -Name Shell -MemberDefinition '[DllImport("shell32.dll")] public static extern int SHQueryUserNotificationState(out int state);'
while ($null -ne ($line = [Console]::In.ReadLine())) {
  $id = ($line -split ' ')[0]
  $state = 0
  $hr = [Limber.Shell]::SHQueryUserNotificationState([ref]$state)
  if ($hr -eq 0) { [Console]::Out.WriteLine("$id $state") } else { [Console]::Out.WriteLine("$id error $hr") }
  [Console]::Out.Flush()
}
`;

/** powershell.exe arguments that run `script` with no profile, no prompt and no quoting trouble. */
export function powershellArgs(script: string): string[] {
  return [
    '-NoLogo',
    '-NoProfile',
    '-NonInteractive',
    '-ExecutionPolicy',
    'Bypass',
    '-EncodedCommand',
    Buffer.from(script, 'utf16le').toString('base64'),
  ];
}

export interface WindowsNotificationStateOptions {
  env: NodeJS.ProcessEnv;
  /** The helper to ask; tests pass a stand-in that speaks the same line protocol. */
  helper?: LineHelper;
}

export function windowsNotificationStateProbe({
  env,
  helper,
}: WindowsNotificationStateOptions): PresenceProbe & { dispose(): void } {
  const shell =
    helper ?? new LineHelper({ file: 'powershell.exe', args: powershellArgs(NOTIFICATION_STATE_SCRIPT), env });
  return {
    name: 'Windows notification state (SHQueryUserNotificationState)',
    label: () => t('main.presence.probe.windowsNotificationState'),
    uses: ['fullscreen', 'dnd'],
    async read({ signal }: ProbeContext): Promise<PresenceFinding[]> {
      const answer = await shell.ask('state', signal);
      if (!/^\d+$/.test(answer)) throw new Error(`SHQueryUserNotificationState failed (${answer})`);
      return notificationStateFindings(Number(answer));
    },
    dispose: () => shell.dispose(),
  };
}

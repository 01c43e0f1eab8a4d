import { useEffect } from 'preact/hooks';
import type { View } from '@electron/shell/common/app-channels';
import { api } from '../api';
import { WindowStateReporter } from '../window-state-report';

// The reminder window never reports: only the main window's App and its drafts use these hooks.
const reporter = new WindowStateReporter((state) => void api.reportWindowState(state));

/** App: the view on screen and whether a session is under way in this window (a preview or a finished one is not kept). */
export function useWindowStateReport(view: View, sessionOpen: boolean): void {
  useEffect(() => reporter.setView(view, sessionOpen), [view, sessionOpen]);
}

/** A form or field: while `unsaved`, the hidden window is kept rather than destroyed. */
export function useDraftHold(unsaved: boolean): void {
  useEffect(() => (unsaved ? reporter.hold() : undefined), [unsaved]);
}

// The words of the close-without-tray question (plain, so tests can read them without Electron).
export const CLOSE_DIALOG = {
  keep: 'Keep reminding',
  quit: 'Quit Limber',
  message: 'Keep Limber running?',
  detail:
    'Your desktop has no tray, so Limber stays minimised in the dock while it reminds you. ' +
    'Quitting stops the reminders until you open Limber again.',
  remember: 'Do this every time',
} as const;

import { t } from '../i18n/common/translate';

// The words of the close-without-tray question (plain, so tests can read them without Electron),
// in the active language: read when the dialog opens, so a change of language applies at once.
export function closeDialogText() {
  return {
    keep: t('main.closeDialog.keep'),
    quit: t('main.closeDialog.quit'),
    message: t('main.closeDialog.message'),
    detail: t('main.closeDialog.detail'),
    remember: t('main.closeDialog.remember'),
  } as const;
}

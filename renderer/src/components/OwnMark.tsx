import { isOwnId } from '@electron/exercises/common/custom-registry';
import { t } from '@electron/i18n/common/translate';
import './OwnMark.css';

/**
 * "From you or your clinician" beside an own exercise or routine (issue 24), wherever one is named:
 * home's list, the preview, the player, the finish screen, the routines view and its editors.
 * Nothing for the catalogue's own entries, so a caller passes any id.
 */
export function OwnMark({ id }: { id: string }) {
  return isOwnId(id) ? <span class="own-mark">{t('routines.own.mark')}</span> : null;
}

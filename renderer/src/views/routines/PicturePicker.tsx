import { useState } from 'preact/hooks';
import { t } from '@electron/i18n/common/translate';
import { exerciseById } from '@electron/exercises/common/routines';
import { POSE_IDS, type Picture } from '@electron/exercises/common/schema';
import { IMAGE_MAX_BYTES } from '@electron/routines/common/image-limits';
import { api } from '../../api';
import { Figure } from '../../illustrations/Figure';
import { OwnPicture } from '../../components/ExercisePicture';
import { pictureUrl, rememberOwnImage } from '../../hooks/use-own-image';
import { reencodePicture } from './reencode';

/**
 * An own exercise's picture: the button that picks one in main's dialog (first, so it shows with
 * its hint and answer at every window size), then one radio group of the own picture and Limber's
 * figures (one Tab stop, arrows choose). A refused
 * or unreadable picture leaves the choice as it was and says why.
 */
export function PicturePicker({ picture, name, onChange }: { picture: Picture | undefined; name: string; onChange: (picture: Picture) => void }) {
  const [ownId, setOwnId] = useState(picture?.kind === 'image' ? picture.imageId : null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const chosen = picture?.kind === 'pose' ? picture.pose : picture?.imageId;

  const choose = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const failed = (text: string) => setMessage({ text, error: true });
      const picked = await api.pickOwnImage();
      if (!picked.ok) return failed(picked.error.message);
      if (picked.value === null) return; // cancelled: nothing to say
      if (!picked.value.ok) return failed(picked.value.message);
      const copy = await reencodePicture(picked.value.data, picked.value.type).catch(() => null);
      if (!copy) return failed(t('routines.image.unreadable'));
      const stored = await api.storeOwnImage(picked.value.token, copy.data);
      if (!stored.ok) return failed(stored.error.message);
      if (!stored.value.ok) return failed(stored.value.message);
      rememberOwnImage(stored.value.imageId, pictureUrl(copy.type, copy.data));
      setOwnId(stored.value.imageId);
      onChange({ kind: 'image', imageId: stored.value.imageId });
      setMessage({ text: t('routines.ui.imageReady'), error: false });
    } finally {
      setBusy(false);
    }
  };

  return (
    <fieldset class="field pose-picker">
      <legend>{t('routines.ui.picture')}</legend>
      <div class="own-picture-row">
        {/* aria-disabled, not disabled, while a picture is read: a disabled button drops the keyboard's focus. */}
        <button type="button" class="button-secondary" aria-describedby="own-picture-hint" aria-disabled={busy} onClick={() => busy || void choose()}>
          {t('routines.ui.chooseImage')}
        </button>
        <p id="own-picture-hint" class="hint">
          {t('routines.ui.imageHint', { max: IMAGE_MAX_BYTES / (1024 * 1024) })}
        </p>
      </div>
      <p class={message?.error ? 'error' : 'save-status'} role={message?.error ? 'alert' : 'status'}>
        {message?.text ?? ''}
      </p>
      <div class="pose-grid">
        {ownId !== null && (
          <label class={`pose-choice own-choice${chosen === ownId ? ' pose-chosen' : ''}`}>
            <input type="radio" name="exercise-pose" class="visually-hidden" checked={chosen === ownId} onChange={() => onChange({ kind: 'image', imageId: ownId })} />
            <OwnPicture imageId={ownId} alt={name.trim() || t('routines.ui.ownImage')} />
            <span>{t('routines.ui.ownImage')}</span>
          </label>
        )}
        {POSE_IDS.map((id) => (
          <label key={id} class={`pose-choice${chosen === id ? ' pose-chosen' : ''}`}>
            <input type="radio" name="exercise-pose" class="visually-hidden" checked={chosen === id} onChange={() => onChange({ kind: 'pose', pose: id })} />
            <Figure exerciseId={id} animate={false} />
            <span>{exerciseById(id)?.name ?? id}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

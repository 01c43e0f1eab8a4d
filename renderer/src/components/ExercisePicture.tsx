import type { Picture } from '@electron/exercises/common/schema';
import { Figure } from '../illustrations/Figure';
import { figureIdOf } from '../illustrations/figures';
import { useOwnImage } from '../hooks/use-own-image';
import './ExercisePicture.css';

/**
 * An exercise's picture wherever it shows (editor, routine preview, player): Limber's figure, or the
 * person's own picture. A figure is mirrored for the second side, as the catalogue's are; an own
 * picture is shown as it is on both sides, since a photo or a drawing from a clinician may hold
 * writing or a real room that a mirror would turn backwards.
 */
export function ExercisePicture({ exercise, mirrored, animate }: { exercise: { id: string; name: string; picture?: Picture }; mirrored?: boolean; animate?: boolean }) {
  if (exercise.picture?.kind === 'image') return <OwnPicture imageId={exercise.picture.imageId} alt={exercise.name} />;
  return <Figure exerciseId={figureIdOf(exercise)} {...(mirrored === undefined ? {} : { mirrored })} {...(animate === undefined ? {} : { animate })} />;
}

/** The person's own picture, its alt text the exercise's name. The same box as a figure while it loads or when it is missing. */
export function OwnPicture({ imageId, alt }: { imageId: string; alt: string }) {
  const url = useOwnImage(imageId);
  return (
    <div class="fig-wrap">
      {typeof url !== 'string' ? (
        <div class="figure own-picture own-picture-empty" role="img" aria-label={alt} aria-busy={url === null} />
      ) : (
        <img class="figure own-picture" src={url} alt={alt} />
      )}
    </div>
  );
}

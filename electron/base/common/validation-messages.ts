import { config } from 'zod/mini';
import { validationMessage } from '../../i18n/common/validation-words';

/**
 * Zod's messages for every schema, whichever zod flavour built it, in the person's language
 * (electron/i18n/common/validation-words.ts) instead of zod's English locale. Classic zod
 * registers its English locale when its first schema is constructed, zod/mini never does; set as
 * the custom error map, these words outrank that locale either way, so no check without its own
 * message reads "Invalid input" or "expected number, received string" in any process. Imported
 * for its effect by the schema modules.
 */
config({ customError: validationMessage });

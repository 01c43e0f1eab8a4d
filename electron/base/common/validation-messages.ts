import { en } from 'zod/locales';
import { config } from 'zod/mini';

/**
 * Zod's English messages ("Invalid input: expected boolean, received string") for every schema,
 * whichever zod flavour built it. Classic zod registers them only when its first schema is
 * constructed and zod/mini never does, so without this a check without its own message would read
 * a bare "Invalid input" in the window and in any process that had not built a classic schema yet.
 * Imported for its effect by the zod/mini schema modules.
 */
config(en());

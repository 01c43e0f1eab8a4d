import { join } from 'node:path';
import { z } from 'zod';
import {
  cleanStaleTemps,
  ensurePrivateDir,
  keepAside,
  PRIVATE_FILE_MODE,
  readDataFile,
  RefusedFileError,
  setAsideIfNotAFile,
  writeFileAtomic,
} from '../../base/node/fs-safe';
import { guardSettingsFile } from './file-guard';
import { migrate, MIGRATIONS, type Migration, type RawSettings } from '../common/migrations';
import { checkSettingsPatch } from '../common/rules';
import {
  DEFAULT_SETTINGS,
  SETTINGS_KEYS,
  SETTINGS_VERSION,
  SettingsPatchSchema,
  SettingsSchema,
  type Settings,
} from '../common/schema';

/** The part of conf / electron-store we use, so core can run with either. */
export interface SettingsBackend {
  readonly store: Record<string, unknown>;
  set(values: Record<string, unknown>): void;
}

export interface SettingsBackendOptions {
  cwd: string;
  name: string;
  defaults: Settings;
  /** Per-key JSON schema (draft-07) for the backend's own write-time validation. */
  schema: Record<string, unknown>;
  /**
   * The settings file's mode (0600: owner only). Pass it as conf / electron-store's
   * `configFileMode`, which sets it on every write; without it each write leaves the file 0644.
   */
  fileMode: number;
}

export type SettingsBackendFactory = (options: SettingsBackendOptions) => SettingsBackend;

export const SETTINGS_FILE_NAME = 'settings';

/** A settings file is a few KB; anything past this is not one (a link to /dev/zero, a dump). */
export const MAX_SETTINGS_BYTES = 1024 * 1024;

export interface SettingsRecovery {
  kind: 'unreadable' | 'repaired' | 'newer-version';
  /** Where the original file was kept; it is never deleted. */
  keptAt: string;
  resetFields: string[];
  message: string;
}

export type UpdateResult =
  | { ok: true; value: Settings }
  | { ok: false; errors: Record<string, string> };

export interface SettingsService {
  get(): Settings;
  update(patch: unknown): UpdateResult;
  reset(): Settings;
  onChange(listener: (settings: Settings) => void): () => void;
  readonly recovery: SettingsRecovery | null;
  readonly migrationsApplied: string[];
  /** Hears one sentence when the file was found edited or damaged while Limber ran (file-guard.ts). */
  onFileNotice(listener: (id: string, message: string) => void): () => void;
}

/** JSON schema for conf/electron-store, generated from the zod schema so the two cannot disagree. */
export function backendJsonSchema(): Record<string, unknown> {
  const json = z.toJSONSchema(SettingsSchema, { target: 'draft-7', io: 'input' }) as {
    properties?: Record<string, unknown>;
  };
  return json.properties ?? {};
}

interface Loaded {
  settings: Settings;
  recovery: SettingsRecovery | null;
  applied: string[];
  rewrite: boolean;
}

/**
 * Read, migrate and validate the settings file. Whatever is wrong with it, the app gets usable
 * settings: unreadable files are moved aside, invalid fields fall back to defaults one by one
 * (the rest is kept), and the original is always kept next to it with a timestamp.
 */
export async function loadSettingsFile(
  filePath: string,
  now: Date = new Date(),
  migrations: readonly Migration[] = MIGRATIONS,
  target: number = SETTINGS_VERSION,
): Promise<Loaded> {
  // A folder, pipe, device or link where the file should be: moved aside, kept, defaults used.
  const aside = await setAsideIfNotAFile(filePath, now);
  if (aside) {
    return {
      settings: DEFAULT_SETTINGS,
      recovery: {
        kind: 'unreadable',
        keptAt: aside.keptAt,
        resetFields: [...SETTINGS_KEYS],
        message: `Your settings file was ${aside.what}, not a file, so Limber started with its defaults. It was moved aside, untouched, as ${aside.keptAt}.`,
      },
      applied: [],
      rewrite: true,
    };
  }
  let read: string | null;
  try {
    read = await readDataFile(filePath, MAX_SETTINGS_BYTES);
  } catch (error) {
    if (!(error instanceof RefusedFileError)) throw error;
    read = ''; // too large (or swapped for something else meanwhile): unreadable, kept aside below
  }
  if (read === null) return { settings: DEFAULT_SETTINGS, recovery: null, applied: [], rewrite: false };
  // Notepad and other editors may start the file with a byte-order mark; JSON.parse refuses it.
  const text = read.replace(/^\uFEFF/, '');

  let raw: unknown;
  try {
    raw = text.trim() === '' ? undefined : JSON.parse(text);
  } catch {
    raw = undefined;
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    const keptAt = await keepAside(filePath, 'corrupt', now, 'move');
    return {
      settings: DEFAULT_SETTINGS,
      recovery: {
        kind: 'unreadable',
        keptAt,
        resetFields: [...SETTINGS_KEYS],
        message: `Your settings file could not be read, so Limber started with its defaults. The old file was kept as ${keptAt}.`,
      },
      applied: [],
      rewrite: true,
    };
  }

  const migrated = migrate(raw as RawSettings, target, migrations);
  if (migrated.from > target) {
    const keptAt = await keepAside(filePath, 'newer', now, 'copy');
    const { settings, resetFields } = salvage({ ...migrated.doc, schemaVersion: target });
    return {
      settings,
      recovery: {
        kind: 'newer-version',
        keptAt,
        resetFields,
        message: `Your settings were saved by a newer version of Limber. A copy was kept as ${keptAt}; the settings this version understands were kept.`,
      },
      applied: [],
      rewrite: true,
    };
  }

  const { settings, resetFields } = salvage(migrated.doc);
  if (resetFields.length > 0) {
    const keptAt = await keepAside(filePath, 'invalid', now, 'copy');
    return {
      settings,
      recovery: {
        kind: 'repaired',
        keptAt,
        resetFields,
        message: `Some settings were not valid (${resetFields.join(', ')}) and were reset to their defaults; everything else was kept. The original file was kept as ${keptAt}.`,
      },
      applied: migrated.applied,
      rewrite: true,
    };
  }
  return { settings, recovery: null, applied: migrated.applied, rewrite: migrated.applied.length > 0 };
}

/** Keep every field that is valid on its own; replace the rest (and drop unknown keys). */
function salvage(doc: RawSettings): { settings: Settings; resetFields: string[] } {
  const whole = SettingsSchema.safeParse(doc);
  const unknownKeys = Object.keys(doc).filter((k) => k !== 'schemaVersion' && !(k in SettingsSchema.shape));
  if (whole.success && unknownKeys.length === 0) return { settings: whole.data, resetFields: [] };
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  const resetFields: string[] = [];
  for (const key of SETTINGS_KEYS) {
    if (!(key in doc)) continue;
    const field = SettingsSchema.shape[key].safeParse(doc[key]);
    if (field.success) settings[key] = field.data;
    else resetFields.push(key);
  }
  return { settings: SettingsSchema.parse(settings), resetFields: [...resetFields, ...unknownKeys] };
}

/** The first message per field ('walking.goal', or '(settings)' for the whole), for forms and import previews. */
function issuesByField(issues: ReadonlyArray<{ path: string; message: string }>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) out[issue.path || '(settings)'] ??= issue.message;
  return out;
}

/** A refused patch's zod issues, by field, in the same shape. */
const describeIssues = (error: z.core.$ZodError): Record<string, string> =>
  issuesByField(error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })));

/** Open the settings store: recover the file first, then hand it to conf / electron-store. */
export async function openSettings(
  dir: string,
  createBackend: SettingsBackendFactory,
  now: Date = new Date(),
): Promise<SettingsService> {
  const fileName = `${SETTINGS_FILE_NAME}.json`;
  const filePath = join(dir, fileName);
  await ensurePrivateDir(dir);
  await cleanStaleTemps(dir, fileName, now);
  const loaded = await loadSettingsFile(filePath, now);
  if (loaded.rewrite) await writeFileAtomic(filePath, `${JSON.stringify(loaded.settings, null, '\t')}\n`);

  const backend = createBackend({
    cwd: dir,
    name: SETTINGS_FILE_NAME,
    defaults: DEFAULT_SETTINGS,
    schema: backendJsonSchema(),
    fileMode: PRIVATE_FILE_MODE,
  });
  // The backend merges its defaults in; validate once more so `current` is always a Settings.
  let current: Settings = SettingsSchema.parse({ ...loaded.settings, ...backend.store });
  const listeners = new Set<(settings: Settings) => void>();
  const emit = () => {
    for (const listener of listeners) listener(current);
  };
  const fileListeners = new Set<(id: string, message: string) => void>();
  const guard = guardSettingsFile(filePath, (id, message) => {
    for (const listener of fileListeners) listener(id, message);
  });

  return {
    recovery: loaded.recovery,
    migrationsApplied: loaded.applied,
    get: () => current,
    update(patch: unknown): UpdateResult {
      const parsedPatch = SettingsPatchSchema.safeParse(patch);
      if (!parsedPatch.success) return { ok: false, errors: describeIssues(parsedPatch.error) };
      const issues = checkSettingsPatch(parsedPatch.data, current);
      if (issues.length > 0) return { ok: false, errors: issuesByField(issues) };
      const next = SettingsSchema.parse({ ...current, ...parsedPatch.data });
      guard.write(() => backend.set(next), current);
      current = next;
      emit();
      return { ok: true, value: current };
    },
    reset(): Settings {
      guard.write(() => backend.set(DEFAULT_SETTINGS), current);
      current = DEFAULT_SETTINGS;
      emit();
      return current;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onFileNotice(listener) {
      fileListeners.add(listener);
      return () => fileListeners.delete(listener);
    },
  };
}

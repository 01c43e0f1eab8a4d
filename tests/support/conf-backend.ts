import Conf from 'conf';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Settings } from '../../electron/settings/common/schema';
import type { SettingsBackendFactory } from '../../electron/settings/node/settings-store';

/**
 * conf builds a fresh Ajv for every store and compiles the settings schema in it, and Ajv first
 * compiles its own meta-schema: about 100 ms of CPU for every createServices, which the e2e harness
 * runs once per test and the unit tests hundreds of times. In a test process the schema and Ajv's
 * options are the same every time, so the compiled validator (a pure function of the two) is kept
 * and handed to the next store that asks for the same; anything else compiles as before.
 */
const compiled = new Map<string, unknown>();
// eslint-disable-next-line @typescript-eslint/unbound-method -- called below with its own `this`
const compile = Ajv2020.prototype.compile;
Ajv2020.prototype.compile = function compileOnce(this: Ajv2020, schema: unknown, meta?: boolean) {
  if (meta) return compile.call(this, schema as object, meta);
  // The options that shape the code (allErrors, useDefaults, strict...) are plain values; the rest are the instance's own objects.
  const plainOptions = Object.entries(this.opts).filter(([, value]) => value === null || typeof value !== 'object');
  const key = JSON.stringify([plainOptions, schema]);
  const known = compiled.get(key);
  if (known) return known as ReturnType<typeof compile>;
  const validate = compile.call(this, schema as object);
  compiled.set(key, validate);
  return validate;
} as typeof compile;

/** The options main gives electron-store, on its base library: plain Node, no Electron needed. */
export const confBackend: SettingsBackendFactory = (o) =>
  new Conf<Settings>({
    cwd: o.cwd,
    configName: o.name,
    defaults: o.defaults,
    schema: o.schema,
    clearInvalidConfig: false,
    configFileMode: o.fileMode,
  });

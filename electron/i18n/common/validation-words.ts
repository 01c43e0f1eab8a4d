import type { core } from 'zod/mini';
import { formatDate, formatList, formatNumber } from './format';
import { t } from './translate';

/**
 * Zod's words for a value that fails a check without its own message, in the person's language:
 * installed as zod's locale (electron/base/common/validation-messages.ts) in place of zod's English
 * one, so an import preview, a malformed settings file or an IPC call the page made wrongly never
 * shows "Invalid input: expected number, received string". Bounds and counts are formatted for the
 * locale; the place the value sits (`settings.snoozeMin`, `history[3].rating`) is added by the
 * caller, as it is the file's own address. Checks that carry their own message keep it.
 */

// i18n-keys: errors.invalid.*

type Issue = core.$ZodRawIssue;

/** What kind of value arrived, as the catalogue's select names it. */
function kindOf(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'number') return Number.isNaN(input) ? 'other' : 'number';
  return ['string', 'boolean', 'object'].includes(typeof input) ? typeof input : 'other';
}

/** A bound in the person's words: a date for dates, else a number with up to two decimals. */
function limitText(origin: string, bound: unknown): string {
  if (origin === 'date') return formatDate(new Date(Number(bound)), 'long');
  return formatNumber(Number(bound), 2);
}

/** Strings and arrays count characters and items; everything else compares values. */
const sizeOf = (origin: string): string => (origin === 'string' || origin === 'array' || origin === 'set' ? (origin === 'set' ? 'array' : origin) : 'value');

/** A value as it is written in the file: JSON for text (quoted), as is for numbers and booleans. */
const asWritten = (value: unknown): string => (typeof value === 'string' ? JSON.stringify(value) : String(value));

const FORMATS = new Set(['date', 'datetime', 'time', 'uuid', 'guid']);

function bounded(issue: Issue & { origin: string; inclusive?: boolean; exact?: boolean }, bound: number | bigint | Date, below: boolean): string {
  const size = sizeOf(issue.origin);
  const values = { size: issue.origin === 'date' ? 'date' : size, limit: limitText(issue.origin, bound), count: Number(bound) };
  if (issue.exact) return t('errors.invalid.exactly', values);
  if (below) return issue.inclusive === false ? t('errors.invalid.moreThan', values) : t('errors.invalid.atLeast', values);
  return issue.inclusive === false ? t('errors.invalid.lessThan', values) : t('errors.invalid.atMost', values);
}

/** The message for one issue; never zod's own English. */
export function validationMessage(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return t('errors.invalid.missing');
      return t('errors.invalid.type', { expected: issue.expected === 'int' ? 'integer' : issue.expected, found: kindOf(issue.input) });
    case 'too_small':
      return bounded(issue, issue.minimum, true);
    case 'too_big':
      return bounded(issue, issue.maximum, false);
    case 'invalid_format':
      return t('errors.invalid.format', { format: FORMATS.has(issue.format) ? (issue.format === 'guid' ? 'uuid' : issue.format) : 'other' });
    case 'not_multiple_of':
      return t('errors.invalid.multipleOf', { divisor: formatNumber(Number(issue.divisor), 6) });
    case 'unrecognized_keys':
      return t('errors.invalid.unknownFields', { count: issue.keys.length, fields: formatList(issue.keys.map((k) => JSON.stringify(k))) });
    case 'invalid_value':
      return t('errors.invalid.oneOf', { count: issue.values.length, values: formatList(issue.values.map(asWritten), 'disjunction') });
    case 'invalid_union':
      return t('errors.invalid.union');
    case 'invalid_key':
      return t('errors.invalid.key');
    case 'invalid_element':
      return t('errors.invalid.element');
    default:
      return t('errors.invalid.other');
  }
}

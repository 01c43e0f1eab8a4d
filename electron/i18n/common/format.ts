import { activeFormattingTag } from './translate';

/**
 * Every number, length of time, distance, date and list a person sees goes through here, in the
 * active language's conventions (`Intl`), one function per kind. Words around them come from the
 * catalogue; these only format the quantity ("5 min", "5 Min.", "1,5 km", "lun. 24 nov.").
 */
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>(key: string, make: (tag: string) => T): T {
  const tag = activeFormattingTag();
  const full = `${tag}|${key}`;
  let formatter = cache.get(full);
  if (!formatter) {
    formatter = make(tag);
    cache.set(full, formatter);
  }
  return formatter as T;
}

export type UnitDisplay = 'short' | 'long' | 'narrow';

export function formatNumber(value: number, maximumFractionDigits = 0): string {
  return cached(`n${maximumFractionDigits}`, (tag) => new Intl.NumberFormat(tag, { maximumFractionDigits })).format(value);
}

type TimeUnit = 'second' | 'minute' | 'hour';

export function formatUnit(value: number, unit: TimeUnit | DistanceUnitName, display: UnitDisplay, fractionDigits = 0): string {
  return cached(
    `u${unit}${display}${fractionDigits}`,
    (tag) => new Intl.NumberFormat(tag, { style: 'unit', unit, unitDisplay: display, maximumFractionDigits: fractionDigits }),
  ).format(value);
}

/** "12 min and 5 s" joined the way the language joins units ("1 h, 5 min", "1 Std., 5 Min."). */
function joinUnits(parts: string[], display: UnitDisplay): string {
  if (parts.length === 1) return parts[0] ?? '';
  return cached(`l${display}`, (tag) => new Intl.ListFormat(tag, { type: 'unit', style: display })).format(parts);
}

/**
 * A length of time, rounded for reading: under 90 s in seconds (to 5 s), under an hour in whole
 * minutes, longer as hours and minutes. This is the one routine length shown everywhere.
 */
export function formatDuration(seconds: number, display: UnitDisplay = 'short'): string {
  const s = Math.max(0, seconds);
  if (s < 90) return formatUnit(Math.round(s / 5) * 5, 'second', display);
  return formatMinutes(s / 60, display);
}

/** Whole minutes; an hour or more as hours and minutes ("1 h, 5 min"). */
export function formatMinutes(minutes: number, display: UnitDisplay = 'short'): string {
  const whole = Math.max(0, Math.round(minutes));
  if (whole < 60) return formatUnit(whole, 'minute', display);
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  const parts = [formatUnit(hours, 'hour', display)];
  if (rest) parts.push(formatUnit(rest, 'minute', display));
  return joinUnits(parts, display);
}

/** A countdown's exact form: "4 min, 5 s"; "45 s". */
export function formatMinutesSeconds(totalSeconds: number, display: UnitDisplay = 'short'): string {
  const whole = Math.max(0, Math.round(totalSeconds));
  const minutes = Math.floor(whole / 60);
  const seconds = whole % 60;
  if (minutes === 0) return formatUnit(seconds, 'second', display);
  return joinUnits([formatUnit(minutes, 'minute', display), formatUnit(seconds, 'second', display)], display);
}

export type DistanceUnit = 'km' | 'mi';
type DistanceUnitName = 'kilometer' | 'mile';
export const KM_PER_MILE = 1.609344;

/** Regions whose people read walking distances in miles; everyone else in kilometres. */
const MILE_REGIONS = new Set(['US', 'GB', 'LR', 'MM']);
export function distanceUnitForRegion(region: string | undefined): DistanceUnit {
  return region && MILE_REGIONS.has(region.toUpperCase()) ? 'mi' : 'km';
}

/** "1.5 km", "0.3 mi": tenths, never float noise from summing tenths. */
export function formatDistance(value: number, unit: DistanceUnit, display: UnitDisplay = 'short'): string {
  return formatUnit(Math.round(value * 10) / 10, unit === 'km' ? 'kilometer' : 'mile', display, 1);
}

export type DateStyle = 'weekday' | 'day-month' | 'weekday-day-month' | 'long';
const DATE_OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  weekday: { weekday: 'short' },
  'day-month': { day: 'numeric', month: 'short' },
  'weekday-day-month': { weekday: 'short', day: 'numeric', month: 'short' },
  long: { weekday: 'long', day: 'numeric', month: 'long' },
};

export function formatDate(date: Date | number, style: DateStyle): string {
  return cached(`d${style}`, (tag) => new Intl.DateTimeFormat(tag, DATE_OPTIONS[style])).format(date);
}

/** A clock time in the language's own convention ("2:05 PM", "14:05"). */
export function formatTime(date: Date | number): string {
  return cached('t', (tag) => new Intl.DateTimeFormat(tag, { hour: 'numeric', minute: '2-digit' })).format(date);
}

/** "a, b and c" / "a, b oder c". */
export function formatList(items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return cached(`L${type}`, (tag) => new Intl.ListFormat(tag, { type, style: 'long' })).format(items);
}

/** Whole seconds, never turned into minutes: a hold ("60 sec", "60 Sek.", "60 s"). */
export function formatSeconds(seconds: number, display: UnitDisplay = 'short'): string {
  return formatUnit(Math.max(0, Math.round(seconds)), 'second', display);
}

/** A weekday's name by its Date#getDay() index (0 is Sunday): "Monday", "Montag", "lundi". */
export function formatWeekday(index: number, display: 'long' | 'short' = 'long'): string {
  // 4 January 1970 was a Sunday; noon UTC keeps every time zone on the same day.
  const day = Date.UTC(1970, 0, 4 + (((index % 7) + 7) % 7), 12);
  return cached(`w${display}`, (tag) => new Intl.DateTimeFormat(tag, { weekday: display, timeZone: 'UTC' })).format(day);
}

/** A file size: "20 MB", "64 kB", "20 Mo". */
export function formatFileSize(value: number, unit: 'kilobyte' | 'megabyte'): string {
  return cached(`f${unit}`, (tag) => new Intl.NumberFormat(tag, { style: 'unit', unit, maximumFractionDigits: 0 })).format(value);
}

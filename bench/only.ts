/**
 * `BENCH_ONLY=renderer,memory npm run bench`: which steps run. A step runs when its name contains
 * one of the comma-separated words; with the variable unset or empty, every step runs.
 */
export function stepFilter(only: string | undefined): (step: string) => boolean {
  const words = (only ?? '').split(',').map((word) => word.trim()).filter(Boolean);
  return (step) => words.length === 0 || words.some((word) => step.includes(word));
}

/**
 * How many times faster than real time every protocol duration runs. A build made with
 * `WXT_TIME_SCALE=300` turns 10 minutes into 2 s for the e2e suite and the benchmark; normal builds use 1.
 */
export const timeScale: number = parseTimeScale(import.meta.env.WXT_TIME_SCALE);

/** Reads a scale from an env string; anything that is not a finite number ≥ 1 means 1 (real time). */
export function parseTimeScale(value: unknown): number {
  const scale = Number(value);
  return Number.isFinite(scale) && scale >= 1 ? scale : 1;
}

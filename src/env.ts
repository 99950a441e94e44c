/**
 * A whole number from the environment, `fallback` when unset or empty. Anything else is a startup
 * error naming the variable, not a NaN that surfaces later as a strange limit.
 */
export function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 0): number {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be a whole number of at least ${min}, got "${value}"`);
  return n;
}

/**
 * Canonical JSON: object keys sorted, `undefined` members left out, -0 written as 0. The same value always gives
 * the same text, so its digest identifies an evaluation run (scheme, inputs, baselines, results) exactly.
 */

function canonicalise(value: unknown, path: string): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`${path}: 不是有限数值 ${value} (not a finite number)`);
    return Object.is(value, -0) ? 0 : value;
  }
  if (Array.isArray(value)) return value.map((item, index) => canonicalise(item ?? null, `${path}[${index}]`));
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const member = (value as Record<string, unknown>)[key];
      if (member !== undefined) out[key] = canonicalise(member, `${path}.${key}`);
    }
    return out;
  }
  throw new TypeError(`${path}: 无法写成 JSON 的值 (value cannot be written as JSON)`);
}

export function canonicalJson(value: unknown): string {
  return JSON.stringify(canonicalise(value, '$'));
}

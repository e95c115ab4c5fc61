/**
 * A number as decimal text the way the bureau rounds it: value × 10^shift, rounded half away from zero
 * (四舍五入) to a fixed number of decimals. Shifting and rounding work on the number's shortest decimal form,
 * not in binary, so 227825000000 元 shows as 2278.3 亿元 and 0.0835 as 8.4 %, where `(x / 1e8).toFixed(1)` or
 * `(x * 100).toFixed(1)` can fall on the wrong side. Zero never carries a sign: "0.0", never "-0.0".
 */

/** value = ±mantissa × 10^exponent, from the shortest text that reads back as value ("2278.25", "1.5e-7"). */
function decimalParts(value: number): { mantissa: bigint; exponent: number } {
  const [coefficient = '0', exponentText = '0'] = Math.abs(value).toString().split('e');
  const [whole = '0', fraction = ''] = coefficient.split('.');
  return { mantissa: BigInt(whole + fraction), exponent: Number(exponentText) - fraction.length };
}

/** `value` × 10^`shift` with exactly `digits` decimals (0–20), rounded half away from zero. */
export function formatDecimal(value: number, digits: number, shift = 0): string {
  if (!Number.isFinite(value)) throw new RangeError(`无法格式化非有限数值 ${value} (cannot format ${value})`);
  if (!Number.isInteger(digits) || digits < 0 || digits > 20) {
    throw new RangeError(`小数位数须为0–20的整数：${digits} (decimals must be an integer 0–20)`);
  }
  if (!Number.isInteger(shift)) throw new RangeError(`移位须为整数：${shift} (shift must be an integer)`);
  const { mantissa, exponent } = decimalParts(value);
  // value × 10^(shift + digits) = mantissa × 10^scale; round that to an integer count of 10^-digits.
  const scale = exponent + shift + digits;
  let units: bigint;
  if (scale >= 0) {
    units = mantissa * 10n ** BigInt(scale);
  } else {
    const divisor = 10n ** BigInt(-scale);
    units = mantissa / divisor;
    if (2n * (mantissa % divisor) >= divisor) units += 1n;
  }
  const text = units.toString().padStart(digits + 1, '0');
  const body = digits === 0 ? text : `${text.slice(0, -digits)}.${text.slice(-digits)}`;
  return value < 0 && units !== 0n ? `-${body}` : body;
}

/** 1234567.8 → 1,234,567.8: thousands separators for English text (Chinese tables use none). */
export function groupThousands(decimalText: string): string {
  const [whole = '', fraction] = decimalText.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

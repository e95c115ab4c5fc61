/**
 * checkUscc for the codes files are made of: 18 characters already in canonical form (upper-case, no
 * spaces, positions 1–17 in the USCC alphabet) whose check characters (positions 17 and 18) both match.
 * Those are valid with no warning and no normalisation, which is exactly what checkUscc says of them; this
 * finds it out with two table look-ups per character instead of the full normalisation. Every other
 * input goes to checkUscc itself.
 */
import { checkUscc, ORGANIZATION_CODE_WEIGHTS, USCC_ALPHABET, USCC_CHECK_WEIGHTS } from '../uscc/index.ts';

/** What extraction needs of a check: the fields of UsccCheck it reads. */
export interface UsccVerdict {
  code: string;
  valid: boolean;
  reason: string | null;
  warning: string | null;
}

/** Character code → USCC value 0–30, or −1. */
const USCC_VALUE = new Int8Array(128).fill(-1);
for (let value = 0; value < USCC_ALPHABET.length; value++) USCC_VALUE[USCC_ALPHABET.charCodeAt(value)] = value;

/** The GB 11714 value of a body character (0–9, A–Z → 10–35); −1 when it is not one. */
function organizationValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 90) return code - 55;
  return -1;
}

/** True when `text` is a canonical code whose check characters at positions 17 and 18 both match. */
function isCleanCode(text: string): boolean {
  if (text.length !== 18) return false;
  let sum = 0;
  for (let index = 0; index < 17; index++) {
    const code = text.charCodeAt(index);
    const value = code < 128 ? USCC_VALUE[code]! : -1;
    if (value < 0) return false;
    sum += value * USCC_CHECK_WEIGHTS[index]!;
  }
  if (text[17] !== USCC_ALPHABET[(31 - (sum % 31)) % 31]) return false;
  let organizationSum = 0;
  for (let index = 0; index < 8; index++) {
    const value = organizationValue(text.charCodeAt(8 + index));
    if (value < 0) return false;
    organizationSum += value * ORGANIZATION_CODE_WEIGHTS[index]!;
  }
  const check = 11 - (organizationSum % 11);
  return text[16] === (check === 10 ? 'X' : check === 11 ? '0' : String(check));
}

/** The verdict checkUscc gives on `text`, the fast way when the code is clean. */
export function checkUsccFast(text: string): UsccVerdict {
  if (isCleanCode(text)) return { code: text, valid: true, reason: null, warning: null };
  const { code, valid, reason, warning } = checkUscc(text);
  return { code, valid, reason, warning };
}

/**
 * Valid 统一社会信用代码 for demo enterprises (GB 32100-2015, DOMAIN.md §3): registrar 9 (工商), type 1
 * (企业), the area code of the reporting unit, a random 8-character organisation code with its GB 11714 check
 * character, then the position-18 check character. Codes are never repeated within one data set.
 */
import { organizationCodeCheckCharacter, USCC_ALPHABET, usccCheckCharacter } from '@observatory/core';
import type { Random } from './random.ts';

const DIGITS = '0123456789';

export class UsccFactory {
  private readonly issued = new Set<string>();

  constructor(private readonly random: Random) {}

  /** A fresh code for an enterprise registered in `areaCode` (6 digits). */
  next(areaCode: string): string {
    if (!/^\d{6}$/.test(areaCode)) throw new RangeError(`area code must be 6 digits, not ${areaCode}`);
    for (;;) {
      const body = this.organizationBody();
      const first17 = `91${areaCode}${body}${organizationCodeCheckCharacter(body)}`;
      const code = first17 + usccCheckCharacter(first17);
      if (!this.issued.has(code)) {
        this.issued.add(code);
        return code;
      }
    }
  }

  /**
   * Eight characters of an organisation code: most firms registered after 2015 have the `MA` form with
   * letters and digits, older ones a numeric code. Only characters of the USCC alphabet are used, so the
   * code stays valid once embedded.
   */
  private organizationBody(): string {
    if (this.random.chance(0.35)) {
      return Array.from({ length: 8 }, (_, index) =>
        index === 0 ? this.random.pick(['1', '3', '5', '6', '7']) : this.random.pick([...DIGITS]),
      ).join('');
    }
    const tail = Array.from({ length: 6 }, () => this.random.pick([...USCC_ALPHABET])).join('');
    return `MA${tail}`;
  }
}

/**
 * Names of demo enterprises in the usual Chinese pattern — place + 字号 + industry word + form — always
 * marked 「（演示）」 so that no one mistakes them for real companies: 桐乡恒达纺织有限公司（演示）.
 * Names are unique within a data set.
 */
import type { Random } from './random.ts';

export const DEMO_NAME_MARK = '（演示）';

const BRAND_FIRST = '恒华新金源瑞丰鼎盛宏通泰嘉禾远博诚信德昌振永安康利天宇中正弘和润隆汇星明晟祥福凯锦立广佳盈';
const BRAND_SECOND = '达华新源丰盛泰通力昌兴发宇达成晟辉美亿顺邦科创维联宏峰杰元迪瑞森雅航诺丰凯耀驰腾翔';

export class EnterpriseNames {
  private readonly issued = new Set<string>();

  constructor(private readonly random: Random) {}

  /**
   * A fresh name. `place` is the short place name (桐乡), `words` the sector's industry words; larger firms
   * more often carry 浙江 and the 股份有限公司 form.
   */
  next(place: string, words: readonly string[], large: boolean): string {
    for (let attempt = 0; ; attempt += 1) {
      const prefix = this.random.chance(large ? 0.35 : 0.1) ? '浙江' : place;
      const brand = this.random.pick([...BRAND_FIRST]) + this.random.pick([...BRAND_SECOND]);
      const form = large && this.random.chance(0.4) ? '股份有限公司' : '有限公司';
      const serial = attempt > 20 ? String(attempt) : '';
      const name = `${prefix}${brand}${serial}${this.random.pick(words)}${form}${DEMO_NAME_MARK}`;
      if (brand[0] !== brand[1] && !this.issued.has(name)) {
        this.issued.add(name);
        return name;
      }
    }
  }

  /** A name for an organisation that is not one of the enterprises (a park operator, a landlord). */
  other(place: string, kind: string): string {
    for (;;) {
      const brand = this.random.pick([...BRAND_FIRST]) + this.random.pick([...BRAND_SECOND]);
      const name = `${place}${brand}${kind}${DEMO_NAME_MARK}`;
      if (!this.issued.has(name)) {
        this.issued.add(name);
        return name;
      }
    }
  }
}

/**
 * A cluster promotion organisation (集群促进机构, one per cluster, DOMAIN.md §6): its type and how to reach it. Only
 * a role and an office phone are kept — never a person's name or a mobile number (personal data).
 */
import type { BilingualName } from '../i18n/bilingual-name.ts';

export const PROMOTION_ORG_TYPES = ['association', 'alliance', 'institute', 'service_centre', 'other'] as const;
export type PromotionOrgType = (typeof PROMOTION_ORG_TYPES)[number];

export const PROMOTION_ORG_TYPE_NAMES: Readonly<Record<PromotionOrgType, BilingualName>> = {
  association: { zh: '行业协会', en: 'association' },
  alliance: { zh: '产业联盟', en: 'alliance' },
  institute: { zh: '研究院', en: 'institute' },
  service_centre: { zh: '服务中心', en: 'service centre' },
  other: { zh: '其他', en: 'other' },
};

/** An office line: optional area code (0xxx-) and 7–8 digits, optional extension; mobile numbers are refused. */
const OFFICE_PHONE = /^(0\d{2,3}-?)?\d{7,8}(-\d{1,6})?$/u;
const MOBILE = /^(\+?86-?)?1[3-9]\d{9}$/u;

/** null when the phone is an acceptable office line, else why not. */
export function officePhoneProblem(phone: string): BilingualName | null {
  const clean = phone.replace(/[\s（）()]/gu, '');
  if (MOBILE.test(clean))
    return {
      zh: '不登记手机号码（个人信息），请填办公电话',
      en: 'no mobile numbers (personal data): give an office line',
    };
  if (!OFFICE_PHONE.test(clean))
    return { zh: '办公电话格式应为 0573-8xxxxxxx', en: 'office phone should look like 0573-8xxxxxxx' };
  return null;
}

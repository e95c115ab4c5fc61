/** Words of the projects pages: milestone names, milestone states, construction types, rates as display text. */
import { percent } from '../../format/display.ts';
import type { Bilingual } from '../../i18n/language.tsx';
import type { Milestone, MilestoneStatus } from './project-types.ts';

export const MILESTONE_NAMES: Record<Milestone, Bilingual> = {
  signing: { zh: '签约', en: 'Signing' },
  filing: { zh: '备案', en: 'Filing' },
  land_supply: { zh: '供地', en: 'Land supply' },
  start: { zh: '开工', en: 'Start' },
  completion: { zh: '竣工', en: 'Completion' },
  production: { zh: '投产', en: 'Production' },
  full_production: { zh: '达产', en: 'Full production' },
};

export const STATE_NAMES: Record<MilestoneStatus['state'], Bilingual> = {
  on_time: { zh: '按期', en: 'On time' },
  late: { zh: '滞后完成', en: 'Reached late' },
  overdue: { zh: '逾期', en: 'Overdue' },
  pending: { zh: '未到期', en: 'Not yet due' },
  unplanned: { zh: '无计划', en: 'Not planned' },
};

export const CONSTRUCTION_TYPE_NAMES: Record<string, Bilingual> = {
  new: { zh: '新建', en: 'New' },
  expansion: { zh: '扩建', en: 'Expansion' },
  renovation: { zh: '改建和技术改造', en: 'Renovation' },
};

/** A rate the API gives in percent (50 = 50 %) as display text. */
export const ratePercent = (value: number | null) => percent(value === null ? null : value / 100);

/** Growth in percent as signed display text: +12.5% / -3.0%. */
export function growthPercent(value: number | null): string {
  if (value === null) return percent(null);
  const text = percent(value / 100);
  return value > 0 ? `+${text}` : text;
}

/** The project page's address, carrying the period so the page reads the same month. */
export const projectPath = (code: string, year: number, month: number) =>
  `/projects/${encodeURIComponent(code)}?year=${year}&period=${year}-${String(month).padStart(2, '0')}`;

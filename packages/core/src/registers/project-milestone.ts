/**
 * The milestones a project passes (DOMAIN.md §6), in order, each planned and actual: 签约, 备案, 供地, 开工,
 * 竣工, 投产, 达产. Register columns are named `<milestone>_planned` and `<milestone>_actual`.
 */
import type { BilingualName } from '../i18n/bilingual-name.ts';

export const PROJECT_MILESTONES = [
  'signing',
  'filing',
  'land_supply',
  'start',
  'completion',
  'production',
  'full_production',
] as const;
export type ProjectMilestone = (typeof PROJECT_MILESTONES)[number];

export const PROJECT_MILESTONE_NAMES: Record<ProjectMilestone, BilingualName> = {
  signing: { zh: '签约', en: 'signing' },
  filing: { zh: '备案', en: 'filing' },
  land_supply: { zh: '供地', en: 'land supply' },
  start: { zh: '开工', en: 'construction start' },
  completion: { zh: '竣工', en: 'completion' },
  production: { zh: '投产', en: 'production start' },
  full_production: { zh: '达产', en: 'full production' },
};

export interface MilestoneDates {
  planned: string | null;
  actual: string | null;
}

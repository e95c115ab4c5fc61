/**
 * The policy section a target belongs to, from where it comes: a cluster's own targets (三、重点方向), the overall
 * aim (二、工作目标), a main task 四(一)–四(八) read from the target's source text, or the later city targets. The
 * topic after a task number describes what its targets measure (platforms, chains, …); it is ours, not the
 * policy's wording.
 */
import type { BilingualName } from '../i18n/bilingual-name.ts';

export interface TargetSection {
  /** Sort key and id: 'goal', 'clusters', 'task-1' … 'task-8', 'later'. */
  id: string;
  order: number;
  name: BilingualName;
}

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const TASK_TOPICS: readonly (readonly [string, string])[] = [
  ['平台载体', 'platforms and parks'],
  ['产业链', 'industry chains'],
  ['工业投资', 'industrial investment'],
  ['创新载体', 'innovation'],
  ['工业互联网与设计', 'industrial internet and design'],
  ['企业培育', 'enterprise cultivation'],
  ['标准与品牌', 'standards and brands'],
  ['开放合作', 'internationalisation'],
];

export function targetSection(target: { clusterId: string | null; source: string | null }): TargetSection {
  if (target.clusterId !== null)
    return { id: 'clusters', order: 1, name: { zh: '三、集群培育目标', en: 'Cluster targets' } };
  const source = target.source ?? '';
  const task = /四[(（]([一二三四五六七八九十])[)）]/u.exec(source);
  if (task) {
    const number = NUMERALS.indexOf(task[1]!) + 1;
    const topic = TASK_TOPICS[number - 1] ?? ['主要任务', 'main task'];
    return {
      id: `task-${number}`,
      order: 1 + number,
      name: { zh: `四(${task[1]}) ${topic[0]}`, en: `Task ${number}: ${topic[1]}` },
    };
  }
  if (/二、工作目标/u.test(source)) return { id: 'goal', order: 0, name: { zh: '二、工作目标', en: 'Overall goal' } };
  return { id: 'later', order: 20, name: { zh: '其他市级目标', en: 'Other city targets' } };
}

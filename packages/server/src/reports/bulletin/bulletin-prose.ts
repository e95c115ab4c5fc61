/**
 * The sentences of the bulletin, as the bureau writes them, in Chinese and English: the city's totals
 * ("全市规上工业总产值11862.4亿元，增长8.0%") and each system ("合计…，占全市的60.5%，拉动3.3个百分点。其中，…").
 * Withheld figures are named as withheld, never given a number; missing ones are left out.
 */
import {
  displayUnitOfMeasure,
  formatGrowthProse,
  formatInDisplayUnitText,
  formatPercentText,
  formatPullProse,
  type BilingualName,
  type BulletinCell,
  type BulletinDocument,
  type BulletinGrowth,
  type BulletinSystemSection,
} from '@observatory/core';

interface Figure {
  name: BilingualName;
  measure: string;
  value: BulletinCell;
  growth: BulletinGrowth;
}

function figure({ name, measure, value, growth }: Figure): BilingualName | null {
  if (value.suppressed !== undefined) return { zh: `${name.zh}数据按规定不予公布`, en: `${name.en}: withheld` };
  if (value.value === null) return null;
  const unit = displayUnitOfMeasure(measure);
  const zh = `${name.zh}${formatInDisplayUnitText(value.value, unit, 'zh')}`;
  const en = `${name.en} ${formatInDisplayUnitText(value.value, unit, 'en')}`;
  if (growth.value === null) return { zh, en };
  return {
    zh: `${zh}，${formatGrowthProse(growth.value, 'zh')}`,
    en: `${en}, ${formatGrowthProse(growth.value, 'en')}`,
  };
}

function join(parts: (BilingualName | null)[], zhSeparator: string, enSeparator: string): BilingualName {
  const present = parts.filter((part): part is BilingualName => part !== null);
  return { zh: present.map((part) => part.zh).join(zhSeparator), en: present.map((part) => part.en).join(enSeparator) };
}

export function cityProse(document: BulletinDocument): BilingualName {
  const parts = document.city.map((row) => {
    const text = figure({ name: row.name, measure: row.measure, value: row.value, growth: row.growth });
    if (text === null || row.officialGrowth === null || row.value.suppressed !== undefined) return text;
    return {
      zh: `${text.zh}（统计部门可比价${formatGrowthProse(row.officialGrowth, 'zh')}）`,
      en: `${text.en} (official real growth: ${formatGrowthProse(row.officialGrowth, 'en')})`,
    };
  });
  const body = join(parts, '；', '; ');
  return { zh: `${document.period.label.zh}，全市${body.zh}。`, en: `${document.period.label.en}, city: ${body.en}.` };
}

export function systemProse(section: BulletinSystemSection): BilingualName {
  const { total, measure, measureName } = section;
  const head = figure({ name: measureName, measure, value: total.value, growth: total.growth });
  const share =
    total.share === null
      ? null
      : { zh: `占全市的${formatPercentText(total.share)}`, en: `${formatPercentText(total.share)} of the city` };
  const pull =
    total.pull === null ? null : { zh: formatPullProse(total.pull, 'zh'), en: formatPullProse(total.pull, 'en') };
  const lead = join([head, share, pull], '，', ', ');
  const clusters = join(
    section.rows
      .filter((row) => row.depth === 0)
      .map((row) => figure({ name: row.name, measure, value: row.value, growth: row.growth })),
    '；',
    '; ',
  );
  return {
    zh: `${section.name.zh}合计实现${lead.zh}。其中，${clusters.zh}。`,
    en: `${section.name.en} in all: ${lead.en}. Of which: ${clusters.en}.`,
  };
}

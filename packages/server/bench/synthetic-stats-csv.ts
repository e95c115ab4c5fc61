/**
 * Deterministic monthly-report CSV files for benchmarks: `firms` enterprises with valid USCCs reporting
 * 工业总产值 and 营业收入 (本年累计 and 上年同期, 万元) for consecutive months.
 */
import { organizationCodeCheckCharacter, usccCheckCharacter } from '@observatory/core';

const units = ['南湖区', '秀洲区', '嘉善县', '海盐县', '海宁市', '平湖市', '桐乡市', '经开区', '港区'];
const areas = ['330402', '330411', '330421', '330424', '330481', '330482', '330483', '330400', '330400'];
const classes = ['1711', '1811', '2822', '3825', '2651', '3670', '3856', '2110', '3311', '3511'];
const orgAlphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';

export function benchUscc(index: number): string {
  let org = '';
  for (let value = index + 1_000_000, i = 0; i < 8; i++, value = Math.floor(value / 31))
    org = orgAlphabet[value % 31]! + org;
  const first17 = `91${areas[index % areas.length]}${org}${organizationCodeCheckCharacter(org)}`;
  return first17 + usccCheckCharacter(first17);
}

export function statsCsv(firms: number, year: number, month: number): string {
  const lines = [
    `嘉兴市${year}年1-${month}月规模以上工业企业主要经济指标`,
    '单位：万元',
    '统一社会信用代码,企业名称,县（市、区）,行业代码,工业总产值本年累计,工业总产值上年同期,营业收入本年累计,营业收入上年同期',
  ];
  for (let index = 0; index < firms; index++) {
    const size = 2000 + ((index * 7919) % 50_000);
    const output = ((size * month) / 12).toFixed(1);
    const base = ((size * month * 0.93) / 12).toFixed(1);
    const revenue = ((size * month * 1.05) / 12).toFixed(1);
    const revenueBase = ((size * month * 0.97) / 12).toFixed(1);
    lines.push(
      `${benchUscc(index)},基准测试企业${index}（演示）,${units[index % units.length]},${classes[index % classes.length]},${output},${base},${revenue},${revenueBase}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

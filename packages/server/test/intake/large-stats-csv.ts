/**
 * A large monthly statistics report as CSV (title, unit line, one-row header), deterministic: `firms`
 * enterprises with valid USCCs in Jiaxing's reporting units, each with 工业总产值 本年累计 and 上年同期 in
 * 万元 — one observation (value and base) per row.
 */
import { makeUscc } from '../fixtures/intake/intake-fixture-data.ts';

const units: readonly [text: string, area: string][] = [
  ['南湖区', '330402'],
  ['秀洲区', '330411'],
  ['嘉善县', '330421'],
  ['海盐县', '330424'],
  ['海宁市', '330481'],
  ['平湖市', '330482'],
  ['桐乡市', '330483'],
  ['经开区', '330400'],
  ['港区', '330400'],
];
const classes = ['1711', '2822', '3825', '2927', '3856', '3670', '2614', '2651', '3311', '3982'];
const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** The organisation-code body (8 characters) of enterprise `index`. */
function orgBody(index: number): string {
  let body = '';
  for (let value = index, position = 0; position < 7; position++, value = Math.floor(value / 31)) {
    body = alphabet[value % 31]! + body;
  }
  return `M${body}`;
}

export function largeStatsCsv(firms: number, year: number, month: number): string {
  const lines = [
    `嘉兴市${year}年1-${month}月规模以上工业企业主要经济指标`,
    '单位：万元',
    '统一社会信用代码,企业名称,县（市、区）,行业代码,工业总产值本年累计,工业总产值上年同期',
  ];
  for (let index = 0; index < firms; index++) {
    const [unit, area] = units[index % units.length]!;
    const output = (1000 + ((index * 7919) % 90_000) / 10).toFixed(1);
    const base = (900 + ((index * 104_729) % 80_000) / 10).toFixed(1);
    lines.push(
      `${makeUscc(area, orgBody(index))},测试企业${index}有限公司,${unit},${classes[index % classes.length]},${output},${base}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

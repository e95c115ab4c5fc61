import { describe, expect, it } from 'vitest';
import { reportingUnitLookup } from './resolve-reporting-unit.ts';

const lookup = reportingUnitLookup([
  { id: '330402', nameZh: '南湖区' },
  { id: '330483', nameZh: '桐乡市' },
  { id: '330421', nameZh: '嘉善县' },
  { id: 'jiaxing-etdz', nameZh: '嘉兴经济技术开发区' },
  { id: 'jiaxing-port', nameZh: '嘉兴港区（浙江乍浦经济开发区）' },
]);

describe('reportingUnitLookup', () => {
  it.each([
    ['桐乡市', '330483'],
    ['桐乡', '330483'],
    [' 桐 乡 市 ', '330483'],
    ['嘉兴市桐乡市', '330483'],
    ['330483', '330483'],
    ['嘉善', '330421'],
    ['南湖区', '330402'],
    ['经开区', 'jiaxing-etdz'],
    ['嘉兴经济技术开发区', 'jiaxing-etdz'],
    ['港区', 'jiaxing-port'],
    ['嘉兴港区', 'jiaxing-port'],
    ['嘉兴港区（浙江乍浦经济开发区）', 'jiaxing-port'],
    ['海宁市', null],
    ['国家税务总局桐乡市税务局', '330483'],
    ['国家税务总局嘉兴经济技术开发区税务局', 'jiaxing-etdz'],
    ['桐乡市、南湖区', null],
    ['', null],
    ['北京', null],
  ])('%s → %s', (text, id) => expect(lookup(text)).toBe(id));
});

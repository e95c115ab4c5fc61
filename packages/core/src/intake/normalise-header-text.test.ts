import { describe, expect, it } from 'vitest';
import { normaliseHeaderText, type NormalisedHeaderText } from './normalise-header-text.ts';

const header = (text: string, unit: string | null = null): NormalisedHeaderText => ({ text, unit });

describe('normaliseHeaderText', () => {
  it.each<[string, NormalisedHeaderText]>([
    ['工业总产值', header('工业总产值')],
    ['工业总产值(万元)', header('工业总产值', '万元')],
    ['工业总产值（万元）', header('工业总产值', '万元')],
    ['工业总产值（万元)', header('工业总产值', '万元')],
    ['工业总产值[万元]', header('工业总产值', '万元')],
    ['工业总产值【千元】', header('工业总产值', '千元')],
    ['工业总产值〔亿元〕', header('工业总产值', '亿元')],
    ['工业总产值（单位：万元）', header('工业总产值', '万元')],
    ['工业总产值 \n （ 万 元 ）', header('工业总产值', '万元')],
    ['工 业 总 产 值', header('工业总产值')],
    ['\u3000本年\r\n累计\u3000', header('本年累计')],
    ['用电量（千瓦时）', header('用电量', '千瓦时')],
    ['用电量(kWh)', header('用电量', 'kWh')],
    ['用电量（ＫＷＨ）', header('用电量', 'KWH')],
    ['用地面积(㎡)', header('用地面积', '㎡')],
    ['增速(%)', header('增速', '%')],
    ['增速（％）', header('增速', '%')],
    ['工业总产值(当年价)(万元)', header('工业总产值(当年价)', '万元')],
    ['营业收入(不含税)', header('营业收入(不含税)')],
    ['营业收入（含税）', header('营业收入(含税)')],
    ['产值/万元', header('产值/万元')],
    ['USCC', header('uscc')],
    ['统一社会信用代码（ＵＳＣＣ）', header('统一社会信用代码(uscc)')],
    ['其中：出口交货值', header('出口交货值')],
    ['其中:出口交货值(万元)', header('出口交货值', '万元')],
    ['其中', header('其中')],
    ['（万元）', header('', '万元')],
    ['万元', header('万元')],
    ['()', header('()')],
    ['', header('')],
  ])('%j → %j', (text, expected) => {
    expect(normaliseHeaderText(text)).toEqual(expected);
  });
});

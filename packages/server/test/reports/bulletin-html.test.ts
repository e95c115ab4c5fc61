/**
 * The print-ready HTML page and its sentences: Chinese first, the figures in the bureau's prose forms, every
 * section, numbered tables and inline charts, the synthetic notice only when synthetic, nothing executable or
 * fetched, document text escaped.
 */
import { describe, expect, it } from 'vitest';
import { buildBulletinHtml } from '../../src/reports/bulletin/bulletin-html.ts';
import { cityProse, systemProse } from '../../src/reports/bulletin/bulletin-prose.ts';
import { pdfFooterTemplate, pdfHeaderTemplate } from '../../src/reports/bulletin/pdf-templates.ts';
import { sampleBulletin } from '../fixtures/bulletin/sample-bulletin.ts';

const document = sampleBulletin();
const html = await buildBulletinHtml(document);

describe('bulletin prose', () => {
  it('tells the city totals with 增长/下降 and the official rate', () => {
    const { zh, en } = cityProse(document);
    expect(zh).toMatch(/^2024年1-10月，全市规上工业总产值12662\.4亿元，增长7\.3%；/);
    expect(zh).toContain('规上工业增加值2431.6亿元，增长7.6%（统计部门可比价增长8.2%）');
    expect(zh).toContain('出口交货值2210.4亿元，下降1.5%。');
    expect(en).toContain('gross industrial output 1,266.24 billion yuan, up 7.3%');
  });

  it('tells a system: total, share, 拉动, then each cluster; a withheld one is named as withheld', () => {
    expect(systemProse(document.systems[1]!).zh).toBe(
      '嘉兴市三大传统优势产业集群合计实现规上工业总产值3972.1亿元，增长6.8%，占全市的31.4%，拉动2.1个百分点。' +
        '其中，现代纺织服装产业集群2278.3亿元，增长8.3%；精细化工产业集群1046.2亿元，增长4.5%；智能家居产业集群647.6亿元，增长5.2%。',
    );
    const withheld = structuredClone(document.systems[0]!);
    withheld.rows[0]!.value = { value: null, suppressed: 'withheld' };
    withheld.rows[0]!.growth = { value: null, basis: 'nominal', derived: false };
    const { zh } = systemProse(withheld);
    expect(zh).toContain('其中，现代纺织产业集群数据按规定不予公布；新能源产业集群1108.9亿元，下降4.7%；');
    expect(zh).not.toContain('2556.1');
  });
});

describe('bulletin HTML', () => {
  it('is a self-contained Chinese page: no script, no external resource, CJK fonts', () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="zh-CN">/);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\((?!#)/i);
    expect(html.replace(/xmlns(:xlink)?="http:\/\/www\.w3\.org\/[^"]+"/g, '')).not.toMatch(/https?:\/\//);
    expect(html).toContain('"Noto Sans CJK SC"');
    expect(html).toContain('"Noto Serif CJK SC"');
    expect(html).toContain('@page { size: A4; }');
  });

  it('has the title, period, six sections, numbered tables and four charts', () => {
    expect(html).toContain('<h1>嘉兴市产业集群专刊</h1>');
    expect(html).toContain('2024年1-10月 <span class="en">Jan–Oct 2024</span>');
    for (const heading of [
      '一、全市规上工业主要指标',
      '二、产业集群运行情况',
      '三、各区县产业集群情况',
      '四、区县排名',
      '五、目标完成进度',
      '六、预警提示',
    ]) {
      expect(html).toContain(`<h2>${heading}`);
    }
    expect(html.match(/<caption>表\d+/g)).toEqual(
      ['表1', '表2', '表3', '表4', '表5', '表6', '表7', '表8'].map((n) => `<caption>${n}`),
    );
    expect(html.match(/<figcaption>图\d+/g)).toHaveLength(4);
    expect(html.match(/<svg /g)).toHaveLength(4);
  });

  it('says synthetic on the page and in every page header only when the data are synthetic', async () => {
    expect(html).toContain('【合成演示数据 SYNTHETIC DEMO】本专刊由合成演示数据生成');
    expect(pdfHeaderTemplate(document)).toContain('【合成演示数据 SYNTHETIC DEMO】');
    const real = { ...document, synthetic: false };
    expect(await buildBulletinHtml(real)).not.toContain('合成演示数据');
    expect(pdfHeaderTemplate(real)).not.toContain('合成演示数据');
    expect(pdfFooterTemplate()).toMatch(
      /第 <span class="pageNumber"><\/span> 页 \/ 共 <span class="totalPages"><\/span> 页/,
    );
  });

  it('escapes document text', async () => {
    const hostile = structuredClone(document);
    hostile.title.zh = '<script>alert(1)</script>';
    hostile.warnings[0]!.message.zh = '"><img src=x onerror=alert(1)>';
    const page = await buildBulletinHtml(hostile);
    expect(page).not.toMatch(/<script|<img/);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(pdfHeaderTemplate(hostile)).not.toContain('<script');
  });

  it('shows withheld cells as x and flags derived growth', () => {
    expect(html).toMatch(/<td style="padding-left:1\.6em">核电及关联产业<\/td>(<td class="num mark">x<\/td>){8}/);
    expect(html).toContain('<td class="num">6.3<sup>*</sup></td>');
  });
});

/**
 * The bulletin as one print-ready A4 HTML page: red masthead with title and period, the synthetic notice,
 * the sections (city totals, each cluster system with its chart, unit × cluster matrices, unit ranking,
 * targets, 重点工作推进 of the registers when the document has it, warnings) with prose, numbered tables and
 * inline SVG charts, then the notes. Self-contained: no script, no external resource. Page numbers come from
 * the PDF footer (pdf-templates.ts). Async because ECharts is imported when the first page is built.
 */
import type { BilingualName, BulletinDocument } from '@observatory/core';
import { clusterChartOption, targetProgressChartOption, unitRankingChartOption } from './bulletin-charts.ts';
import { BULLETIN_CSS } from './bulletin-css.ts';
import { documentNotes, SYNTHETIC_NOTICE } from './bulletin-footnotes.ts';
import { cityProse, systemProse } from './bulletin-prose.ts';
import { buildBulletinTables } from './bulletin-tables.ts';
import { tableHtml } from './html-table.ts';
import { bilingualHtml, escapeHtml } from './html-text.ts';
import {
  loadChartSvgRenderer,
  type BulletinChartOption,
  type ChartSize,
  type ChartSvgRenderer,
} from './render-chart-svg.ts';

const SECTION_NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八'];
const SUB_NUMBERS = ['（一）', '（二）', '（三）', '（四）', '（五）', '（六）', '（七）', '（八）'];
/** The register section's sub-headings, in the order of its tables. */
const REGISTER_HEADINGS: BilingualName[] = [
  { zh: '重大项目', en: 'Major projects' },
  { zh: '企业培育', en: 'Cultivation pools' },
  { zh: '整治提升', en: 'Rectification' },
  { zh: '平台载体', en: 'Platforms' },
];

/** Numbers tables and figures in page order. */
class Counter {
  private tables = 0;
  private figures = 0;
  constructor(private readonly renderChartSvg: ChartSvgRenderer) {}
  table(html: (n: number) => string): string {
    return html(++this.tables);
  }
  figure(title: string, option: BulletinChartOption, size: ChartSize): string {
    const n = ++this.figures;
    return `<figure>${this.renderChartSvg(option, size)}<figcaption>图${n}　${escapeHtml(title)}</figcaption></figure>`;
  }
}

const heading = (level: 2 | 3, number: string, title: BilingualName) =>
  `<h${level}>${escapeHtml(number)}${bilingualHtml(title)}</h${level}>`;
const prose = (text: BilingualName) => `<p>${escapeHtml(text.zh)}</p><p class="en">${escapeHtml(text.en)}</p>`;

export async function buildBulletinHtml(document: BulletinDocument): Promise<string> {
  const tables = buildBulletinTables(document);
  const count = new Counter(await loadChartSvgRenderer());
  const sections: string[] = [];
  const section = (title: BilingualName, body: string[]) =>
    sections.push(
      `<section>${heading(2, `${SECTION_NUMBERS[sections.length] ?? ''}、`, title)}${body.join('\n')}</section>`,
    );

  section({ zh: '全市规上工业主要指标', en: 'The city at a glance' }, [
    prose(cityProse(document)),
    count.table((n) => tableHtml(tables.city, n)),
  ]);
  section(
    { zh: '产业集群运行情况', en: 'Clusters' },
    document.systems.flatMap((system, index) => [
      heading(3, SUB_NUMBERS[index] ?? '', system.name),
      prose(systemProse(system)),
      count.figure(`${system.name.zh}${system.measureName.zh}及增速`, clusterChartOption(system, document.period), {
        width: 680,
        height: 300,
      }),
      count.table((n) => tableHtml(tables.systems[index] as (typeof tables.systems)[number], n)),
    ]),
  );
  section(
    { zh: '各区县产业集群情况', en: 'Clusters by reporting unit' },
    tables.matrices.map((matrix) => count.table((n) => tableHtml(matrix, n))),
  );
  section({ zh: '区县排名', en: 'Ranking of reporting units' }, [
    count.figure(tables.ranking.title.zh, unitRankingChartOption(document), { width: 680, height: 320 }),
    count.table((n) => tableHtml(tables.ranking, n)),
  ]);
  const progressHeight = 56 + 30 * document.targets.filter((target) => target.progress !== null).length;
  section({ zh: '目标完成进度', en: 'Progress towards targets' }, [
    ...(document.targets.some((target) => target.progress !== null)
      ? [
          count.figure('目标完成进度', targetProgressChartOption(document.targets), {
            width: 680,
            height: progressHeight,
          }),
        ]
      : []),
    count.table((n) => tableHtml(tables.targets, n)),
  ]);
  if (document.registers)
    section(
      document.registers.title,
      tables.registers.flatMap((table, index) => [
        heading(3, SUB_NUMBERS[index] ?? '', REGISTER_HEADINGS[index] ?? table.title),
        count.table((n) => tableHtml(table, n)),
      ]),
    );
  section({ zh: '预警提示', en: 'Warnings' }, [count.table((n) => tableHtml(tables.warnings, n))]);

  const notes = documentNotes(document)
    .map((note) => `<li>${bilingualHtml(note)}</li>`)
    .join('');
  const when = document.generatedAt.slice(0, 16).replace('T', ' ');
  const title = `${document.title.zh}（${document.period.label.zh}）`;
  return `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${BULLETIN_CSS}</style></head>
<body>
<header class="masthead">
<h1>${escapeHtml(document.title.zh)}</h1>
<p class="title-en">${escapeHtml(document.title.en)}</p>
<p class="period">${bilingualHtml(document.period.label)}</p>
<p class="meta">发布范围：${escapeHtml(document.audience.zh)}（${escapeHtml(document.audience.en)}）　生成时间 generated：${escapeHtml(when)}</p>
</header>
${document.synthetic ? `<div class="synthetic">${bilingualHtml(SYNTHETIC_NOTICE, '<br>')}</div>` : ''}
${sections.join('\n')}
${notes === '' ? '' : `<section class="notes"><h2>注 <span class="en">Notes</span></h2><ol>${notes}</ol></section>`}
</body>
</html>
`;
}

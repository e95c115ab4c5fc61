/**
 * 平台/集群促进机构名单_YYYY年.csv: one promotion organisation per 五大 cluster (an association, an alliance or an
 * institute), with a contact role and an office phone only — no person's name (docs/platforms.md). Scale-free.
 */
import { SYNTHETIC_NOTE, title, type ManifestFile } from './file-labels.ts';
import { writeCsv } from './csv-writer.ts';

export function promotionOrganisationsPath(year: number): string {
  return `平台/集群促进机构名单_${year}年.csv`;
}

const ORGANISATIONS = [
  ['现代纺织', '嘉兴市现代纺织产业协会（演示）', '行业协会', '秘书处', '0573-82010001', '2012-05-18'],
  ['新能源', '嘉兴市光伏新能源产业联盟（演示）', '产业联盟', '联盟办公室', '0573-82010002', '2016-09-06'],
  ['化工新材料', '嘉兴化工新材料产业研究院（演示）', '研究院', '产业服务部', '0573-82010003', '2019-03-22'],
  ['汽车制造', '嘉兴市汽车及零部件行业协会（演示）', '行业协会', '秘书处', '0573-82010004', '2010-11-30'],
  ['智能家居', '嘉兴市智能家居产业联盟（演示）', '产业联盟', '联盟秘书处', '0573-82010005', '2021-04-15'],
];

export async function writePromotionOrganisationsFile(outDir: string, year: number): Promise<ManifestFile> {
  const path = promotionOrganisationsPath(year);
  await writeCsv(`${outDir}/${path}`, {
    encoding: 'utf8-bom',
    lines: [
      [title(`嘉兴市“五大”产业集群促进机构名单（${year}年）`)],
      ['集群', '名称', '类型', '联系岗位', '办公电话', '成立日期'],
      ...ORGANISATIONS,
      [SYNTHETIC_NOTE],
    ],
  });
  return { path, source: 'promotion-organisations', periodYear: year, periodMonth: 0 };
}

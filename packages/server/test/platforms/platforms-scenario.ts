/**
 * A platform list as a bureau sends it (CSV, Chinese headers, a title row and a closing 注 line): 13 platforms across
 * units and the 五大 clusters. In force at the end of 2024: 2 national demo bases (one reviewed), 1 provincial one;
 * characteristic parks: 2 recognised, 1 of them after the policy of 2020-09-29; small and micro parks: 1 new in force,
 * 1 delisted in 2024-10; 1 provincial innovation centre (recognised 2023-11); 1 provincial design base (on a
 * sub-cluster of 现代纺织); 1 internet platform; innovation complexes: 现代纺织 and 光伏产业 (→ 新能源) in force, 化工新材料
 * only being cultivated — so 2 clusters covered.
 */
import { loadRegistryFiles } from '../../src/services/registry/load-registry-files.ts';
import { shippedRegistryDir } from '../../src/data-files.ts';
import type { Database } from '../../src/db/database.ts';

export const PLATFORM_LIST_LINES = [
  '嘉兴市平台载体名单（测试）,,,,,,,,,',
  '名称,类别,级别,县（市、区）,所属集群,认定时间,认定文件,状态,状态日期,备注',
  '嘉兴南湖新型工业化产业示范基地,新型工业化产业示范基地,国家级,南湖区,,2019-12-01,工信部规〔2019〕1号,认定,,',
  '桐乡化纤新型工业化产业示范基地,新型工业化产业示范基地,国家级,桐乡市,现代纺织,2021-03-10,工信部规〔2021〕2号,复核,2024-05-01,',
  '海宁光伏新型工业化产业示范基地,新型工业化产业示范基地,省级,海宁市,新能源产业集群,2022-06-01,浙经信〔2022〕3号,,,',
  '秀洲光伏特色产业园,特色产业园,省级,秀洲区,新能源,2020-05-01,浙经信〔2020〕4号,认定,,',
  '平湖汽车零部件特色产业园,特色产业园,省级,平湖市,汽车制造,2021-07-01,浙经信〔2021〕5号,认定,,',
  '嘉善智能家居小微企业园,特色小微企业园,省级,嘉善县,智能家居,2022/1/15,浙经信〔2022〕6号,认定,,',
  '海盐五金小微企业园,小微企业园,市级,海盐县,,2021年9月1日,嘉经信〔2021〕7号,摘牌,2024-10-01,复核未通过',
  '海宁光伏制造业创新中心,制造业创新中心,省级,海宁市,新能源,2023-11-20,浙经信〔2023〕8号,认定,,',
  '桐乡时尚服饰工业设计基地,工业设计基地,省级,桐乡市,时尚服饰,2022-12-01,浙经信〔2022〕9号,认定,,',
  '嘉兴经开区汽车行业工业互联网平台,工业互联网平台,省级,经开区,汽车制造,2023-06-01,浙经信〔2023〕10号,认定,,',
  '桐乡现代纺织产业创新服务综合体,产业创新服务综合体,省级,桐乡市,现代纺织,2020-01-01,浙科发〔2020〕11号,认定,,',
  '平湖化工新材料产业创新服务综合体,产业创新服务综合体,省级,平湖市,化工新材料,,,创建,2024-03-01,',
  '秀洲光伏产业创新服务综合体,产业创新服务综合体,省级,秀洲区,光伏产业,2021-05-01,浙科发〔2021〕12号,认定,,',
  '注：测试数据，名称均为虚构。,,,,,,,,,',
];

export const platformListCsv = (lines: readonly string[] = PLATFORM_LIST_LINES) =>
  new TextEncoder().encode(`${lines.join('\n')}\n`);

export async function loadPlatformScenario(database: Database): Promise<void> {
  await loadRegistryFiles(database.db, shippedRegistryDir);
}

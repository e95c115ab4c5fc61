/**
 * 统计专刊 (/bulletin): the monthly cluster bulletin of the chosen period and system(s) on screen (GET
 * /api/reports/bulletin), as real tables in the bureau's formats with footnotes, and the same bulletin as xlsx and
 * PDF. The figures are disclosure-controlled for the chosen audience (public by default; the server checks the
 * role may receive it) and the bulletin says which audience it was made for.
 */
import type { BulletinDocument } from '@observatory/core';
import { apiPath } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import type { PageProps } from '../../app/routes.ts';
import { ApiView } from '../../components/ApiView.tsx';
import { AudiencePicker, useChosenAudience } from '../../components/AudiencePicker.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PeriodPicker, useChosenPeriod } from '../../components/PeriodPicker.tsx';
import { Empty } from '../../components/States.tsx';
import { useLanguage } from '../../i18n/language.tsx';
import { BulletinDocumentView } from './BulletinDocumentView.tsx';
import { BulletinDownloads } from './BulletinDownloads.tsx';
import { BulletinSystemPicker, useBulletinSystem } from './BulletinSystemPicker.tsx';
import './bulletin.css';

export default function BulletinPage(_props: PageProps) {
  const { t } = useLanguage();
  const { period } = useChosenPeriod();
  const { system } = useBulletinSystem();
  const { audience } = useChosenAudience();
  const query = { period, system, audience: audience === 'public' ? null : audience };
  const state = useApi<BulletinDocument>(period ? apiPath('/api/reports/bulletin', query) : null);
  const [year, month] = (period ?? '').split('-');
  return (
    <>
      <PageHeader title={t('统计专刊', 'Monthly bulletin')}>
        <PeriodPicker />
        <BulletinSystemPicker />
        <AudiencePicker />
        {period && <BulletinDownloads query={query} fileStem={`集群专刊_${year}年1-${Number(month)}月`} />}
      </PageHeader>
      {period === null ? (
        <Empty message={t('尚无统计数据', 'No statistics yet')} />
      ) : (
        <ApiView state={state}>{(document) => <BulletinDocumentView document={document} />}</ApiView>
      )}
    </>
  );
}

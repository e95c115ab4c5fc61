/**
 * The demo's investment-promotion roadmap (招商路线图): a few target companies on the four shipped chains, each with
 * its dated moves through 线索 → 接洽 → 考察 → 签约 → 落地 in the demo's last year (and the year before), so the chains
 * pages show a pipeline and the chain_lead_stalled warning finds leads stalled at 线索, 接洽 and 签约, while a landed,
 * a dropped and two fresh leads raise nothing. Leads are kept by hand in the register, not sent as a department file,
 * so they are data for `demo load`, not a file of the manifest. Company names are invented and carry the demo mark.
 */
import type { ChainLeadWithHistory } from '../services/chains/add-chain-lead-with-history.ts';
import { DEMO_NAME_MARK } from './enterprise-names.ts';

export function demoChainLeads(year: number): ChainLeadWithHistory[] {
  const on = (month: number, day: number, yearOffset = 0) =>
    `${year + yearOffset}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const company = (name: string) => `${name}${DEMO_NAME_MARK}`;
  return [
    {
      chainId: 'photovoltaic',
      linkId: 'cells',
      companyName: company('晶曜光伏科技有限公司'),
      ownerUnitId: '330481',
      expectedInvestmentYuan: 1_500_000_000,
      since: on(8, 20),
      moves: [],
    },
    {
      chainId: 'photovoltaic',
      linkId: 'silicon',
      companyName: company('华硅新材料股份有限公司'),
      ownerUnitId: '330411',
      expectedInvestmentYuan: 3_000_000_000,
      since: on(3, 1),
      moves: [{ to: 'contact', on: on(10, 10) }],
    },
    {
      chainId: 'differentiated-fibre',
      linkId: 'nylon',
      companyName: company('锦程高分子材料有限公司'),
      ownerUnitId: '330483',
      expectedInvestmentYuan: 800_000_000,
      since: on(5, 1, -1),
      moves: [
        { to: 'contact', on: on(8, 1, -1) },
        { to: 'visit', on: on(11, 15, -1) },
        { to: 'signed', on: on(2, 20) },
      ],
    },
    {
      chainId: 'chemical-materials',
      linkId: 'silicone',
      companyName: company('合盛有机硅科技有限公司'),
      ownerUnitId: '330482',
      expectedInvestmentYuan: 1_200_000_000,
      since: on(1, 10),
      moves: [
        { to: 'contact', on: on(3, 1) },
        { to: 'visit', on: on(5, 10) },
        { to: 'signed', on: on(8, 1) },
        { to: 'landed', on: on(11, 20) },
      ],
    },
    {
      chainId: 'photovoltaic',
      linkId: 'storage',
      companyName: company('储能动力电池有限公司'),
      ownerUnitId: '330424',
      since: on(2, 1),
      moves: [{ to: 'dropped', on: on(7, 1), reason: '企业调整投资布局，转投外省 (the firm invested elsewhere)' }],
    },
    {
      chainId: 'fashion-textile',
      linkId: 'garments',
      companyName: company('雅织时尚服饰集团'),
      ownerUnitId: '330402',
      expectedInvestmentYuan: 500_000_000,
      since: on(11, 1),
      moves: [],
    },
    {
      chainId: 'chemical-materials',
      linkId: 'feedstock',
      companyName: company('东海石化有限公司'),
      ownerUnitId: 'jiaxing-port',
      expectedInvestmentYuan: 6_000_000_000,
      since: on(10, 1),
      moves: [{ to: 'contact', on: on(12, 1) }],
    },
  ];
}

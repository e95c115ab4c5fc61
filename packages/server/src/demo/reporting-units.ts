/**
 * Jiaxing's 9 reporting units as the demo files name them (DOMAIN.md §1, data/reference/regions.yaml): the
 * 县（市、区） text a department writes, the GB/T 2260 code that goes into positions 3–8 of a USCC (the
 * city's 330400 for the two functional zones, which have no code of their own), and the registry office
 * that issues land certificates there.
 */

export interface DemoUnit {
  /** The reporting unit's id in regions.yaml. */
  id: string;
  /** As the files write it in the 县（市、区） column. */
  name: string;
  /** Short place name for enterprise names (桐乡恒达纺织有限公司). */
  place: string;
  /** Positions 3–8 of a USCC registered there. */
  areaCode: string;
  /** The 不动产登记 office in certificate numbers: 浙(2019)桐乡市不动产权第0012345号. */
  landOffice: string;
}

export const DEMO_UNITS: readonly DemoUnit[] = [
  { id: '330402', name: '南湖区', place: '嘉兴', areaCode: '330402', landOffice: '嘉兴市' },
  { id: '330411', name: '秀洲区', place: '嘉兴', areaCode: '330411', landOffice: '嘉兴市' },
  { id: '330421', name: '嘉善县', place: '嘉善', areaCode: '330421', landOffice: '嘉善县' },
  { id: '330424', name: '海盐县', place: '海盐', areaCode: '330424', landOffice: '海盐县' },
  { id: '330481', name: '海宁市', place: '海宁', areaCode: '330481', landOffice: '海宁市' },
  { id: '330482', name: '平湖市', place: '平湖', areaCode: '330482', landOffice: '平湖市' },
  { id: '330483', name: '桐乡市', place: '桐乡', areaCode: '330483', landOffice: '桐乡市' },
  { id: 'jiaxing-etdz', name: '嘉兴经济技术开发区', place: '嘉兴', areaCode: '330400', landOffice: '嘉兴市' },
  { id: 'jiaxing-port', name: '嘉兴港区', place: '嘉兴港区', areaCode: '330400', landOffice: '平湖市' },
];

/** Indexes into DEMO_UNITS by the short names the sector tables use. */
export const UNIT = {
  nanhu: 0,
  xiuzhou: 1,
  jiashan: 2,
  haiyan: 3,
  haining: 4,
  pinghu: 5,
  tongxiang: 6,
  etdz: 7,
  port: 8,
} as const;

const SHORT_NAMES = ['南湖', '秀洲', '嘉善', '海盐', '海宁', '平湖', '桐乡', '经开', '港区'];

/**
 * Weights over the 9 units in DEMO_UNITS order from a compact text, `'桐乡 .52 海宁 .31 港区 .05'`; units
 * not named weigh 0.
 */
export function unitWeights(text: string): number[] {
  const weights = SHORT_NAMES.map(() => 0);
  const parts = text.trim().split(/\s+/);
  for (let k = 0; k + 1 < parts.length; k += 2) {
    const unit = SHORT_NAMES.indexOf(parts[k] ?? '');
    if (unit < 0) throw new RangeError(`unknown reporting unit ${parts[k]}`);
    weights[unit] = Number(parts[k + 1]);
  }
  return weights;
}

export function demoUnit(index: number): DemoUnit {
  const unit = DEMO_UNITS[index];
  if (unit === undefined) throw new RangeError(`no reporting unit ${index}`);
  return unit;
}

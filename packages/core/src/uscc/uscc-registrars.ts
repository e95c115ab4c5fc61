/**
 * The meaning of positions 1 and 2 of a 统一社会信用代码 (GB 32100-2015, 附录): the registering authority
 * (登记管理部门) and, under it, the type of entity (机构类别). Unknown combinations are described as
 * undefined rather than rejected: the code's structure is still valid.
 */

export interface UsccCodeMeaning {
  code: string;
  name: string;
}

export const UNDEFINED_REGISTRAR_NAME = '未定义登记管理部门 (undefined registrar)';
export const UNDEFINED_ENTITY_TYPE_NAME = '未定义类型 (undefined type)';
const OTHER = '其他';

export const USCC_REGISTRARS: Readonly<Record<string, string>> = {
  '1': '机构编制',
  '2': '外交',
  '3': '司法行政',
  '4': '文化',
  '5': '民政',
  '6': '旅游',
  '7': '宗教',
  '8': '工会',
  '9': '市场监管(工商)',
  A: '中央军委改革和编制办公室',
  N: '农业',
  Y: '其他',
};

/** Entity types of the registrars whose position-2 codes are enumerated by the standard. */
export const USCC_ENTITY_TYPES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  '1': { '1': '机关', '2': '事业单位', '3': '中央编办直接管理机构编制的群众团体', '9': '其他' },
  '5': { '1': '社会团体', '2': '民办非企业单位', '3': '基金会', '9': '其他' },
  '9': { '1': '企业', '2': '个体工商户', '3': '农民专业合作社' },
  N: { '1': '组级集体经济组织', '2': '村级集体经济组织', '3': '乡镇级集体经济组织', '9': '其他' },
  Y: { '1': '其他' },
};

/** The registering authority named by position 1. */
export function describeUsccRegistrar(registrarCode: string): UsccCodeMeaning {
  const name = Object.hasOwn(USCC_REGISTRARS, registrarCode) ? USCC_REGISTRARS[registrarCode] : undefined;
  return { code: registrarCode, name: name ?? UNDEFINED_REGISTRAR_NAME };
}

/**
 * The entity type named by position 2 under the registrar of position 1. Registrars without an enumerated
 * list (2, 3, 4, 6, 7, 8, A) give "其他"; an unknown registrar or an unlisted code gives an undefined type.
 */
export function describeUsccEntityType(registrarCode: string, typeCode: string): UsccCodeMeaning {
  if (!Object.hasOwn(USCC_REGISTRARS, registrarCode)) return { code: typeCode, name: UNDEFINED_ENTITY_TYPE_NAME };
  const types = Object.hasOwn(USCC_ENTITY_TYPES, registrarCode) ? USCC_ENTITY_TYPES[registrarCode] : undefined;
  if (types === undefined) return { code: typeCode, name: OTHER };
  const name = Object.hasOwn(types, typeCode) ? types[typeCode] : undefined;
  return { code: typeCode, name: name ?? UNDEFINED_ENTITY_TYPE_NAME };
}

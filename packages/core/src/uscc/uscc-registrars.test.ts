import { describe, expect, it } from 'vitest';
import {
  describeUsccEntityType,
  describeUsccRegistrar,
  UNDEFINED_ENTITY_TYPE_NAME,
  UNDEFINED_REGISTRAR_NAME,
} from './uscc-registrars.ts';

describe('describeUsccRegistrar', () => {
  it.each([
    ['1', '机构编制'],
    ['5', '民政'],
    ['9', '市场监管(工商)'],
    ['A', '中央军委改革和编制办公室'],
    ['N', '农业'],
    ['Y', '其他'],
    ['B', UNDEFINED_REGISTRAR_NAME],
    ['0', UNDEFINED_REGISTRAR_NAME],
  ])('%s → %s', (code, name) => {
    expect(describeUsccRegistrar(code)).toEqual({ code, name });
  });
});

describe('describeUsccEntityType', () => {
  it.each([
    ['1', '1', '机关'],
    ['1', '2', '事业单位'],
    ['1', '3', '中央编办直接管理机构编制的群众团体'],
    ['1', '9', '其他'],
    ['5', '3', '基金会'],
    ['9', '1', '企业'],
    ['9', '2', '个体工商户'],
    ['9', '3', '农民专业合作社'],
    ['9', '9', UNDEFINED_ENTITY_TYPE_NAME],
    ['N', '2', '村级集体经济组织'],
    ['Y', '1', '其他'],
    ['Y', '2', UNDEFINED_ENTITY_TYPE_NAME],
    ['2', '1', '其他'],
    ['A', '7', '其他'],
    ['B', '1', UNDEFINED_ENTITY_TYPE_NAME],
  ])('%s%s → %s', (registrar, code, name) => {
    expect(describeUsccEntityType(registrar, code)).toEqual({ code, name });
  });

  it('is not fooled by Object.prototype names', () => {
    expect(describeUsccRegistrar('toString').name).toBe(UNDEFINED_REGISTRAR_NAME);
    expect(describeUsccEntityType('9', 'constructor').name).toBe(UNDEFINED_ENTITY_TYPE_NAME);
  });
});

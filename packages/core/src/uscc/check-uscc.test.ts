import { describe, expect, it } from 'vitest';
import { checkUscc } from './check-uscc.ts';
import { NORMALISATION_STEPS } from './normalise-uscc-input.ts';
import { checkCharacterMessage, organizationCheckCharacterMessage } from './uscc-messages.ts';

const FUJIAN = '91350100M000100Y43';

describe('checkUscc: known valid codes', () => {
  it('reads 91350100M000100Y43', () => {
    expect(checkUscc(FUJIAN)).toEqual({
      input: FUJIAN,
      code: FUJIAN,
      valid: true,
      reason: null,
      warning: null,
      normalised: [],
      registrar: { code: '9', name: '市场监管(工商)' },
      entityType: { code: '1', name: '企业' },
      area: '350100',
      orgCode: 'M000100Y4',
    });
  });

  it('reads 91110000600037341L', () => {
    const check = checkUscc('91110000600037341L');
    expect(check).toMatchObject({ valid: true, reason: null, warning: null, area: '110000', orgCode: '600037341' });
  });

  it.each([
    ['92350100000000000E', '市场监管(工商)', '个体工商户'],
    ['Y1350100M000100Y4D', '其他', '其他'],
    ['B1350100M000100Y41', '未定义登记管理部门 (undefined registrar)', '未定义类型 (undefined type)'],
  ])('%s: registrar %s, entity type %s, still valid', (code, registrarName, entityTypeName) => {
    const check = checkUscc(code);
    expect(check.valid).toBe(true);
    expect(check.warning).toBeNull();
    expect(check.registrar).toEqual({ code: code.charAt(0), name: registrarName });
    expect(check.entityType).toEqual({ code: code.charAt(1), name: entityTypeName });
  });
});

describe('checkUscc: normalisation', () => {
  it.each([
    ['91350100m000100y43', [NORMALISATION_STEPS.upperCase]],
    ['９１３５０１００Ｍ０００１００Ｙ４３', [NORMALISATION_STEPS.fullWidth]],
    ['9135 0100 M000 100Y 43', [NORMALISATION_STEPS.spaces]],
    [' 91350100-M000100Y4-3 ', [NORMALISATION_STEPS.spaces, NORMALISATION_STEPS.hyphens]],
  ])('%j normalises to the valid code', (input, steps) => {
    const check = checkUscc(input);
    expect(check).toMatchObject({ input, code: FUJIAN, valid: true, warning: null, normalised: steps });
  });
});

describe('checkUscc: invalid structure', () => {
  it.each([
    ['91350100M000100Y4', '长度应为18位，实际17位 (expected 18 characters, got 17)'],
    ['91350100M000100Y433', '长度应为18位，实际19位 (expected 18 characters, got 19)'],
    ['', '未填写代码 (no code given)'],
    ['   ', '未填写代码 (no code given)'],
  ])('%j is invalid: %s', (input, reason) => {
    expect(checkUscc(input)).toMatchObject({
      valid: false,
      reason,
      warning: null,
      registrar: null,
      entityType: null,
      area: null,
      orgCode: null,
    });
  });

  it.each([
    ['91350100I000100Y43', 9, 'I'],
    ['O1350100M000100Y43', 1, 'O'],
    ['91S50100M000100Y43', 3, 'S'],
    ['91350100M000100V43', 16, 'V'],
    ['91350100M00Z100Y43', 12, 'Z'],
    ['91350100i000100Y43', 9, 'I'],
  ])('%s is invalid: position %i holds %s', (input, position, char) => {
    const check = checkUscc(input);
    expect(check.valid).toBe(false);
    expect(check.reason).toBe(
      `第${position}位字符“${char}”不在代码字符集中（不使用 I、O、S、V、Z）` +
        `(character '${char}' at position ${position} is not allowed: I, O, S, V and Z are never used)`,
    );
  });

  it.each([
    ['91350100#000100Y43', '第9位字符“#”', "character '#' at position 9"],
    ['9135010中M000100Y43', '第8位字符“中”', "character '中' at position 8"],
    ['91350100M000100Y4\u200b', '第18位字符“U+200B”', "character 'U+200B' at position 18"],
  ])('%j names the offending character', (input, zh, en) => {
    const check = checkUscc(input);
    expect(check.valid).toBe(false);
    expect(check.reason).toContain(zh);
    expect(check.reason).toContain(en);
  });

  it('reports every problem at once', () => {
    const reason = checkUscc('9I35O100M000100Y4').reason ?? '';
    expect(reason).toContain('实际17位');
    expect(reason).toContain('第2位字符“I”');
    expect(reason).toContain('第5位字符“O”');
  });
});

describe('checkUscc: check characters are warnings', () => {
  it.each([
    ['91350100M000100Y4Z', [checkCharacterMessage('3', 'Z')]],
    ['91350100M000100Y4O', [checkCharacterMessage('3', 'O')]],
    ['91350100M000100Y42', [checkCharacterMessage('3', '2')]],
    ['91350100M000100Y56', [organizationCheckCharacterMessage('4', '5')]],
    ['91350100M000100Y57', [checkCharacterMessage('6', '7'), organizationCheckCharacterMessage('4', '5')]],
  ])('%s is valid with a warning', (input, warnings) => {
    const check = checkUscc(input);
    expect(check.valid).toBe(true);
    expect(check.reason).toBeNull();
    expect(check.warning).toBe(warnings.join('；'));
    expect(check.orgCode).toBe(input.slice(8, 17));
  });

  it('names the expected character in both languages', () => {
    expect(checkUscc('91350100M000100Y4Z').warning).toBe(
      "校验码应为“3”，实际为“Z” (check character should be '3', found 'Z')",
    );
  });
});

import { describe, expect, it } from 'vitest';
import { NORMALISATION_STEPS, normaliseUsccInput } from './normalise-uscc-input.ts';

const { fullWidth, spaces, hyphens, upperCase } = NORMALISATION_STEPS;

describe('normaliseUsccInput', () => {
  it.each([
    ['91350100M000100Y43', '91350100M000100Y43', []],
    ['91350100m000100y43', '91350100M000100Y43', [upperCase]],
    ['９１３５０１００Ｍ０００１００Ｙ４３', '91350100M000100Y43', [fullWidth]],
    ['９１３５０１００ｍ０００１００ｙ４３', '91350100M000100Y43', [fullWidth, upperCase]],
    ['9135 0100 M000 100Y 43', '91350100M000100Y43', [spaces]],
    ['  91350100M000100Y43\t\n', '91350100M000100Y43', [spaces]],
    ['9135\u30000100M000100Y43', '91350100M000100Y43', [fullWidth, spaces]],
    ['913501-00M000100-Y43', '91350100M000100Y43', [hyphens]],
    ['913501－00M000100Y43', '91350100M000100Y43', [fullWidth, hyphens]],
    ['9135 0100-m000 100y-43', '91350100M000100Y43', [spaces, hyphens, upperCase]],
    ['', '', []],
    ['中文', '中文', []],
  ])('%j → %s', (input, code, steps) => {
    expect(normaliseUsccInput(input)).toEqual({ code, steps });
  });
});

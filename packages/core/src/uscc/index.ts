/** 统一社会信用代码 (GB 32100-2015): checking, check characters and the meaning of the code's parts. */
export { checkUscc, type UsccCheck } from './check-uscc.ts';
export { usccCheckCharacter, USCC_CHECK_WEIGHTS } from './uscc-check-character.ts';
export { organizationCodeCheckCharacter, ORGANIZATION_CODE_WEIGHTS } from './organization-code-check-character.ts';
export { isUsccAlphabetChar, USCC_ALPHABET, usccCharValue } from './uscc-alphabet.ts';
export { normaliseUsccInput, NORMALISATION_STEPS, type NormalisedUsccInput } from './normalise-uscc-input.ts';
export {
  describeUsccEntityType,
  describeUsccRegistrar,
  USCC_ENTITY_TYPES,
  USCC_REGISTRARS,
  type UsccCodeMeaning,
} from './uscc-registrars.ts';

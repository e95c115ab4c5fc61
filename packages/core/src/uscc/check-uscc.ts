/**
 * Checking a 统一社会信用代码 (GB 32100-2015, DOMAIN.md §3): normalise the input, reject it only for a wrong
 * length or characters outside the alphabet, and report failed check characters (position 18, and the
 * organisation code's own position 17) as warnings a person confirms, because some real early codes fail them.
 * Position 18 is the one place where I, O, S, V or Z only earn a warning: it is then simply a wrong check.
 */
import { isUsccAlphabetChar } from './uscc-alphabet.ts';
import { usccCheckCharacter } from './uscc-check-character.ts';
import { organizationCodeCheckCharacter } from './organization-code-check-character.ts';
import { normaliseUsccInput } from './normalise-uscc-input.ts';
import { describeUsccEntityType, describeUsccRegistrar, type UsccCodeMeaning } from './uscc-registrars.ts';
import {
  characterNotAllowedMessage,
  checkCharacterMessage,
  emptyCodeMessage,
  MESSAGE_SEPARATOR,
  organizationCheckCharacterMessage,
  USCC_LENGTH,
  wrongLengthMessage,
} from './uscc-messages.ts';

export interface UsccCheck {
  /** Exactly what was given. */
  input: string;
  /** Normalised: full-width to half-width, whitespace and hyphens removed, upper-cased. */
  code: string;
  /** False only for a wrong length or a character outside the alphabet (after normalisation). */
  valid: boolean;
  /** When invalid: what is wrong and where, bilingual. */
  reason: string | null;
  /** When valid but a check character (position 18 and/or 17) fails: the expected characters, bilingual. */
  warning: string | null;
  /** What normalisation did; [] when nothing changed. */
  normalised: string[];
  /** Position 1, the registering authority; null when invalid. */
  registrar: UsccCodeMeaning | null;
  /** Position 2 read under position 1; null when invalid. */
  entityType: UsccCodeMeaning | null;
  /** Positions 3–8, the GB/T 2260 administrative area code; null when invalid. */
  area: string | null;
  /** Positions 9–17, the GB 11714 organisation code as written; null when invalid. */
  orgCode: string | null;
}

const CHECK_INDEX = USCC_LENGTH - 1;
/**
 * Position 18 may hold any digit or upper-case letter: an excluded letter there (e.g. a 'Z' typed for '2')
 * can never be the right check character, so it is reported as a failed check, not as a malformed code.
 */
const CHECK_POSITION_CHARACTER = /^[0-9A-Z]$/;

/** Why a normalised code is structurally invalid, or [] when it is not. */
function structuralProblems(code: string): string[] {
  const chars = Array.from(code);
  if (chars.length === 0) return [emptyCodeMessage()];
  const problems = chars.length === USCC_LENGTH ? [] : [wrongLengthMessage(chars.length)];
  chars.forEach((char, index) => {
    const allowed = index === CHECK_INDEX ? CHECK_POSITION_CHARACTER.test(char) : isUsccAlphabetChar(char);
    if (!allowed) problems.push(characterNotAllowedMessage(char, index + 1));
  });
  return problems;
}

/** Check characters that do not match, for a structurally valid code. */
function checkCharacterWarnings(code: string): string[] {
  const warnings: string[] = [];
  const expected18 = usccCheckCharacter(code.slice(0, 17));
  if (code.charAt(17) !== expected18) warnings.push(checkCharacterMessage(expected18, code.charAt(17)));
  const expected17 = organizationCodeCheckCharacter(code.slice(8, 16));
  if (code.charAt(16) !== expected17) warnings.push(organizationCheckCharacterMessage(expected17, code.charAt(16)));
  return warnings;
}

/** Check a 统一社会信用代码 as typed or pasted. */
export function checkUscc(input: string): UsccCheck {
  const { code, steps } = normaliseUsccInput(input);
  const problems = structuralProblems(code);
  if (problems.length > 0) {
    return {
      input,
      code,
      valid: false,
      reason: problems.join(MESSAGE_SEPARATOR),
      warning: null,
      normalised: steps,
      registrar: null,
      entityType: null,
      area: null,
      orgCode: null,
    };
  }
  const warnings = checkCharacterWarnings(code);
  return {
    input,
    code,
    valid: true,
    reason: null,
    warning: warnings.length > 0 ? warnings.join(MESSAGE_SEPARATOR) : null,
    normalised: steps,
    registrar: describeUsccRegistrar(code.charAt(0)),
    entityType: describeUsccEntityType(code.charAt(0), code.charAt(1)),
    area: code.slice(2, 8),
    orgCode: code.slice(8, 17),
  };
}

/**
 * Normalisation of a 统一社会信用代码 as people type or paste it: full-width ASCII to half-width, all
 * whitespace and hyphens removed (leading, trailing and inner), ASCII letters upper-cased. Each step that
 * changed something is reported with a bilingual label, so the UI can say what was done to the input.
 */

export const NORMALISATION_STEPS = {
  fullWidth: '全角转半角 (full-width to half-width)',
  spaces: '去除空格 (spaces removed)',
  hyphens: '去除连字符 (hyphens removed)',
  upperCase: '转为大写 (upper-cased)',
} as const;

export interface NormalisedUsccInput {
  code: string;
  /** Labels of the steps that changed the input, in the order they were applied; [] when none did. */
  steps: string[];
}

/** U+FF01–U+FF5E map to U+0021–U+007E; U+3000 (ideographic space) maps to an ordinary space. */
function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000]/g, (char) =>
    char === '\u3000' ? ' ' : String.fromCharCode(char.charCodeAt(0) - 0xfee0),
  );
}

const WHITESPACE = /\s+/g;
/** The ASCII hyphen-minus, the Unicode hyphens and dashes U+2010–U+2015 and the minus sign U+2212. */
const HYPHENS = /[-\u2010-\u2015\u2212]/g;
const LOWER_CASE_ASCII = /[a-z]/g;

/** Normalise `input` and list what normalisation did. */
export function normaliseUsccInput(input: string): NormalisedUsccInput {
  const steps: string[] = [];
  const apply = (text: string, transform: (value: string) => string, label: string): string => {
    const result = transform(text);
    if (result !== text) steps.push(label);
    return result;
  };
  let code = apply(input, toHalfWidth, NORMALISATION_STEPS.fullWidth);
  code = apply(code, (text) => text.replace(WHITESPACE, ''), NORMALISATION_STEPS.spaces);
  code = apply(code, (text) => text.replace(HYPHENS, ''), NORMALISATION_STEPS.hyphens);
  code = apply(code, (text) => text.replace(LOWER_CASE_ASCII, (c) => c.toUpperCase()), NORMALISATION_STEPS.upperCase);
  return { code, steps };
}

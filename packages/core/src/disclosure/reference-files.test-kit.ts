/**
 * Test kit: reads a file of the shared reference folder (`../shared/reference` beside the repository root)
 * at test time. Core may not import node:fs, so the text comes through Vite's `?raw` import; undefined
 * when the folder is absent, so that the reference tests skip on a machine without it.
 */
const moduleUrl = (import.meta as unknown as { url: string }).url;
const repositoryRoot = decodeURIComponent(moduleUrl.replace(/^file:\/\//, '')).replace(
  /\/packages\/core\/src\/.*$/,
  '',
);
const referenceRoot = `${repositoryRoot.replace(/\/[^/]*$/, '')}/shared/reference`;

export async function readReferenceText(path: string): Promise<string | undefined> {
  try {
    const module = (await import(/* @vite-ignore */ `${referenceRoot}/${path}?raw`)) as { default: string };
    return module.default;
  } catch {
    return undefined;
  }
}

export async function readReferenceJson<T>(path: string): Promise<T | undefined> {
  const text = await readReferenceText(path);
  return text === undefined ? undefined : (JSON.parse(text) as T);
}

/** A small CSV with a header line and optionally double-quoted fields without embedded commas. */
export function parseSimpleCsv(text: string): Record<string, string>[] {
  const [header = '', ...lines] = text.trim().split(/\r?\n/);
  const split = (line: string) => line.split(',').map((field) => field.trim().replace(/^"(.*)"$/, '$1'));
  const names = split(header);
  return lines.map((line) => Object.fromEntries(split(line).map((field, i) => [names[i] ?? `${i}`, field])));
}

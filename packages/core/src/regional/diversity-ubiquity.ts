/**
 * Diversity and ubiquity (Hidalgo & Hausmann) from a binary specialisation matrix (rows regions, columns
 * industries; usually the binary LQ/RCA): diversity of a region = number of industries it is specialised
 * in; ubiquity of an industry = number of regions specialised in it. As EconGeo's diversity/ubiquity with
 * `rca = TRUE`. A null cell (LQ undefined) is not counted, as EconGeo counts its 0.
 */

type BinaryMatrix = readonly (readonly (0 | 1 | null)[])[];

export function diversity(binary: BinaryMatrix): number[] {
  return binary.map((row) => row.filter((cell) => cell === 1).length);
}

export function ubiquity(binary: BinaryMatrix): number[] {
  const columns = binary[0]?.length ?? 0;
  return Array.from({ length: columns }, (_, i) => binary.filter((row) => row[i] === 1).length);
}

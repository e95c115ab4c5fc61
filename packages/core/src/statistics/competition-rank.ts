/**
 * Ranks as statistics offices publish them: the largest value is 1, equal values share a rank and the next
 * rank skips (1, 2, 2, 4: "competition" ranking). Missing or withheld values get no rank.
 */
export function competitionRanks(
  values: readonly (number | null)[],
  order: 'descending' | 'ascending' = 'descending',
): (number | null)[] {
  const sign = order === 'descending' ? -1 : 1;
  const present = values
    .map((value, index) => ({ value, index }))
    .filter((entry): entry is { value: number; index: number } => entry.value !== null && !Number.isNaN(entry.value))
    .sort((a, b) => sign * (a.value - b.value));
  const ranks: (number | null)[] = values.map(() => null);
  present.forEach((entry, position) => {
    const previous = present[position - 1];
    ranks[entry.index] =
      previous !== undefined && previous.value === entry.value ? ranks[previous.index]! : position + 1;
  });
  return ranks;
}

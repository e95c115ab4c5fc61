/**
 * The year and month the projects pages show: the statistics period picked in the address (?period=YYYY-MM, the
 * latest by default), read as "as at the end of that month"; `loading` while the periods load.
 */
import { useChosenPeriod } from '../../components/PeriodPicker.tsx';

export function useProjectPeriod(): { period: { year: number; month: number } | null; loading: boolean } {
  const { period, loading } = useChosenPeriod();
  const [year, month] = (period ?? '').split('-').map(Number);
  return { period: year && month ? { year, month } : null, loading };
}

/** Platforms in force by kind and level (rows) and reporting unit (columns), with totals and those being cultivated. */
import { count } from '../../format/display.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { KIND_NAMES, LEVEL_NAMES } from './platform-labels.ts';
import { platformMatrix } from './platform-matrix.ts';
import type { PlatformCount, ReportingUnit } from './platform-types.ts';

export function KindUnitTable({
  counts,
  units,
}: {
  counts: readonly PlatformCount[];
  units: readonly ReportingUnit[];
}) {
  const { t, name } = useLanguage();
  const matrix = platformMatrix(
    counts,
    units.map((unit) => unit.id),
  );
  const unitName = (id: string) => {
    const unit = units.find((entry) => entry.id === id);
    return unit ? name(unit.name) : id;
  };
  return (
    <div className="table-scroll">
      <table className="data platform-matrix">
        <caption>{t('认定有效的平台载体（按类别 × 县（市、区））', 'Platforms in force by kind and unit')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('类别', 'Kind')}</th>
            {matrix.units.map((unit) => (
              <th scope="col" key={unit} className="right">
                {unitName(unit)}
              </th>
            ))}
            <th scope="col" className="right">
              {t('合计', 'Total')}
            </th>
            <th scope="col" className="right">
              {t('培育/创建中', 'Cultivating')}
            </th>
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">
                {name(LEVEL_NAMES[row.level])}
                {name(KIND_NAMES[row.kind])}
              </th>
              {row.cells.map((cell, index) => (
                <td key={matrix.units[index]} className="right">
                  {cell === 0 ? '' : count(cell)}
                </td>
              ))}
              <td className="right">
                <strong>{count(row.total)}</strong>
              </td>
              <td className="right muted">{row.cultivating === 0 ? '' : count(row.cultivating)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('合计', 'Total')}</th>
            {matrix.totals.map((total, index) => (
              <td key={matrix.units[index]} className="right">
                {count(total)}
              </td>
            ))}
            <td className="right">
              <strong>{count(matrix.total)}</strong>
            </td>
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

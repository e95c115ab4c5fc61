/**
 * Whose disclosure control the aggregate figures of a page get (the `audience` of the statistics and report
 * routes): 公开 (public, the server's default), the person's own county (county staff) or 全量 (full figures,
 * roles with full access). The choice is kept in the page address (?audience=); the server checks it anyway.
 */
// The role table straight from its file: the access module's index also carries zod (password rules), which the
// browser does not need.
import { ROLE_DEFINITIONS, type AggregateAudience, type Role } from '../../../core/src/access/role.ts';
import { setQuery, useLocation } from '../app/router.tsx';
import { useLanguage, type Bilingual } from '../i18n/language.tsx';
import { useMe } from '../session/session-context.tsx';
import type { Me } from '../session/session-types.ts';

export interface AudienceOption {
  /** The query value: public, unit:<id> or full. */
  value: string;
  label: Bilingual;
}

/** The disclosure audience of the role's aggregates (full, unit or public), null when it reads none. */
export function roleAudience(me: Me): AggregateAudience | null {
  return ROLE_DEFINITIONS[me.role as Role]?.audience ?? null;
}

/** True when the role receives unprotected aggregates (monthly series, cluster index). */
export function hasFullAccess(me: Me): boolean {
  return roleAudience(me) === 'full';
}

export function audienceOptions(me: Me): AudienceOption[] {
  const options: AudienceOption[] = [{ value: 'public', label: { zh: '公开口径', en: 'Public view' } }];
  const own = roleAudience(me);
  if (own === 'unit' && me.scope.kind === 'unit')
    options.push({ value: `unit:${me.scope.reportingUnitId}`, label: { zh: '本县口径', en: 'Own county view' } });
  if (own === 'full') options.push({ value: 'full', label: { zh: '全量（内部）', en: 'Full (internal)' } });
  return options;
}

/** The chosen audience's query value (public unless the address asks for another the role may receive). */
export function useChosenAudience(): { audience: string; options: AudienceOption[] } {
  const me = useMe();
  const { query } = useLocation();
  const options = audienceOptions(me);
  const asked = query.get('audience');
  const audience = options.find((option) => option.value === asked)?.value ?? 'public';
  return { audience, options };
}

export function AudiencePicker() {
  const { t, name } = useLanguage();
  const { audience, options } = useChosenAudience();
  if (options.length < 2) return null;
  return (
    <label className="picker">
      {t('披露口径', 'Disclosure')}{' '}
      <select
        value={audience}
        onChange={(event) => setQuery('audience', event.target.value === 'public' ? null : event.target.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {name(option.label)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Tabs kept in the address (?tab=…): a tab list of buttons; the page renders the chosen panel. */
import { setQuery, useLocation } from '../../app/router.tsx';

export interface TabDefinition {
  id: string;
  label: string;
}

export function useTab(tabs: readonly TabDefinition[], name = 'tab'): string {
  const { query } = useLocation();
  const chosen = query.get(name);
  return tabs.some((tab) => tab.id === chosen) ? chosen! : tabs[0]!.id;
}

export function Tabs({
  tabs,
  current,
  name = 'tab',
}: {
  tabs: readonly TabDefinition[];
  current: string;
  name?: string;
}) {
  return (
    <div className="tabs" role="tablist">
      {tabs.map((tab) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          aria-selected={tab.id === current}
          onClick={() => setQuery(name, tab.id === tabs[0]!.id ? null : tab.id)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}

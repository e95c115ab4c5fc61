/**
 * Chinese first, English second: the chosen language (kept in localStorage), and `t(zh, en)` that picks one.
 * Every visible text is written as a pair where it is used, so a page reads in both languages at once in code.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

export type Language = 'zh' | 'en';

export interface Bilingual {
  zh: string;
  en: string;
}

interface LanguageContextValue {
  language: Language;
  setLanguage: (language: Language) => void;
  t: (zh: string, en: string) => string;
  name: (name: Bilingual | null | undefined) => string;
}

const storageKey = 'observatory.language';

function initialLanguage(): Language {
  try {
    return localStorage.getItem(storageKey) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

const LanguageContext = createContext<LanguageContextValue | null>(null);

export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);
  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
    try {
      localStorage.setItem(storageKey, next);
    } catch {
      // private mode: the choice lasts for this page
    }
  }, []);
  const value = useMemo<LanguageContextValue>(
    () => ({
      language,
      setLanguage,
      t: (zh, en) => (language === 'zh' ? zh : en),
      name: (name) => (name ? (language === 'zh' ? name.zh : name.en || name.zh) : '—'),
    }),
    [language, setLanguage],
  );
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): LanguageContextValue {
  const value = useContext(LanguageContext);
  if (!value) throw new Error('useLanguage outside LanguageProvider');
  return value;
}

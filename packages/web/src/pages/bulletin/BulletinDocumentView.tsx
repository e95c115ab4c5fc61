/**
 * The bulletin on screen as the bureau prints it: masthead with title and period, who the figures were
 * disclosure-controlled for, the synthetic-data notice, six numbered sections of numbered tables, and the notes.
 */
import type { BulletinDocument } from '@observatory/core';
import { useMemo } from 'react';
import { useLanguage } from '../../i18n/language.tsx';
import { bulletinSections, documentNotes } from './bulletin-tables.ts';
import { BulletinTableView } from './BulletinTableView.tsx';

const SECTION_NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八'];

export function BulletinDocumentView({ document }: { document: BulletinDocument }) {
  const { t, name, language } = useLanguage();
  const sections = useMemo(() => bulletinSections(document), [document]);
  const notes = documentNotes(document);
  let tableNumber = 0;
  return (
    <article className="bulletin-document" aria-label={name(document.title)}>
      <header className="bulletin-masthead">
        <h2>{name(document.title)}</h2>
        <p className="period">{name(document.period.label)}</p>
        <p className="meta">
          {t('发布范围：', 'Audience: ')}
          <strong>{name(document.audience)}</strong>
          {t('　生成时间：', ' · generated ')}
          {document.generatedAt.slice(0, 16).replace('T', ' ')}
        </p>
      </header>
      {document.synthetic && (
        <p className="notice" role="note">
          {t(
            '【演示数据】本专刊由合成演示数据生成，不代表任何真实企业或官方统计。',
            'Built from synthetic demo data: not real enterprises, not official statistics.',
          )}
        </p>
      )}
      {sections.map((section, index) => (
        <section key={section.title.zh} className="bulletin-section">
          <h3>
            {language === 'zh' ? `${SECTION_NUMBERS[index] ?? index + 1}、` : `${index + 1}. `}
            {name(section.title)}
          </h3>
          {section.tables.map((table) => (
            <BulletinTableView key={table.id} table={table} number={++tableNumber} />
          ))}
        </section>
      ))}
      {notes.length > 0 && (
        <section className="bulletin-section">
          <h3>{t('注', 'Notes')}</h3>
          <ol className="bulletin-notes">
            {notes.map((note) => (
              <li key={note.zh}>{name(note)}</li>
            ))}
          </ol>
        </section>
      )}
    </article>
  );
}

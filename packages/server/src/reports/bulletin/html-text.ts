/** Text into HTML: every piece of document text is escaped; English goes in a smaller span after the Chinese. */
import type { BilingualName } from '@observatory/core';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);
}

/** 中文 <span class="en">English</span>, both escaped. */
export function bilingualHtml(text: BilingualName, separator = ' '): string {
  return `${escapeHtml(text.zh)}${separator}<span class="en">${escapeHtml(text.en)}</span>`;
}

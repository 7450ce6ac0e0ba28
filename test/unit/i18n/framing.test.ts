/**
 * The lines that say where the facts come from (colophon, embed, handout, the page's description)
 * ascribe the texts to no publisher the data does not give: four of the five name none.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../../src/i18n/en';
import { realDataset } from '../data/dataset';

const SOURCE_LINES = ['shell.colophon', 'embed.source', 'embed.sourceDocuments', 'story.handout.footer'] as const;
/** "OSCE and Council of Europe texts", "from OSCE sources": the texts given an author. */
const AUTHORED = /(OSCE|Council of Europe)(?: and (?:the )?(?:OSCE|Council of Europe))?(?:'s)? (texts?|sources?|documents?)\b/;

const texts = (m: unknown): string[] => (typeof m === 'string' ? [m] : Object.values(m as Record<string, string>));

export function authoredLines(lines: Record<string, string[]>): string[] {
  return Object.entries(lines)
    .filter(([, list]) => list.some((text) => AUTHORED.test(text)))
    .map(([key]) => key);
}

describe('where the facts come from', () => {
  it('no source line ascribes the texts to the OSCE or the Council of Europe, which most do not name as their publisher', () => {
    const description = /<meta name="description" content="([^"]*)"/.exec(readFileSync(join(process.cwd(), 'index.html'), 'utf8'))![1]!;
    const lines = { ...Object.fromEntries(SOURCE_LINES.map((k) => [k, texts(en[k])])), 'index.html description': [description] };
    expect(authoredLines(lines)).toEqual([]);
    expect(realDataset().sources.filter((s) => s.publisher !== null).map((s) => s.id)).toEqual(['osce-news-2021-04-27']);
  });

  it('flags a line that does', () => {
    expect(authoredLines({ a: ['Source: OSCE and Council of Europe texts.'], b: ['from OSCE sources.'], c: ['Sources: public texts about the PCOCP.'] })).toEqual(['a', 'b']);
  });

  it('each source says where it was taken from', () => {
    for (const s of realDataset().sources) expect(s.takenFrom.length, s.id).toBeGreaterThan(20);
  });
});

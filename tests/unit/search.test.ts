import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { signalsAcuteNeed } from '../../src/search/acute-need.ts';
import { acuteNeedSchema } from '../../src/search/acute-need-schema.ts';
import type { SearchDocument } from '../../src/search/documents.ts';
import { buildSearchIndex } from '../../src/search/index-builder.ts';
import { nlLunr } from '../../src/search/lunr-nl.ts';
import { highlight, queryWords, runSearch } from '../../src/search/query.ts';
import { PROJECT_ROOT } from './fixture-site.ts';

const doc = (url: string, title: string, body: string, extra: Partial<SearchDocument> = {}): SearchDocument => ({
  url, title, body, type: 'les', band: '14-15', module: 'sextortion', summary: body.slice(0, 80), ...extra,
});
const documents = [
  doc('/a/', 'Wat doe je bij afpersing?', 'Afpersing met een naaktfoto is strafbaar. Iemand dreigt de foto te delen.'),
  doc('/b/', 'Een nieuwe vriend in een game', 'Complimenten en cadeaus in een spel. Iemand vraagt om geheimen.', { module: 'lovebombing', band: '12-13' }),
  doc('/c/', 'Schokkende beelden', 'Je zag een video die je niet wilde zien. Sluit hem en praat erover.', { module: 'desensitisatie', band: '16-18' }),
  doc('/d/', 'Helpwanted', 'Hulp bij afpersing met beelden en beelden offline laten halen.', { type: 'hulp', band: null, module: null }),
  doc('/e/', 'Afpersing in de titel', 'Een tekst over iets anders.', { type: 'handleiding' }),
];
const built = buildSearchIndex(documents);
const index = nlLunr.Index.load(JSON.parse(JSON.stringify(built.index)));
const urls = (q: string, filters = {}) => runSearch(index, built.store, q, filters).map((r) => r.url);

describe('search index (lunr with Dutch stemming)', () => {
  it('finds a text about "afpersing" when searching "afpersen"', () => {
    expect(urls('afpersen')).toContain('/a/');
  });

  it('matches other word forms through the stemmer', () => {
    expect(urls('beeld')).toEqual(expect.arrayContaining(['/c/', '/d/']));
    expect(urls('geheim')).toContain('/b/');
  });

  it('ranks a match in the title above a match in the text only', () => {
    const ranked = urls('afpersing');
    expect(ranked.indexOf('/e/')).toBeLessThan(ranked.indexOf('/d/'));
  });

  it('ignores Dutch stop words', () => {
    expect(urls('de het een')).toEqual([]);
  });

  it('tolerates a small typo and finds results while typing', () => {
    expect(urls('afpering')).toContain('/a/');
    expect(urls('dreig')).toContain('/a/');
    expect(urls('schokk')).toContain('/c/');
  });

  it('filters by age band, module and type, keeping documents for every age', () => {
    expect(urls('afpersing', { type: 'hulp' })).toEqual(['/d/']);
    expect(urls('beelden', { band: '16-18' }).sort()).toEqual(['/c/', '/d/']);
    expect(urls('game', { module: 'lovebombing' })).toEqual(['/b/']);
  });

  it('never throws on lunr query syntax or odd input', () => {
    for (const odd of ['title:afpersing', 'afp~2', '+afpersing -foto', '*', 'a^10', ':::', '"', '~', '-', '+', '<img src=x onerror=alert(1)>', '', '   ', '\u0000', 'x'.repeat(5000)]) {
      expect(() => runSearch(index, built.store, odd)).not.toThrow();
    }
    expect(queryWords('title:afpersing~2 +foto')).toEqual(['title', 'afpersing', '2', 'foto']);
  });

  it('returns text segments, never HTML', () => {
    const [first] = runSearch(index, built.store, '<b>afpersing</b>');
    expect(first!.title.map((s) => s.text).join('')).toBe('Wat doe je bij afpersing?');
    expect(first!.title.filter((s) => s.match).map((s) => s.text)).toEqual(['afpersing']);
  });
});

describe('highlighting', () => {
  it('marks words that share the stem or start of a query word', () => {
    const segments = highlight('Afpersers persen je af. Afpersing is strafbaar.', ['afpersen'], ['afpers']);
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(['Afpersers', 'Afpersing']);
    expect(segments.map((s) => s.text).join('')).toBe('Afpersers persen je af. Afpersing is strafbaar.');
  });
});

describe('acute need', () => {
  const words = acuteNeedSchema.parse(parse(readFileSync(join(PROJECT_ROOT, 'src/data/acute-need.yaml'), 'utf8')));

  it('recognises queries that signal acute need', () => {
    for (const q of ['iemand dreigt mijn foto te delen', 'ik word afgeperst', 'chantage', 'naaktfoto gelekt', 'ik denk aan zelfmoord', 'snijden', 'ik wil niet meer leven']) {
      expect(signalsAcuteNeed(q, words), q).toBe(true);
    }
  });

  it('leaves ordinary queries alone', () => {
    for (const q of ['lovebombing', 'wat is grooming', 'groepsapp', 'algoritme']) expect(signalsAcuteNeed(q, words), q).toBe(false);
  });
});

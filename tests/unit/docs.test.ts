import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ageBandsSchema } from '../../src/curriculum/schemas/age-band.ts';
import { denyListSchema } from '../../src/curriculum/schemas/deny-list.ts';
import { glossarySchema } from '../../src/curriculum/schemas/glossary.ts';
import { helpDataSchema } from '../../src/curriculum/schemas/help-resource.ts';
import { kerndoelenSchema } from '../../src/curriculum/schemas/kerndoel.ts';
import { lessonSchema } from '../../src/curriculum/schemas/lesson.ts';
import { moduleSchema } from '../../src/curriculum/schemas/module.ts';
import { quizSchema } from '../../src/curriculum/schemas/quiz.ts';
import { generalGuideSchema, teacherGuideSchema } from '../../src/curriculum/schemas/teacher-guide.ts';
import { docHref, docHtml } from '../../src/docs/doc-html.ts';
import { PROJECT_ROOT } from './fixture-site.ts';

/** Every property name anywhere in a JSON Schema (record keys are data, not fields). */
function fieldNames(schema: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(schema)) schema.forEach((s) => fieldNames(s, found));
  else if (schema && typeof schema === 'object') {
    for (const [key, value] of Object.entries(schema)) {
      if (key === 'properties' && value && typeof value === 'object') {
        for (const [name, sub] of Object.entries(value)) {
          found.add(name);
          fieldNames(sub, found);
        }
      } else fieldNames(value, found);
    }
  }
  return found;
}

describe('docs/content-model.md', () => {
  const doc = readFileSync(join(PROJECT_ROOT, 'docs/content-model.md'), 'utf8');
  const schemas = { lessonSchema, moduleSchema, quizSchema, teacherGuideSchema, generalGuideSchema, helpDataSchema, ageBandsSchema, kerndoelenSchema, glossarySchema, denyListSchema };

  for (const [name, schema] of Object.entries(schemas)) {
    it(`names every field of ${name}`, () => {
      const fields = [...fieldNames(z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }))];
      expect(fields.length).toBeGreaterThan(0);
      expect(fields.filter((field) => !doc.includes(`\`${field}\``))).toEqual([]);
    });
  }
});

describe('docs as site pages', () => {
  it('sends links between docs to their pages and leaves other links alone', () => {
    expect(docHref('exports.md')).toBe('/ontwikkelaars/exports/');
    expect(docHref('./content-model.md#rules-on-the-words-checked')).toBe('/ontwikkelaars/content-model/#rules-on-the-words-checked');
    expect(docHref('https://example.org/a.md')).toBe('https://example.org/a.md');
    expect(docHref('#top')).toBe('#top');
  });

  it('puts every table in a focusable scroll box and rewrites links in the HTML', () => {
    const html = '<p>See <a href="adapting.md#start">this</a> and <a href="https://x.test/">that</a>.</p><table><tr><td>a</td></tr></table>';
    expect(docHtml(html)).toBe(
      '<p>See <a href="/ontwikkelaars/adapting/#start">this</a> and <a href="https://x.test/" rel="noreferrer">that</a>.</p>' +
        '<div class="table-wrap" tabindex="0" role="region" aria-label="Tabel"><table><tr><td>a</td></tr></table></div>',
    );
  });
});

describe('docTitle and orderDocs', () => {
  it('takes the first-level heading as plain text, or the id without one', async () => {
    const { docTitle, orderDocs } = await import('../../src/docs/doc-order.ts');
    expect(docTitle({ id: 'x', body: 'intro\n# The `npm run new` command\n## Sub' })).toBe('The npm run new command');
    expect(docTitle({ id: 'x', body: '## Only a sub' })).toBe('x');
    expect(orderDocs([{ id: 'zz' }, { id: 'exports' }, { id: 'adapting' }]).map((d) => d.id)).toEqual(['adapting', 'exports', 'zz']);
  });
});

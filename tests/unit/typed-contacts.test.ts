import { describe, expect, it } from 'vitest';
import { loadCurriculumData } from '../../src/curriculum/data.ts';
import { findTypedContacts } from '../../src/curriculum/typed-contacts.ts';
import { PROJECT_ROOT } from './fixture-site.ts';

const { helpResources } = loadCurriculumData(PROJECT_ROOT);
const found = (text: string) => findTypedContacts(text, helpResources).map((h) => h.found);

describe('typed help details', () => {
  it('finds phone numbers in the usual Dutch forms, short numbers included', () => {
    expect(found('Bel 0800-0432 of 020-261 52 75.')).toEqual(['0800-0432', '020-261 52 75']);
    expect(found('Bel 112 of 113, of 0900-8844')).toEqual(['112', '113', '0900-8844']);
    expect(found('Bel 088-20 80 080.')).toEqual(['088-20 80 080']);
  });

  it('finds the web address of a help service', () => {
    expect(found('Kijk op www.helpwanted.nl of kindertelefoon.nl')).toEqual(['helpwanted.nl', 'kindertelefoon.nl']);
  });

  it('leaves dates, figures, percentages and help keys alone', () => {
    expect(found('Sinds 1 juli 2024 is dat zo. Het gaat om 8,8% en 70 mensen, 12-13 jaar, groep 764.')).toEqual([]);
    expect(found('<Hulp id="zelfmoordpreventie" />\nhelp: [helpwanted, zelfmoordpreventie]\n')).toEqual([]);
  });

  it('reports the line of each hit', () => {
    expect(findTypedContacts('eerste regel\ntweede regel met 113\n', helpResources)).toEqual([{ line: 2, found: '113', kind: 'phone' }]);
  });
});

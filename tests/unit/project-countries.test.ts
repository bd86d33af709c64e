import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES, EU_EEA_CODES, isEuEea, listCountries } from '@/lib/projects/countries';
import { DISTRICTS, DISTRICT_FREE_CITIES, REGIONS } from '@/lib/projects/regions';

describe('countries', () => {
  it('lists the 249 ISO 3166-1 alpha-2 codes, each once, each with a name', () => {
    expect(COUNTRY_CODES).toHaveLength(249);
    expect(new Set(COUNTRY_CODES).size).toBe(249);
    const names = new Intl.DisplayNames(['de'], { type: 'region', fallback: 'none' });
    expect(COUNTRY_CODES.filter((code) => !names.of(code))).toEqual([]);
  });

  it('marks the EU 27 and Iceland, Liechtenstein and Norway as EU/EEA', () => {
    expect(EU_EEA_CODES.size).toBe(30);
    expect(['DE', 'PL', 'HR', 'IS', 'LI', 'NO'].every(isEuEea)).toBe(true);
    expect(['CH', 'GB', 'UA', 'VN', 'TR'].some(isEuEea)).toBe(false);
  });

  it('names and sorts the countries in the reader’s language', () => {
    const german = listCountries('de');
    const english = listCountries('en');
    expect(german.find((country) => country.code === 'AT')).toEqual({ code: 'AT', name: 'Österreich', euEea: true });
    expect(english.find((country) => country.code === 'AT')!.name).toBe('Austria');
    // Collation, not code order: Ägypten sorts with A in German.
    const index = (code: string) => german.findIndex((country) => country.code === code);
    expect(index('EG')).toBeLessThan(index('AL'));
  });
});

describe('regions', () => {
  it('are statewide, the 11 Landkreise and the 3 kreisfreie Städte of Saxony-Anhalt', () => {
    expect(DISTRICTS).toHaveLength(11);
    expect(DISTRICT_FREE_CITIES).toHaveLength(3);
    expect(REGIONS).toHaveLength(15);
  });
});

'use client';

import { useMemo, useState } from 'react';
import { useTranslations } from 'next-intl';
import type { Country } from '@/lib/projects/countries';
import { FieldError, errorId, hintId } from '@/components/ui/field';

type Props = {
  /** Every country, named and sorted in the reader's language (computed on the server). */
  countries: Country[];
  value: string[];
  onChange: (codes: string[]) => void;
  error?: string;
  /** Id of the filter input: the target of the error summary's link. */
  id: string;
};

/** Normalises for filtering: case- and accent-insensitive („osterreich“ finds Österreich). */
const fold = (text: string) => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLocaleLowerCase();

/**
 * Countries of origin as a filterable checkbox list in a fieldset: every country is a real
 * checkbox (Tab / Space), the filter narrows the list, the chosen ones are listed above it
 * with a button each to remove them. EU/EEA states are marked in text, not by colour.
 */
export function CountryPicker({ countries, value, onChange, error, id }: Props) {
  const t = useTranslations('projects');
  const [filter, setFilter] = useState('');
  const visible = useMemo(() => {
    const needle = fold(filter.trim());
    return needle ? countries.filter((country) => fold(country.name).includes(needle) || country.code.toLowerCase() === needle) : countries;
  }, [countries, filter]);
  const selected = new Set(value);
  const chosen = countries.filter((country) => selected.has(country.code));

  function toggle(code: string, checked: boolean) {
    onChange(checked ? [...value, code] : value.filter((item) => item !== code));
  }

  return (
    <fieldset
      aria-describedby={[hintId(id), error ? errorId(id) : null].filter(Boolean).join(' ')}
      aria-invalid={error ? true : undefined}
      className={`rounded border p-4 ${error ? 'border-2 border-danger' : 'border-gray-500'}`}
    >
      <legend className="px-1 font-semibold">{t('fields.countries')}</legend>
      <p id={hintId(id)} className="mb-2 text-sm text-muted">
        {t('hints.countries')}
      </p>
      <p aria-live="polite" className="mb-2 text-sm font-semibold">
        {t('countries.selected', { count: chosen.length })}
      </p>
      {chosen.length > 0 && (
        <ul aria-label={t('countries.selectedList')} className="mb-3 flex flex-wrap gap-2">
          {chosen.map((country) => (
            <li key={country.code} className="flex items-center gap-1 rounded bg-brand-50 py-1 pr-1 pl-2 text-sm">
              <span>
                {country.name}
                {country.euEea && <span className="text-muted"> ({t('countries.euEea')})</span>}
              </span>
              <button
                type="button"
                onClick={() => toggle(country.code, false)}
                aria-label={t('countries.remove', { name: country.name })}
                className="rounded px-1 font-bold text-brand-800 hover:bg-brand-100"
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <label htmlFor={id} className="mb-1 block text-sm font-semibold">
        {t('countries.filter')}
      </label>
      <input
        id={id}
        type="search"
        value={filter}
        onChange={(event) => setFilter(event.target.value)}
        aria-controls={`${id}-list`}
        autoComplete="off"
        className="mb-2 w-full rounded border border-gray-500 px-3 py-2"
      />
      <div id={`${id}-list`} className="max-h-64 overflow-y-auto rounded border border-gray-300 p-2">
        {visible.length === 0 ? (
          <p className="text-sm text-muted">{t('countries.noMatch')}</p>
        ) : (
          <ul className="space-y-1">
            {visible.map((country) => {
              const inputId = `${id}-${country.code}`;
              return (
                <li key={country.code} className="flex items-center gap-2">
                  <input
                    id={inputId}
                    type="checkbox"
                    name="countries"
                    value={country.code}
                    checked={selected.has(country.code)}
                    onChange={(event) => toggle(country.code, event.target.checked)}
                    className="h-4 w-4"
                  />
                  <label htmlFor={inputId}>
                    {country.name}
                    {country.euEea && (
                      <abbr title={t('countries.euEeaLong')} className="ml-1 text-sm text-muted no-underline">
                        ({t('countries.euEea')})
                      </abbr>
                    )}
                  </label>
                </li>
              );
            })}
          </ul>
        )}
      </div>
      <FieldError id={id} error={error} />
    </fieldset>
  );
}

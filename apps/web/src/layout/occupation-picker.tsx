import { Checkbox, FormField, FormLabel, Paragraph, RadioButton, Textbox } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { describedBy, Field } from './field';

const OCCUPATIONS = graphql(`
  query OccupationSearch($search: String!) {
    occupations(search: $search, first: 8) {
      code
      level
      titleNl
      titleEn
    }
  }
`);

/** One occupation with its typical skills (for the skill choices that follow the occupation). */
export const OCCUPATION = graphql(`
  query OccupationWithSkills($code: String!) {
    occupation(code: $code) {
      code
      titleNl
      titleEn
      skills {
        code
        labelNl
        labelEn
      }
    }
  }
`);

type Titled = { titleNl: string; titleEn: string };

/**
 * Occupations by Dutch job title ("heftruckchauffeur", typos tolerated by the API's search). The matches are radio
 * buttons (one occupation) or checkboxes (up to `max`), so choosing works by keyboard and screen reader without a
 * custom combobox; what is chosen is announced.
 */
export function OccupationPicker({
  idPrefix,
  label,
  selected,
  max,
  problem,
  onChange,
}: {
  idPrefix: string;
  label: string;
  selected: string[];
  max: number;
  problem?: string;
  onChange(codes: string[]): void;
}) {
  const { t, locale } = useI18n();
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(typed.trim()), 250);
    return () => clearTimeout(timer);
  }, [typed]);
  const [found] = useQuery({ query: OCCUPATIONS, variables: { search }, pause: search.length < 2 });
  const unitGroups = (found.data?.occupations ?? []).filter((occupation) => occupation.level === 4);
  const title = (occupation: Titled) => (locale === 'nl' ? occupation.titleNl : occupation.titleEn);
  const single = max === 1;
  const toggle = (code: string, on: boolean) => {
    if (single) onChange(on ? [code] : []);
    else onChange(on ? [...selected, code].slice(0, max) : selected.filter((chosen) => chosen !== code));
  };
  const hint = t(single ? 'vacancyForm.occupationHint' : 'occupations.hintMany', { max });

  return (
    <>
      <Field id={idPrefix} label={label} hint={hint} problem={problem}>
        <Textbox
          id={idPrefix}
          type="search"
          value={typed}
          invalid={Boolean(problem)}
          aria-describedby={describedBy(idPrefix, { hint, problem })}
          onChange={(event) => setTyped(event.target.value)}
        />
      </Field>
      <Paragraph role="status">
        {selected.length > 0 ? (
          <>
            {t('occupations.chosen')}{' '}
            {selected.map((code, index) => (
              <span key={code}>
                {index > 0 && ', '}
                <ChosenTitle code={code} />
              </span>
            ))}
          </>
        ) : search.length >= 2 && !found.fetching ? (
          t('vacancyForm.occupationsFound', { count: unitGroups.length })
        ) : (
          ''
        )}
      </Paragraph>
      {unitGroups.length > 0 && (
        <fieldset className="wsp-fieldset">
          <legend>{t(single ? 'vacancyForm.chooseOccupation' : 'occupations.chooseMany')}</legend>
          {unitGroups.map((occupation) => {
            const id = `${idPrefix}-${occupation.code}`;
            const checked = selected.includes(occupation.code);
            const labelText = `${title(occupation)} (${occupation.code})`;
            return single ? (
              <FormField type="radio" key={occupation.code}>
                <RadioButton id={id} name={idPrefix} checked={checked} onChange={() => toggle(occupation.code, true)} />{' '}
                <FormLabel htmlFor={id} type="radio">
                  {labelText}
                </FormLabel>
              </FormField>
            ) : (
              <FormField type="checkbox" key={occupation.code}>
                <Checkbox
                  id={id}
                  checked={checked}
                  disabled={!checked && selected.length >= max}
                  onChange={(event) => toggle(occupation.code, event.target.checked)}
                />{' '}
                <FormLabel htmlFor={id} type="checkbox">
                  {labelText}
                </FormLabel>
              </FormField>
            );
          })}
        </fieldset>
      )}
    </>
  );
}

function ChosenTitle({ code }: { code: string }) {
  const { locale } = useI18n();
  const [{ data }] = useQuery({ query: OCCUPATION, variables: { code } });
  const occupation = data?.occupation;
  return <>{occupation ? `${locale === 'nl' ? occupation.titleNl : occupation.titleEn} (${code})` : code}</>;
}

import {
  Button,
  Checkbox,
  FormField,
  FormLabel,
  Heading1,
  Paragraph,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { FormEvent, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { fieldErrors } from '../api/errors';
import { useIdempotencyKey } from '../api/idempotency';
import { graphql } from '../gql';
import type { ContractType } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/nl';
import { ErrorAlert } from '../layout/error-alert';
import { CheckboxField, describedBy, Field } from '../layout/field';
import { QueryState } from '../layout/query-state';
import { OCCUPATION, OccupationPicker } from '../layout/occupation-picker';
import { usePageTitle } from '../layout/shell';

const NEW_VACANCY = graphql(`
  query NewVacancyForm($employerId: ID!) {
    employer(id: $employerId) {
      id
      legalName
      tradeName
      regionCode
      municipalityCode
    }
    educationLevels {
      code
      labelNl
      labelEn
    }
  }
`);

const EDIT_VACANCY = graphql(`
  query EditVacancyForm($id: ID!) {
    vacancy(id: $id) {
      id
      version
      employerId
      regionCode
      title
      description
      occupationCode
      municipalityCode
      hoursMin
      hoursMax
      remoteWork
      positions
      contractType
      minEducationLevel
      startDate
      closingDate
      skills {
        skillCode
        required
      }
    }
    educationLevels {
      code
      labelNl
      labelEn
    }
  }
`);

const MUNICIPALITIES = graphql(`
  query RegionMunicipalities($regionCode: String!) {
    municipalities(regionCode: $regionCode) {
      code
      name
    }
  }
`);

const CREATE = graphql(`
  mutation CreateVacancy($input: CreateVacancyInput!, $idempotencyKey: String) {
    createVacancy(input: $input, idempotencyKey: $idempotencyKey) {
      id
    }
  }
`);

const UPDATE = graphql(`
  mutation UpdateVacancy($input: UpdateVacancyInput!) {
    updateVacancy(input: $input) {
      id
      version
      title
      description
      occupationCode
      municipalityCode
      hoursMin
      hoursMax
      positions
      contractType
      minEducationLevel
      startDate
      closingDate
      skills {
        skillCode
        required
      }
    }
  }
`);

const CONTRACT_TYPES: ContractType[] = [
  'PERMANENT',
  'TEMPORARY',
  'TEMP_AGENCY',
  'APPRENTICESHIP',
  'INTERNSHIP',
  'OTHER',
];

interface VacancyValues {
  title: string;
  description: string;
  occupationCode: string;
  municipalityCode: string;
  hoursMin: string;
  hoursMax: string;
  remoteWork: boolean;
  positions: string;
  contractType: ContractType;
  minEducationLevel: string;
  startDate: string;
  closingDate: string;
  /** Skill code -> required. */
  skills: Record<string, boolean>;
}

/** A new vacancy at an employer: `/werkgevers/:employerId/vacatures/nieuw`. */
export function NewVacancyPage() {
  const { t } = useI18n();
  const { employerId = '' } = useParams();
  const [params] = useSearchParams();
  // Added during a visit: back to the visit, where it counts as spotted there.
  const visitId = params.get('bezoek');
  const navigate = useNavigate();
  const [{ data, fetching, error }, refetch] = useQuery({ query: NEW_VACANCY, variables: { employerId } });
  const [created, create] = useMutation(CREATE);
  const once = useIdempotencyKey();
  usePageTitle(t('vacancyForm.newTitle'));
  const employer = data?.employer;
  if (!employer || !data) {
    return (
      <>
        <Heading1>{t('vacancyForm.newTitle')}</Heading1>
        <QueryState fetching={fetching} error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
      </>
    );
  }
  return (
    <>
      <Heading1>{t('vacancyForm.newTitle')}</Heading1>
      <Paragraph>
        {t('vacancyForm.at')} <Link to={`/werkgevers/${employer.id}`}>{employer.tradeName ?? employer.legalName}</Link>
      </Paragraph>
      <VacancyForm
        initial={{
          title: '',
          description: '',
          occupationCode: '',
          municipalityCode: employer.municipalityCode ?? '',
          hoursMin: '32',
          hoursMax: '40',
          remoteWork: false,
          positions: '1',
          contractType: 'PERMANENT',
          minEducationLevel: '',
          startDate: '',
          closingDate: '',
          skills: {},
        }}
        regionCode={employer.regionCode}
        educationLevels={data.educationLevels}
        submitting={created.fetching}
        error={created.error}
        submitLabel={t('vacancyForm.create')}
        onSubmit={async (values) => {
          const result = await create({
            input: { employerId: employer.id, ...toInput(values) },
            idempotencyKey: once.key,
          });
          const id = result.data?.createVacancy.id;
          if (id) once.done();
          if (id) void navigate(visitId ? `/bezoeken/${visitId}?vacature=${id}` : `/vacatures/${id}`);
        }}
        cancelTo={visitId ? `/bezoeken/${visitId}` : `/werkgevers/${employer.id}`}
      />
    </>
  );
}

/** The vacancy's details, edited against the version read (CONFLICT: typed text kept, newest version offered). */
export function EditVacancyPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const [{ data, fetching, error }, refetch] = useQuery({ query: EDIT_VACANCY, variables: { id } });
  const [updated, update] = useMutation(UPDATE);
  usePageTitle(t('vacancyForm.editTitle'));
  const vacancy = data?.vacancy;
  if (!vacancy || !data) {
    return (
      <>
        <Heading1>{t('vacancyForm.editTitle')}</Heading1>
        <QueryState fetching={fetching} error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
      </>
    );
  }
  return (
    <>
      <Heading1>{t('vacancyForm.editTitle')}</Heading1>
      <VacancyForm
        key={vacancy.version}
        initial={{
          title: vacancy.title,
          description: vacancy.description ?? '',
          occupationCode: vacancy.occupationCode,
          municipalityCode: vacancy.municipalityCode,
          hoursMin: String(vacancy.hoursMin),
          hoursMax: String(vacancy.hoursMax),
          remoteWork: vacancy.remoteWork,
          positions: String(vacancy.positions),
          contractType: vacancy.contractType,
          minEducationLevel: vacancy.minEducationLevel ?? '',
          startDate: vacancy.startDate ?? '',
          closingDate: vacancy.closingDate ?? '',
          skills: Object.fromEntries(vacancy.skills.map((skill) => [skill.skillCode, skill.required])),
        }}
        regionCode={vacancy.regionCode}
        educationLevels={data.educationLevels}
        submitting={updated.fetching}
        error={updated.error}
        onReload={() => refetch({ requestPolicy: 'network-only' })}
        submitLabel={t('vacancyForm.save')}
        onSubmit={async (values) => {
          const result = await update({ input: { id: vacancy.id, version: vacancy.version, ...toInput(values) } });
          if (result.data) void navigate(`/vacatures/${vacancy.id}`);
        }}
        cancelTo={`/vacatures/${vacancy.id}`}
      />
    </>
  );
}

function toInput(values: VacancyValues) {
  return {
    title: values.title.trim(),
    description: values.description.trim() || undefined,
    occupationCode: values.occupationCode,
    municipalityCode: values.municipalityCode,
    hoursMin: Number(values.hoursMin),
    hoursMax: Number(values.hoursMax),
    remoteWork: values.remoteWork,
    positions: Number(values.positions),
    contractType: values.contractType,
    minEducationLevel: values.minEducationLevel || undefined,
    startDate: values.startDate || undefined,
    closingDate: values.closingDate || undefined,
    skills: Object.entries(values.skills).map(([code, required]) => ({ code, required })),
  };
}

function VacancyForm({
  initial,
  regionCode,
  educationLevels,
  submitting,
  error,
  onReload,
  submitLabel,
  onSubmit,
  cancelTo,
}: {
  initial: VacancyValues;
  regionCode: string;
  educationLevels: { code: string; labelNl: string; labelEn: string }[];
  submitting: boolean;
  error: Parameters<typeof fieldErrors>[0];
  onReload?: () => void;
  submitLabel: string;
  onSubmit(values: VacancyValues): Promise<void>;
  cancelTo: string;
}) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const [values, setValues] = useState(initial);
  const [municipalities] = useQuery({ query: MUNICIPALITIES, variables: { regionCode } });
  const problems = fieldErrors(error, i18n);
  const set = <K extends keyof VacancyValues>(key: K, value: VacancyValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));
  const text = (key: 'title' | 'hoursMin' | 'hoursMax' | 'positions' | 'startDate' | 'closingDate', type = 'text') => {
    const id = `vacature-${key}`;
    const problem = problems[key];
    return (
      <Field id={id} label={t(`vacancyField.${key}` as MessageKey)} problem={problem}>
        <Textbox
          id={id}
          type={type}
          inputMode={type === 'number' ? 'numeric' : undefined}
          value={values[key]}
          invalid={Boolean(problem)}
          aria-describedby={describedBy(id, { problem })}
          onChange={(event) => set(key, event.target.value)}
          className={type === 'number' ? 'wsp-narrow' : undefined}
        />
      </Field>
    );
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (submitting || !values.occupationCode) return;
    await onSubmit(values);
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={submitLabel}>
      {Object.keys(problems).length === 0 && <ErrorAlert error={error} onReload={onReload} />}
      {text('title')}
      <OccupationPicker
        idPrefix="vacature-beroep"
        label={t('vacancyField.occupationCode')}
        selected={values.occupationCode ? [values.occupationCode] : []}
        max={1}
        problem={problems.occupationCode}
        onChange={([code = '']) => setValues((current) => ({ ...current, occupationCode: code, skills: {} }))}
      />
      {values.occupationCode && (
        <SkillPicker
          occupationCode={values.occupationCode}
          selected={values.skills}
          problem={problems.skills}
          onChange={(skills) => set('skills', skills)}
        />
      )}
      <Field id="vacature-description" label={t('vacancyField.description')} hint={t('vacancyForm.descriptionHint')}>
        <Textarea
          id="vacature-description"
          value={values.description}
          invalid={Boolean(problems.description)}
          aria-describedby={describedBy('vacature-description', {
            hint: t('vacancyForm.descriptionHint'),
            problem: problems.description,
          })}
          onChange={(event) => set('description', event.target.value)}
        />
      </Field>
      <CheckboxField
        id="vacature-thuiswerk"
        label={t('vacancyField.remoteWork')}
        checked={values.remoteWork}
        onChange={(checked) => set('remoteWork', checked)}
      />
      <div className="wsp-row">
        {text('hoursMin', 'number')}
        {text('hoursMax', 'number')}
        {text('positions', 'number')}
      </div>
      <Field id="vacature-municipality" label={t('vacancyField.municipalityCode')} problem={problems.municipalityCode}>
        <Select
          id="vacature-municipality"
          value={values.municipalityCode}
          invalid={Boolean(problems.municipalityCode)}
          onChange={(event) => set('municipalityCode', event.target.value)}
        >
          <SelectOption value="">{t('vacancyForm.choose')}</SelectOption>
          {(municipalities.data?.municipalities ?? []).map((municipality) => (
            <SelectOption key={municipality.code} value={municipality.code}>
              {municipality.name}
            </SelectOption>
          ))}
        </Select>
      </Field>
      <Field id="vacature-contract" label={t('vacancyField.contractType')} problem={problems.contractType}>
        <Select
          id="vacature-contract"
          value={values.contractType}
          onChange={(event) => set('contractType', event.target.value as ContractType)}
        >
          {CONTRACT_TYPES.map((type) => (
            <SelectOption key={type} value={type}>
              {t(`contractType.${type}` as MessageKey)}
            </SelectOption>
          ))}
        </Select>
      </Field>
      <Field id="vacature-education" label={t('vacancyField.minEducationLevel')} problem={problems.minEducationLevel}>
        <Select
          id="vacature-education"
          value={values.minEducationLevel}
          onChange={(event) => set('minEducationLevel', event.target.value)}
        >
          <SelectOption value="">{t('vacancyForm.noEducation')}</SelectOption>
          {educationLevels.map((level) => (
            <SelectOption key={level.code} value={level.code}>
              {locale === 'nl' ? level.labelNl : level.labelEn}
            </SelectOption>
          ))}
        </Select>
      </Field>
      <div className="wsp-row">
        {text('startDate', 'date')}
        {text('closingDate', 'date')}
      </div>
      <div className="wsp-actions">
        <Button
          type="submit"
          appearance="primary-action-button"
          busy={submitting}
          disabled={submitting || !values.occupationCode}
        >
          {submitLabel}
        </Button>
        <Link to={cancelTo}>{t('vacancyForm.cancel')}</Link>
      </div>
    </form>
  );
}

/** The skills typical of the occupation; each chosen one is nice to have, or required when ticked as such. */
function SkillPicker({
  occupationCode,
  selected,
  problem,
  onChange,
}: {
  occupationCode: string;
  selected: Record<string, boolean>;
  problem?: string;
  onChange(skills: Record<string, boolean>): void;
}) {
  const { t, locale } = useI18n();
  const [{ data }] = useQuery({ query: OCCUPATION, variables: { code: occupationCode } });
  const skills = data?.occupation.skills ?? [];
  if (skills.length === 0) return null;
  const toggle = (code: string, on: boolean) => {
    const next = { ...selected };
    if (on) next[code] = false;
    else delete next[code];
    onChange(next);
  };
  return (
    <fieldset className="wsp-fieldset">
      <legend>{t('vacancyField.skills')}</legend>
      {problem && <Paragraph className="wsp-error">{problem}</Paragraph>}
      {skills.map((skill) => {
        const label = locale === 'nl' ? skill.labelNl : skill.labelEn;
        const chosen = skill.code in selected;
        return (
          <div className="wsp-row" key={skill.code}>
            <FormField type="checkbox">
              <Checkbox
                id={`vaardigheid-${skill.code}`}
                checked={chosen}
                onChange={(event) => toggle(skill.code, event.target.checked)}
              />{' '}
              <FormLabel htmlFor={`vaardigheid-${skill.code}`} type="checkbox">
                {label}
              </FormLabel>
            </FormField>
            {chosen && (
              <FormField type="checkbox">
                <Checkbox
                  id={`vereist-${skill.code}`}
                  checked={selected[skill.code]}
                  onChange={(event) => onChange({ ...selected, [skill.code]: event.target.checked })}
                />{' '}
                <FormLabel htmlFor={`vereist-${skill.code}`} type="checkbox">
                  {t('vacancyForm.required', { skill: label })}
                </FormLabel>
              </FormField>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}

import {
  Button,
  Checkbox,
  FormField,
  FormLabel,
  Heading1,
  Paragraph,
  RadioButton,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { FormEvent, useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { fieldErrors } from '../api/errors';
import { useIdempotencyKey } from '../api/idempotency';
import { useMe } from '../api/me';
import { graphql } from '../gql';
import type { AgeBand, ExperienceBand, GuardedText, LegalBasis, TargetGroup } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/nl';
import { ErrorAlert } from '../layout/error-alert';
import { CheckboxField, describedBy, Field } from '../layout/field';
import { OCCUPATION, OccupationPicker } from '../layout/occupation-picker';
import { QueryState } from '../layout/query-state';
import { usePageTitle } from '../layout/shell';

const OPTIONS = graphql(`
  query CandidateFormOptions($regionCode: String!) {
    educationLevels {
      code
      labelNl
      labelEn
    }
    municipalities(regionCode: $regionCode) {
      code
      name
    }
  }
`);

const PROFILE = graphql(`
  query EditCandidate($id: ID!) {
    candidateProfile(id: $id) {
      id
      version
      publicCode
      status
      legalBasis
      municipalityCode
      occupationCodes
      skillCodes
      educationLevel
      hoursMin
      hoursMax
      hoursFlexible
      availableFrom
      travelRadiusKm
      drivingLicences
      languages
      targetGroups
      wwEndMonth
      ageBand
      experienceBand
      hasClientNumber
      pitch
      internalNote
    }
  }
`);

const PRIVACY_CHECK = graphql(`
  query PrivacyCheck($text: String!, $kind: GuardedText!) {
    privacyCheck(text: $text, kind: $kind) {
      kinds
    }
  }
`);

const CREATE = graphql(`
  mutation CreateCandidate($input: CreateCandidateProfileInput!, $idempotencyKey: String) {
    createCandidateProfile(input: $input, idempotencyKey: $idempotencyKey) {
      id
    }
  }
`);

const UPDATE = graphql(`
  mutation UpdateCandidate($input: UpdateCandidateProfileInput!) {
    updateCandidateProfile(input: $input) {
      id
      version
    }
  }
`);

const TARGET_GROUPS: TargetGroup[] = [
  'MAX_WW',
  'JOBS_AGREEMENT',
  'AGE_50_PLUS',
  'SOCIAL_ASSISTANCE',
  'STATUS_HOLDER',
  'YOUTH_WITHOUT_QUALIFICATION',
];
const LICENCES = ['B', 'BE', 'C', 'CE', 'D'];
const LANGUAGES = ['nl', 'en', 'de', 'pl', 'ar', 'tr', 'uk'];
const AGE_BANDS: AgeBand[] = ['UNDER_27', 'FROM_27_TO_49', 'FROM_50'];
const EXPERIENCE: ExperienceBand[] = ['NONE', 'UNDER_1_YEAR', 'YEARS_1_TO_3', 'YEARS_3_TO_10', 'OVER_10_YEARS'];

interface ProfileValues {
  legalBasis: LegalBasis | '';
  municipalityCode: string;
  occupationCodes: string[];
  skillCodes: string[];
  educationLevel: string;
  hoursMin: string;
  hoursMax: string;
  hoursFlexible: boolean;
  availableFrom: string;
  travelRadiusKm: string;
  drivingLicences: string[];
  languages: string[];
  targetGroups: TargetGroup[];
  wwEndMonth: string;
  ageBand: AgeBand | '';
  experienceBand: ExperienceBand | '';
  clientNumber: string;
  pitch: string;
  internalNote: string;
  share: boolean;
}

const EMPTY: ProfileValues = {
  legalBasis: '',
  municipalityCode: '',
  occupationCodes: [],
  skillCodes: [],
  educationLevel: '',
  hoursMin: '',
  hoursMax: '',
  hoursFlexible: false,
  availableFrom: '',
  travelRadiusKm: '15',
  drivingLicences: [],
  languages: ['nl'],
  targetGroups: [],
  wwEndMonth: '',
  ageBand: '',
  experienceBand: '',
  clientNumber: '',
  pitch: '',
  internalNote: '',
  share: true,
};

/** A new candidate: `/kandidaten/nieuw`. */
export function NewCandidatePage() {
  const { t } = useI18n();
  usePageTitle(t('candidateForm.newTitle'));
  const navigate = useNavigate();
  const [created, create] = useMutation(CREATE);
  const once = useIdempotencyKey();
  return (
    <>
      <Heading1>{t('candidateForm.newTitle')}</Heading1>
      <Paragraph>{t('candidateForm.intro')}</Paragraph>
      <CandidateForm
        initial={EMPTY}
        isNew
        submitting={created.fetching}
        error={created.error}
        submitLabel={t('candidateForm.create')}
        cancelTo="/kandidaten"
        onSubmit={async (values) => {
          const result = await create({
            input: {
              ...toInput(values),
              legalBasis: values.legalBasis as LegalBasis,
              municipalityCode: values.municipalityCode,
              occupationCodes: values.occupationCodes,
              clientNumber: values.clientNumber.trim() || undefined,
              status: values.share ? 'ACTIVE' : 'PAUSED',
            },
            idempotencyKey: once.key,
          });
          const id = result.data?.createCandidateProfile.id;
          if (id) once.done();
          if (id) void navigate(`/kandidaten/${id}`);
        }}
      />
    </>
  );
}

/** Editing a candidate against the version read. */
export function EditCandidatePage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const [{ data, fetching, error }, refetch] = useQuery({ query: PROFILE, variables: { id } });
  const [updated, update] = useMutation(UPDATE);
  const profile = data?.candidateProfile;
  usePageTitle(t('candidateForm.editTitle'));
  if (!profile) {
    return (
      <>
        <Heading1>{t('candidateForm.editTitle')}</Heading1>
        <QueryState fetching={fetching} error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
      </>
    );
  }
  return (
    <>
      <Heading1>{t('candidateForm.editTitleOf', { code: profile.publicCode })}</Heading1>
      <CandidateForm
        key={profile.version}
        initial={{
          ...EMPTY,
          legalBasis: profile.legalBasis,
          municipalityCode: profile.municipalityCode,
          occupationCodes: profile.occupationCodes,
          skillCodes: profile.skillCodes,
          educationLevel: profile.educationLevel ?? '',
          hoursMin: profile.hoursMin?.toString() ?? '',
          hoursMax: profile.hoursMax?.toString() ?? '',
          hoursFlexible: profile.hoursFlexible,
          availableFrom: profile.availableFrom ?? '',
          travelRadiusKm: String(profile.travelRadiusKm),
          drivingLicences: profile.drivingLicences,
          languages: profile.languages,
          targetGroups: profile.targetGroups,
          wwEndMonth: profile.wwEndMonth ?? '',
          ageBand: profile.ageBand ?? '',
          experienceBand: profile.experienceBand ?? '',
          pitch: profile.pitch ?? '',
          internalNote: profile.internalNote ?? '',
        }}
        submitting={updated.fetching}
        error={updated.error}
        onReload={() => refetch({ requestPolicy: 'network-only' })}
        submitLabel={t('vacancyForm.save')}
        cancelTo={`/kandidaten/${profile.id}`}
        onSubmit={async (values) => {
          const result = await update({
            input: {
              id: profile.id,
              version: profile.version,
              ...toInput(values),
              legalBasis: (values.legalBasis || undefined) as LegalBasis | undefined,
              municipalityCode: values.municipalityCode,
              occupationCodes: values.occupationCodes,
            },
          });
          if (!result.error) void navigate(`/kandidaten/${profile.id}`);
        }}
      />
    </>
  );
}

function toInput(values: ProfileValues) {
  const number = (text: string) => (text.trim() ? Number(text) : undefined);
  return {
    skillCodes: values.skillCodes,
    educationLevel: values.educationLevel || undefined,
    hoursMin: number(values.hoursMin),
    hoursMax: number(values.hoursMax),
    hoursFlexible: values.hoursFlexible,
    availableFrom: values.availableFrom || undefined,
    travelRadiusKm: number(values.travelRadiusKm),
    drivingLicences: values.drivingLicences,
    languages: values.languages,
    targetGroups: values.targetGroups,
    wwEndMonth: values.targetGroups.includes('MAX_WW') ? values.wwEndMonth || undefined : undefined,
    ageBand: values.ageBand || undefined,
    experienceBand: values.experienceBand || undefined,
    pitch: values.pitch.trim() || undefined,
    internalNote: values.internalNote.trim() || undefined,
  };
}

function CandidateForm({
  initial,
  isNew = false,
  submitting,
  error,
  onReload,
  submitLabel,
  cancelTo,
  onSubmit,
}: {
  initial: ProfileValues;
  isNew?: boolean;
  submitting: boolean;
  error: Parameters<typeof fieldErrors>[0];
  onReload?: () => void;
  submitLabel: string;
  cancelTo: string;
  onSubmit(values: ProfileValues): Promise<void>;
}) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const { me } = useMe();
  const regionCode = me?.organisation.regionCodes[0] ?? '';
  const [options] = useQuery({ query: OPTIONS, variables: { regionCode }, pause: !regionCode });
  const [values, setValues] = useState(initial);
  const [missing, setMissing] = useState<Record<string, string>>({});
  const problems: Record<string, string> = { ...missing, ...fieldErrors(error, i18n) };
  const set = <K extends keyof ProfileValues>(key: K, value: ProfileValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));
  const toggle = <K extends 'drivingLicences' | 'languages' | 'targetGroups' | 'skillCodes'>(
    key: K,
    item: ProfileValues[K][number],
    on: boolean,
  ) =>
    setValues((current) => {
      const list = current[key] as string[];
      return { ...current, [key]: on ? [...list, item] : list.filter((entry) => entry !== item) };
    });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (submitting) return;
    const local: Record<string, string> = {};
    if (!values.legalBasis) local.legalBasis = t('candidateForm.legalBasisRequired');
    if (!values.municipalityCode) local.municipalityCode = t('newEmployer.required');
    if (values.occupationCodes.length === 0) local.occupationCodes = t('candidateForm.occupationRequired');
    if (values.targetGroups.includes('MAX_WW') && !values.wwEndMonth) local.wwEndMonth = t('newEmployer.required');
    setMissing(local);
    if (Object.keys(local).length > 0) return;
    await onSubmit(values);
  };

  const text = (key: 'hoursMin' | 'hoursMax' | 'travelRadiusKm', type = 'number') => {
    const id = `profiel-${key}`;
    return (
      <Field id={id} label={t(`profileField.${key}` as MessageKey)} problem={problems[key]}>
        <Textbox
          id={id}
          type={type}
          inputMode="numeric"
          className="wsp-narrow"
          value={values[key]}
          invalid={Boolean(problems[key])}
          aria-describedby={describedBy(id, { problem: problems[key] })}
          onChange={(event) => set(key, event.target.value)}
        />
      </Field>
    );
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={submitLabel}>
      {Object.keys(problems).length === 0 && <ErrorAlert error={error} onReload={onReload} />}
      <fieldset className="wsp-fieldset" aria-describedby={problems.legalBasis ? 'profiel-grondslag-fout' : undefined}>
        <legend>{t('profileField.legalBasis')}</legend>
        {problems.legalBasis && (
          <Paragraph className="wsp-error" id="profiel-grondslag-fout">
            {problems.legalBasis}
          </Paragraph>
        )}
        {(['CONSENT', 'PUBLIC_TASK'] as LegalBasis[]).map((basis) => (
          <FormField type="radio" key={basis}>
            <RadioButton
              id={`grondslag-${basis}`}
              name="grondslag"
              checked={values.legalBasis === basis}
              onChange={() => set('legalBasis', basis)}
            />{' '}
            <FormLabel htmlFor={`grondslag-${basis}`} type="radio">
              {t(`legalBasis.${basis}` as MessageKey)}
            </FormLabel>
          </FormField>
        ))}
      </fieldset>
      <OccupationPicker
        idPrefix="profiel-beroep"
        label={t('profileField.occupationCodes')}
        selected={values.occupationCodes}
        max={5}
        problem={problems.occupationCodes}
        onChange={(codes) => set('occupationCodes', codes)}
      />
      {values.occupationCodes.length > 0 && (
        <fieldset className="wsp-fieldset">
          <legend>{t('profileField.skillCodes')}</legend>
          {values.occupationCodes.map((code) => (
            <OccupationSkills
              key={code}
              code={code}
              selected={values.skillCodes}
              onToggle={(skill, on) => toggle('skillCodes', skill, on)}
            />
          ))}
        </fieldset>
      )}
      <Field id="profiel-opleiding" label={t('profileField.educationLevel')} problem={problems.educationLevel}>
        <Select
          id="profiel-opleiding"
          value={values.educationLevel}
          onChange={(event) => set('educationLevel', event.target.value)}
        >
          <SelectOption value="">{t('vacancyForm.choose')}</SelectOption>
          {(options.data?.educationLevels ?? []).map((level) => (
            <SelectOption key={level.code} value={level.code}>
              {locale === 'nl' ? level.labelNl : level.labelEn}
            </SelectOption>
          ))}
        </Select>
      </Field>
      <CheckboxField
        id="profiel-uren-flexibel"
        label={t('profileField.hoursFlexible')}
        checked={values.hoursFlexible}
        onChange={(checked) => set('hoursFlexible', checked)}
      />
      <div className="wsp-row">
        {text('hoursMin')}
        {text('hoursMax')}
        <Field id="profiel-beschikbaar" label={t('profileField.availableFrom')} problem={problems.availableFrom}>
          <Textbox
            id="profiel-beschikbaar"
            type="month"
            value={values.availableFrom}
            invalid={Boolean(problems.availableFrom)}
            onChange={(event) => set('availableFrom', event.target.value)}
          />
        </Field>
      </div>
      <div className="wsp-row">
        <Field id="profiel-gemeente" label={t('profileField.municipalityCode')} problem={problems.municipalityCode}>
          <Select
            id="profiel-gemeente"
            value={values.municipalityCode}
            invalid={Boolean(problems.municipalityCode)}
            onChange={(event) => set('municipalityCode', event.target.value)}
          >
            <SelectOption value="">{t('vacancyForm.choose')}</SelectOption>
            {(options.data?.municipalities ?? []).map((municipality) => (
              <SelectOption key={municipality.code} value={municipality.code}>
                {municipality.name}
              </SelectOption>
            ))}
          </Select>
        </Field>
        {text('travelRadiusKm')}
      </div>
      <CheckboxGroup
        legend={t('profileField.drivingLicences')}
        items={LICENCES.map((licence) => [licence, licence])}
        selected={values.drivingLicences}
        onToggle={(item, on) => toggle('drivingLicences', item, on)}
        idPrefix="rijbewijs"
      />
      <CheckboxGroup
        legend={t('profileField.languages')}
        items={LANGUAGES.map((code) => [code, t(`language.${code}` as MessageKey)])}
        selected={values.languages}
        onToggle={(item, on) => toggle('languages', item, on)}
        idPrefix="taal"
      />
      <CheckboxGroup
        legend={t('profileField.targetGroups')}
        items={TARGET_GROUPS.map((group) => [group, t(`targetGroup.${group}` as MessageKey)])}
        selected={values.targetGroups}
        onToggle={(item, on) => toggle('targetGroups', item as TargetGroup, on)}
        idPrefix="doelgroep"
      />
      {values.targetGroups.includes('MAX_WW') && (
        <Field
          id="profiel-ww-einde"
          label={t('profileField.wwEndMonth')}
          hint={t('candidateForm.wwHint')}
          problem={problems.wwEndMonth}
        >
          <Textbox
            id="profiel-ww-einde"
            type="month"
            value={values.wwEndMonth}
            invalid={Boolean(problems.wwEndMonth)}
            aria-describedby={describedBy('profiel-ww-einde', {
              hint: t('candidateForm.wwHint'),
              problem: problems.wwEndMonth,
            })}
            onChange={(event) => set('wwEndMonth', event.target.value)}
          />
        </Field>
      )}
      <div className="wsp-row">
        <Field id="profiel-leeftijd" label={t('profileField.ageBand')} hint={t('candidateForm.ageHint')}>
          <Select
            id="profiel-leeftijd"
            value={values.ageBand}
            aria-describedby="profiel-leeftijd-uitleg"
            onChange={(event) => set('ageBand', event.target.value as AgeBand | '')}
          >
            <SelectOption value="">{t('vacancyForm.choose')}</SelectOption>
            {AGE_BANDS.map((band) => (
              <SelectOption key={band} value={band}>
                {t(`ageBand.${band}` as MessageKey)}
              </SelectOption>
            ))}
          </Select>
        </Field>
        <Field id="profiel-ervaring" label={t('profileField.experienceBand')}>
          <Select
            id="profiel-ervaring"
            value={values.experienceBand}
            onChange={(event) => set('experienceBand', event.target.value as ExperienceBand | '')}
          >
            <SelectOption value="">{t('vacancyForm.choose')}</SelectOption>
            {EXPERIENCE.map((band) => (
              <SelectOption key={band} value={band}>
                {t(`experienceBand.${band}` as MessageKey)}
              </SelectOption>
            ))}
          </Select>
        </Field>
      </div>
      {isNew && (
        <Field
          id="profiel-klantnummer"
          label={t('profileField.clientNumber')}
          hint={t('candidateForm.clientNumberHint')}
          problem={problems.clientNumber}
        >
          <Textbox
            id="profiel-klantnummer"
            autoComplete="off"
            value={values.clientNumber}
            invalid={Boolean(problems.clientNumber)}
            aria-describedby={describedBy('profiel-klantnummer', {
              hint: t('candidateForm.clientNumberHint'),
              problem: problems.clientNumber,
            })}
            onChange={(event) => set('clientNumber', event.target.value)}
          />
        </Field>
      )}
      <GuardedTextarea
        id="profiel-pitch"
        label={t('profileField.pitch')}
        hint={t('candidateForm.pitchHint')}
        value={values.pitch}
        problem={problems.pitch}
        onChange={(value) => set('pitch', value)}
      />
      <GuardedTextarea
        id="profiel-notitie"
        label={t('profileField.internalNote')}
        hint={t('candidateForm.noteHint')}
        value={values.internalNote}
        problem={problems.internalNote}
        onChange={(value) => set('internalNote', value)}
      />
      {isNew && (
        <CheckboxField
          id="profiel-delen"
          label={t('candidateForm.share')}
          checked={values.share}
          onChange={(checked) => set('share', checked)}
        />
      )}
      <div className="wsp-actions">
        <Button type="submit" appearance="primary-action-button" busy={submitting} disabled={submitting}>
          {submitLabel}
        </Button>
        <Link to={cancelTo}>{t('vacancyForm.cancel')}</Link>
      </div>
    </form>
  );
}

function CheckboxGroup({
  legend,
  items,
  selected,
  onToggle,
  idPrefix,
}: {
  legend: string;
  items: [string, string][];
  selected: string[];
  onToggle(item: string, on: boolean): void;
  idPrefix: string;
}) {
  return (
    <fieldset className="wsp-fieldset wsp-fieldset--inline">
      <legend>{legend}</legend>
      {items.map(([value, label]) => (
        <FormField type="checkbox" key={value}>
          <Checkbox
            id={`${idPrefix}-${value}`}
            checked={selected.includes(value)}
            onChange={(event) => onToggle(value, event.target.checked)}
          />{' '}
          <FormLabel htmlFor={`${idPrefix}-${value}`} type="checkbox">
            {label}
          </FormLabel>
        </FormField>
      ))}
    </fieldset>
  );
}

function OccupationSkills({
  code,
  selected,
  onToggle,
}: {
  code: string;
  selected: string[];
  onToggle(skill: string, on: boolean): void;
}) {
  const { locale } = useI18n();
  const [{ data }] = useQuery({ query: OCCUPATION, variables: { code } });
  return (
    <>
      {(data?.occupation.skills ?? []).map((skill) => (
        <FormField type="checkbox" key={`${code}-${skill.code}`}>
          <Checkbox
            id={`vaardigheid-${code}-${skill.code}`}
            checked={selected.includes(skill.code)}
            onChange={(event) => onToggle(skill.code, event.target.checked)}
          />{' '}
          <FormLabel htmlFor={`vaardigheid-${code}-${skill.code}`} type="checkbox">
            {locale === 'nl' ? skill.labelNl : skill.labelEn}
          </FormLabel>
        </FormField>
      ))}
    </>
  );
}

/**
 * A free text about a candidate, checked by the API's own privacy guard while typing (the text is checked and
 * forgotten there): the coach sees "no names here" at the field, before saving.
 */
function GuardedTextarea({
  id,
  label,
  hint,
  value,
  problem,
  onChange,
}: {
  id: string;
  label: string;
  hint: string;
  value: string;
  problem?: string;
  onChange(value: string): void;
}) {
  const { t } = useI18n();
  const [checked, setChecked] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setChecked(value.trim()), 400);
    return () => clearTimeout(timer);
  }, [value]);
  const kind: GuardedText = 'CANDIDATE';
  const [{ data }] = useQuery({ query: PRIVACY_CHECK, variables: { text: checked, kind }, pause: !checked });
  const kinds = checked && data ? data.privacyCheck.kinds : [];
  const live =
    kinds.length > 0
      ? t('error.PII_DETECTED', { kinds: kinds.map((found) => t(`pii.${found}` as MessageKey)).join(', ') })
      : undefined;
  const shown = problem ?? live;
  return (
    <Field id={id} label={label} hint={hint} problem={shown}>
      <Textarea
        id={id}
        value={value}
        invalid={Boolean(shown)}
        aria-describedby={describedBy(id, { hint, problem: shown })}
        onChange={(event) => onChange(event.target.value)}
      />
    </Field>
  );
}

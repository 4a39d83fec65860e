import { FormField, FormLabel, Heading1, Paragraph, RadioButton } from '@utrecht/component-library-react';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import type { NotificationDelivery, NotificationKind } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/nl';
import { ErrorAlert } from '../layout/error-alert';
import { QueryState } from '../layout/query-state';
import { usePageTitle } from '../layout/shell';

const PREFERENCES = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      kind
      delivery
      isDefault
    }
  }
`);

const SET_PREFERENCE = graphql(`
  mutation SetNotificationPreference($kind: NotificationKind!, $delivery: NotificationDelivery) {
    setNotificationPreference(kind: $kind, delivery: $delivery) {
      kind
      delivery
      isDefault
    }
  }
`);

const DELIVERIES: NotificationDelivery[] = ['IMMEDIATE', 'DAILY_DIGEST', 'IN_APP_ONLY'];

/**
 * How each kind of notification reaches me besides the CRM: by mail at once (a visit's with an invitation for my
 * own calendar), in the daily overview at 07:30, or only here. A choice is saved as it is made.
 */
export function NotificationSettingsPage() {
  const { t } = useI18n();
  usePageTitle(t('notificationSettings.title'));
  const [{ data, fetching, error }, refetch] = useQuery({ query: PREFERENCES });
  const [saving, save] = useMutation(SET_PREFERENCE);
  const [saved, setSaved] = useState('');
  // A choice shows at once, while it is saved; a refused one goes back to what is stored.
  const [chosen, setChosen] = useState<Partial<Record<NotificationKind, NotificationDelivery>>>({});
  const preferences = data?.notificationPreferences;

  const choose = async (kind: NotificationKind, delivery: NotificationDelivery) => {
    setSaved('');
    setChosen((current) => ({ ...current, [kind]: delivery }));
    const result = await save({ kind, delivery });
    if (result.error) {
      setChosen(({ [kind]: _refused, ...rest }) => rest);
    } else {
      setSaved(
        t('notificationSettings.saved', {
          kind: t(`notificationKind.${kind}` as MessageKey),
          delivery: t(`notificationDelivery.${delivery}` as MessageKey),
        }),
      );
    }
  };

  return (
    <>
      <Heading1>{t('notificationSettings.title')}</Heading1>
      <Paragraph>{t('notificationSettings.intro')}</Paragraph>
      <Paragraph>
        <RouterLink to="/meldingen">{t('notificationSettings.back')}</RouterLink>
      </Paragraph>
      <QueryState fetching={fetching && !data} error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
      <ErrorAlert error={saving.error} />
      <p role="status" className="wsp-muted">
        {saved}
      </p>
      {preferences && (
        <form aria-label={t('notificationSettings.title')} onSubmit={(event) => event.preventDefault()}>
          {preferences.map((preference) => (
            <fieldset
              className="wsp-fieldset"
              key={preference.kind}
              aria-describedby={`melding-${preference.kind}-uitleg`}
            >
              <legend>{t(`notificationKind.${preference.kind}` as MessageKey)}</legend>
              <Paragraph id={`melding-${preference.kind}-uitleg`} className="wsp-muted">
                {t(`notificationKindHint.${preference.kind}` as MessageKey)}
              </Paragraph>
              {DELIVERIES.map((delivery) => {
                const id = `melding-${preference.kind}-${delivery}`;
                return (
                  <FormField type="radio" key={delivery}>
                    <RadioButton
                      id={id}
                      name={`melding-${preference.kind}`}
                      checked={(chosen[preference.kind] ?? preference.delivery) === delivery}
                      onChange={() => void choose(preference.kind, delivery)}
                    />{' '}
                    <FormLabel htmlFor={id} type="radio">
                      {t(`notificationDelivery.${delivery}` as MessageKey)}
                    </FormLabel>
                  </FormField>
                );
              })}
            </fieldset>
          ))}
        </form>
      )}
    </>
  );
}

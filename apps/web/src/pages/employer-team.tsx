import { Button, Heading2, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { ColleaguePicker } from '../layout/colleague-picker';
import { ErrorAlert } from '../layout/error-alert';

const ADD_MEMBER = graphql(`
  mutation AddTeamMember($input: TeamMemberInput!) {
    addTeamMember(input: $input) {
      isLead
      user {
        id
      }
    }
  }
`);

const REMOVE_MEMBER = graphql(`
  mutation RemoveTeamMember($employerId: ID!, $userId: ID!) {
    removeTeamMember(employerId: $employerId, userId: $userId) {
      isLead
      user {
        id
      }
    }
  }
`);

export interface TeamMemberView {
  isLead: boolean;
  user: { id: string; displayName: string; organisation: { id: string; name: string } };
}

/**
 * The account team: account managers of every partner organisation, one of them the lead ("one face to the
 * employer"). Colleagues join from any partner; the lead can be handed over; anyone but the lead can leave.
 */
export function AccountTeam({
  employerId,
  regionCode,
  team,
}: {
  employerId: string;
  regionCode: string;
  team: TeamMemberView[];
}) {
  const { t } = useI18n();
  const [added, add] = useMutation(ADD_MEMBER);
  const [removed, remove] = useMutation(REMOVE_MEMBER);
  const busy = added.fetching || removed.fetching;

  return (
    <section aria-labelledby="werkgever-team">
      <Heading2 id="werkgever-team">{t('employer.team')}</Heading2>
      <ErrorAlert error={added.error ?? removed.error} />
      <UnorderedList>
        {team.map((member) => (
          <UnorderedListItem key={member.user.id}>
            {member.user.displayName} <span className="wsp-muted">({member.user.organisation.name})</span>
            {member.isLead ? (
              <strong> {t('employer.lead')}</strong>
            ) : (
              <span className="wsp-actions">
                <Button
                  appearance="subtle-button"
                  disabled={busy}
                  onClick={() => void add({ input: { employerId, userId: member.user.id, isLead: true } })}
                >
                  {t('team.makeLead', { name: member.user.displayName })}
                </Button>
                <Button
                  appearance="subtle-button"
                  disabled={busy}
                  onClick={() => void remove({ employerId, userId: member.user.id })}
                >
                  {t('team.remove', { name: member.user.displayName })}
                </Button>
              </span>
            )}
          </UnorderedListItem>
        ))}
      </UnorderedList>
      <ColleaguePicker
        idPrefix="team"
        regionCode={regionCode}
        exclude={team.map((member) => member.user.id)}
        actionKey="team.addName"
        busy={added.fetching}
        onInvite={(colleague) => void add({ input: { employerId, userId: colleague.userId } })}
      />
    </section>
  );
}

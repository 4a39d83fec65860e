import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useSearchParams } from 'react-router';
import { useI18n } from '../i18n/i18n';

/**
 * A page's filters, kept in the address so a view can be shared. A change starts from the address as it is now,
 * not as the last render saw it: two quick changes both stay. `onChange` runs first (a list starts again at its
 * first page).
 */
export function useFilterParams(onChange?: () => void): [URLSearchParams, (key: string, value: string) => void] {
  const [params, setParams] = useSearchParams();
  const set = (key: string, value: string) => {
    onChange?.();
    setParams(() => {
      const next = new URLSearchParams(window.location.search);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });
  };
  return [params, set];
}

/** The next page of a list, added below the rows already shown (the client's cache merges the pages). */
export function LoadMore({
  pageInfo,
  fetching,
  onLoad,
}: {
  pageInfo?: { hasNextPage: boolean; endCursor?: string | null };
  fetching: boolean;
  onLoad(cursor: string | null): void;
}) {
  const { t } = useI18n();
  if (!pageInfo?.hasNextPage) return null;
  return (
    <Button
      appearance="secondary-action-button"
      busy={fetching}
      disabled={fetching}
      onClick={() => onLoad(pageInfo.endCursor ?? null)}
    >
      {t('employers.more')}
    </Button>
  );
}

/** Says that a view shows only the first part of what its period holds (a calendar cannot page): how much. */
export function PartOfList({ shown, total }: { shown: number; total: number }) {
  const i18n = useI18n();
  if (total <= shown) return null;
  return (
    <Alert type="info">
      <Paragraph>{i18n.t('visits.partOfList', { shown: i18n.number(shown), total: i18n.number(total) })}</Paragraph>
    </Alert>
  );
}

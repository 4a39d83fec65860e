import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n';
import { usePageTitle } from '../layout/shell';

export function NotFoundPage() {
  const { t } = useI18n();
  usePageTitle(t('notFound.title'));
  return (
    <>
      <Heading1>{t('notFound.title')}</Heading1>
      <Paragraph>
        <Link to="/">{t('notFound.back')}</Link>
      </Paragraph>
    </>
  );
}

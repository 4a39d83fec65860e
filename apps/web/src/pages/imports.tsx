import {
  Alert,
  Button,
  FormField,
  FormLabel,
  Heading1,
  Heading2,
  Paragraph,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { ChangeEvent, FormEvent, useEffect, useState } from 'react';
import { CombinedError, useQuery } from 'urql';
import { fieldErrors } from '../api/errors';
import { useIdempotencyKey } from '../api/idempotency';
import { MAX_UPLOAD_BYTES, uploadImport } from '../api/upload';
import { graphql } from '../gql';
import type { ImportKind, ImportProgressQuery } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/nl';
import { ErrorAlert } from '../layout/error-alert';
import { Field } from '../layout/field';
import { ScrollRegion } from '../layout/scroll-region';
import { usePageTitle } from '../layout/shell';

const PROGRESS = graphql(`
  query ImportProgress($id: ID!) {
    employerImport(id: $id) {
      id
      fileName
      kind
      status
      failure
      rowsTotal
      rowsDone
      rowsChanged
      rowsFailed
      errors {
        line
        column
        message
      }
      warnings {
        line
        column
        message
      }
    }
  }
`);

const RECENT = graphql(`
  query RecentImports {
    employerImports {
      id
      fileName
      kind
      status
      rowsTotal
      rowsChanged
      rowsFailed
      createdAt
    }
  }
`);

const KINDS: ImportKind[] = ['EMPLOYERS', 'CONTACTS', 'VACANCIES'];

type Progress = ImportProgressQuery['employerImport'];

/**
 * Bringing an organisation's own export in: employers, contacts or vacancies as CSV. Progress is shown while the
 * job runs; refused rows are listed by line and column, and can be downloaded (the file's own rows, with the
 * reason added) to fix and upload again.
 */
export function ImportsPage() {
  const i18n = useI18n();
  const { t } = i18n;
  usePageTitle(t('imports.title'));
  const [kind, setKind] = useState<ImportKind>('EMPLOYERS');
  const [file, setFile] = useState<{ file: File; text: string }>();
  const [fileProblem, setFileProblem] = useState<string>();
  const [started, setStarted] = useState<{ busy?: boolean; importId?: string; error?: CombinedError }>({});
  const once = useIdempotencyKey();
  const [recent, reloadRecent] = useQuery({ query: RECENT, requestPolicy: 'cache-and-network' });
  const importId = started.importId;

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    setFile(undefined);
    setFileProblem(undefined);
    if (!chosen) return;
    if (/\.(xlsx|xlsm|xls|ods)$/i.test(chosen.name)) {
      setFileProblem(t('imports.spreadsheet'));
      return;
    }
    if (chosen.size > MAX_UPLOAD_BYTES) {
      setFileProblem(t('imports.tooLarge'));
      return;
    }
    // Kept as text for the download of refused rows; the upload sends the file itself.
    setFile({ file: chosen, text: await chosen.text() });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file || started.busy) {
      if (!file) setFileProblem(t('imports.chooseFile'));
      return;
    }
    setStarted({ busy: true });
    const result = await uploadImport({ kind, file: file.file }, once.key);
    if ('id' in result) {
      once.done();
      setStarted({ importId: result.id });
      return;
    }
    // A refusal of the file itself (too large, a workbook, empty) belongs beside the file field, in the user's words.
    const fileError = fieldErrors(result.error, i18n).file;
    if (fileError) setFileProblem(fileRefusal(fileError, t));
    setStarted({ error: fileError ? undefined : result.error });
  };

  return (
    <>
      <Heading1>{t('imports.title')}</Heading1>
      <Paragraph>{t('imports.intro')}</Paragraph>
      <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('imports.start')}>
        <ErrorAlert error={started.error} />
        <FormField>
          <FormLabel htmlFor="import-soort">{t('imports.kind')}</FormLabel>
          <Select id="import-soort" value={kind} onChange={(event) => setKind(event.target.value as ImportKind)}>
            {KINDS.map((value) => (
              <SelectOption key={value} value={value}>
                {t(`importKind.${value}` as MessageKey)}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        <Field id="import-bestand" label={t('imports.file')} hint={t('imports.fileHint')} problem={fileProblem}>
          <input
            id="import-bestand"
            type="file"
            accept=".csv,text/csv"
            aria-describedby={`import-bestand-uitleg${fileProblem ? ' import-bestand-fout' : ''}`}
            onChange={(event) => void choose(event)}
          />
        </Field>
        <Button type="submit" appearance="primary-action-button" busy={started.busy} disabled={started.busy}>
          {t('imports.start')}
        </Button>
      </form>
      {importId && file && (
        <ImportProgress
          id={importId}
          original={file.text}
          onDone={() => reloadRecent({ requestPolicy: 'network-only' })}
        />
      )}
      <Heading2>{t('imports.recent')}</Heading2>
      {recent.data && recent.data.employerImports.length === 0 && <Paragraph>{t('imports.none')}</Paragraph>}
      {recent.data && recent.data.employerImports.length > 0 && (
        <ScrollRegion label={t('imports.recent')}>
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('imports.file')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('imports.kind')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('imports.status')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('imports.result')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {recent.data.employerImports.map((item) => (
                <TableRow key={item.id}>
                  <TableHeaderCell scope="row">
                    {item.fileName} <span className="wsp-muted">({i18n.dateTime(item.createdAt)})</span>
                  </TableHeaderCell>
                  <TableCell>{t(`importKind.${item.kind}` as MessageKey)}</TableCell>
                  <TableCell>{t(`importStatus.${item.status}` as MessageKey)}</TableCell>
                  <TableCell>
                    {t('imports.summary', {
                      total: item.rowsTotal,
                      changed: item.rowsChanged,
                      failed: item.rowsFailed,
                    })}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </ScrollRegion>
      )}
    </>
  );
}

function ImportProgress({ id, original, onDone }: { id: string; original: string; onDone(): void }) {
  const { t } = useI18n();
  const [{ data }, refetch] = useQuery({ query: PROGRESS, variables: { id }, requestPolicy: 'network-only' });
  const progress = data?.employerImport;
  const running = !progress || progress.status === 'QUEUED' || progress.status === 'RUNNING';
  useEffect(() => {
    if (!running) {
      onDone();
      return;
    }
    const timer = setTimeout(() => refetch({ requestPolicy: 'network-only' }), 700);
    return () => clearTimeout(timer);
  }, [running, progress?.rowsDone, refetch]);
  if (!progress) return <Paragraph>{t('app.loading')}</Paragraph>;
  const percent =
    progress.rowsTotal > 0 ? Math.round((progress.rowsDone / progress.rowsTotal) * 100) : running ? 0 : 100;

  return (
    <section aria-labelledby="import-voortgang">
      <Heading2 id="import-voortgang">{t('imports.progressOf', { file: progress.fileName })}</Heading2>
      <label htmlFor="import-balk">{t(`importStatus.${progress.status}` as MessageKey)}</label>{' '}
      <progress id="import-balk" max={100} value={percent}>
        {percent}%
      </progress>
      <Paragraph role="status">
        {t('imports.counts', {
          done: progress.rowsDone,
          total: progress.rowsTotal,
          changed: progress.rowsChanged,
          failed: progress.rowsFailed,
        })}
      </Paragraph>
      {progress.failure && (
        <Alert type="error" role="alert">
          <Paragraph>{t('imports.failed', { reason: progress.failure })}</Paragraph>
        </Alert>
      )}
      {!running && progress.warnings.length > 0 && <AdjustedRows progress={progress} />}
      {!running && progress.errors.length > 0 && <RefusedRows progress={progress} original={original} />}
    </section>
  );
}

/** Rows taken with a change the uploader should know of (a KvK number given back its leading 0). */
function AdjustedRows({ progress }: { progress: Progress }) {
  const { t } = useI18n();
  return (
    <>
      <Heading2>{t('imports.adjusted')}</Heading2>
      <ScrollRegion label={t('imports.adjusted')}>
        <Table>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('imports.line')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('imports.column')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('imports.change')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {progress.warnings.map((warning) => (
              <TableRow key={`${warning.line}-${warning.column}`}>
                <TableCell>{warning.line}</TableCell>
                <TableCell>{warning.column}</TableCell>
                <TableCell>{warning.message}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </ScrollRegion>
    </>
  );
}

function RefusedRows({ progress, original }: { progress: Progress; original: string }) {
  const { t } = useI18n();
  const href = URL.createObjectURL(
    new Blob([refusedRowsFile(original, progress.errors)], { type: 'text/csv;charset=utf-8' }),
  );
  return (
    <>
      <Heading2>{t('imports.refused')}</Heading2>
      <ScrollRegion label={t('imports.refused')}>
        <Table>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('imports.line')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('imports.column')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('imports.reason')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {progress.errors.map((error) => (
              <TableRow key={`${error.line}-${error.column}`}>
                <TableCell>{error.line}</TableCell>
                <TableCell>{error.column}</TableCell>
                <TableCell>{error.message}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </ScrollRegion>
      <Paragraph>
        <a href={href} download={`geweigerd-${progress.fileName}`}>
          {t('imports.downloadRefused')}
        </a>
      </Paragraph>
    </>
  );
}

/**
 * The file's header and its refused lines, each with the reasons in an extra last column: fix them there and
 * upload the file again. (Lines are the file's own: a field spread over several lines is not split here.)
 */
export function refusedRowsFile(original: string, errors: { line: number; message: string; column: string }[]): string {
  const lines = original.replace(/^\uFEFF/, '').split(/\r?\n/);
  const delimiter = (lines[0].match(/;/g)?.length ?? 0) > (lines[0].match(/,/g)?.length ?? 0) ? ';' : ',';
  const quote = (value: string) => `"${value.replace(/"/g, '""')}"`;
  const reasons = new Map<number, string[]>();
  for (const error of errors)
    reasons.set(error.line, [...(reasons.get(error.line) ?? []), `${error.column}: ${error.message}`]);
  const rows = [...reasons.keys()]
    .sort((a, b) => a - b)
    .map((line) => `${lines[line - 1] ?? ''}${delimiter}${quote(reasons.get(line)!.join('; '))}`);
  return `\uFEFF${[`${lines[0]}${delimiter}fout`, ...rows].join('\r\n')}\r\n`;
}

/** The API's refusal of an uploaded file (English, for developers) as the page says it. */
function fileRefusal(message: string, t: ReturnType<typeof useI18n>['t']): string {
  if (/Excel workbook/.test(message)) return t('imports.spreadsheet');
  if (/larger than/.test(message)) return t('imports.tooLarge');
  if (/empty/.test(message)) return t('imports.empty');
  return message;
}

import { FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel } from '@utrecht/component-library-react';
import { ReactNode } from 'react';

/**
 * One form field as every form here shows it: the label, an optional hint, and the API's or the form's problem
 * right above the input (ids `<id>-uitleg` and `<id>-fout`, for the input's aria-describedby: see `describedBy`).
 */
export function Field({
  id,
  label,
  hint,
  problem,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  problem?: string;
  children: ReactNode;
}) {
  return (
    <FormField invalid={Boolean(problem)}>
      <FormLabel htmlFor={id}>{label}</FormLabel>
      {hint && <FormFieldDescription id={`${id}-uitleg`}>{hint}</FormFieldDescription>}
      {problem && <FormFieldErrorMessage id={`${id}-fout`}>{problem}</FormFieldErrorMessage>}
      {children}
    </FormField>
  );
}

/** The input's `aria-describedby` for a Field with this hint and problem. */
export function describedBy(id: string, { hint, problem }: { hint?: string; problem?: string }): string | undefined {
  return [hint && `${id}-uitleg`, problem && `${id}-fout`].filter(Boolean).join(' ') || undefined;
}

import {
  Checkbox,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
} from '@utrecht/component-library-react';
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

/** One checkbox with its label after it, as the forms here show a yes/no choice. */
export function CheckboxField({
  id,
  label,
  checked,
  onChange,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
}) {
  return (
    <FormField type="checkbox">
      <Checkbox id={id} checked={checked} onChange={(event) => onChange(event.target.checked)} />{' '}
      <FormLabel htmlFor={id} type="checkbox">
        {label}
      </FormLabel>
    </FormField>
  );
}

/** The input's `aria-describedby` for a Field with this hint and problem. */
export function describedBy(id: string, { hint, problem }: { hint?: string; problem?: string }): string | undefined {
  return [hint && `${id}-uitleg`, problem && `${id}-fout`].filter(Boolean).join(' ') || undefined;
}

import { ArgumentMetadata, Injectable, ValidationError, ValidationPipe } from '@nestjs/common';
import { DomainError, FieldProblem } from './domain-error';

/** GraphQL arguments (@nestjs/graphql's GqlParamtype.ARGS, not exported) and HTTP inputs. */
const GQL_ARGS = 3;
const INPUT_PARAM_TYPES = new Set<unknown>([GQL_ARGS, 'body', 'query', 'param']);

class InputValidationFailed extends Error {
  constructor(readonly errors: ValidationError[]) {
    super('input validation failed');
  }
}

/** class-validator on GraphQL inputs; failures become BAD_USER_INPUT naming each field path (`input.email`). */
@Injectable()
export class InputValidationPipe extends ValidationPipe {
  constructor() {
    super({
      transform: true,
      whitelist: true,
      forbidUnknownValues: false,
      validationError: { target: false, value: false },
      exceptionFactory: (errors) => new InputValidationFailed(errors),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // Only client input is validated: not a field resolver's parent object, context or info, which this
    // global pipe would otherwise re-validate for every object of every list.
    if (!INPUT_PARAM_TYPES.has(metadata.type)) return value;
    const withNul = pathOfNul(value, metadata.data ? [metadata.data] : []);
    if (withNul) {
      throw DomainError.badInput([
        { field: withNul.join('.'), message: 'Text may not contain NUL characters (\\u0000)' },
      ]);
    }
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (error instanceof InputValidationFailed) {
        throw DomainError.badInput(fieldProblems(error.errors, metadata.data ? [metadata.data] : []));
      }
      throw error;
    }
  }
}

function fieldProblems(errors: ValidationError[], parent: string[]): FieldProblem[] {
  return errors.flatMap((error) => {
    const path = [...parent, error.property];
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field: path.join('.'), message }));
    return [...own, ...fieldProblems(error.children ?? [], path)];
  });
}

/** PostgreSQL cannot store U+0000 in text: the path of the first string holding one, refused before any write. */
function pathOfNul(value: unknown, path: string[]): string[] | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, item] of Object.entries(value)) {
    const found = pathOfNul(item, [...path, key]);
    if (found) return found;
  }
  return undefined;
}

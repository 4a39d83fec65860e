import { GraphQLError, ValidationContext, ValidationRule } from 'graphql';

/**
 * Refuses an operation with more than `max` aliased fields: aliases let one request repeat an expensive field
 * hundreds of times (`a1: search(...) a2: search(...)`), which depth and cost limits per field do not see.
 */
export function maxAliasesRule(max: number): ValidationRule {
  return (context: ValidationContext) => {
    let aliases = 0;
    return {
      Field(node) {
        if (node.alias && ++aliases === max + 1) {
          context.reportError(new GraphQLError(`Too many aliases: at most ${max} per operation`, { nodes: [node] }));
        }
      },
    };
  };
}

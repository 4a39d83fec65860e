import { Args, Field, ObjectType, Query, registerEnumType, Resolver } from '@nestjs/graphql';
import { Allow, findPiiProblems, GuardedText, PiiKind } from '@wsp/platform';

registerEnumType(PiiKind, { name: 'PiiKind', description: 'A kind of personal data the privacy guard refuses.' });
registerEnumType(GuardedText, { name: 'GuardedText', description: 'What a text is for: how strictly it is read.' });

@ObjectType({ description: 'What the privacy guard would refuse in a text: the kinds, never the text itself.' })
export class PrivacyCheck {
  @Field(() => [PiiKind]) kinds!: PiiKind[];
}

/**
 * Feedback while typing: the same guard every save runs, on a text that is checked and forgotten (nothing stored,
 * nothing logged), so a coach sees "no names here" at the field before saving.
 */
@Resolver()
export class PrivacyCheckResolver {
  @Query(() => PrivacyCheck)
  @Allow()
  privacyCheck(
    @Args('text', { type: () => String }) text: string,
    @Args('kind', { type: () => GuardedText, defaultValue: GuardedText.CANDIDATE }) kind: GuardedText,
  ): PrivacyCheck {
    const checked = text.slice(0, MAX_CHECKED);
    return { kinds: [...new Set(findPiiProblems({ text: checked }, kind).map((problem) => problem.kind))] };
  }
}

/** The longest field the guard checks (an internal note); longer input is checked up to here. */
const MAX_CHECKED = 4000;

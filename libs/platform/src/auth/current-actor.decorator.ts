import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Actor } from './actor';
import { AuthenticatedRequest } from './auth.guard';

/** The authenticated actor of this request; only valid on operations guarded by `@Allow`. */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor =>
  requestActor(
    context.getType<string>() === 'graphql'
      ? GqlExecutionContext.create(context).getContext<{ req: AuthenticatedRequest }>().req
      : context.switchToHttp().getRequest<AuthenticatedRequest>(),
  ),
);

/** The same for a field resolver that takes GraphQL's own arguments (no parameter decorators). */
export function requestActor(request: AuthenticatedRequest): Actor {
  if (!request.actor) throw new Error('CurrentActor used on an operation without @Allow');
  return request.actor;
}

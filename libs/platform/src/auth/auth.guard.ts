import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { DomainError } from '../errors/domain-error';
import { Actor, ACTOR_DIRECTORY, ActorDirectory, hasRole } from './actor';
import { Permission, PERMISSION_METADATA } from './permissions.decorator';
import {
  bearerToken,
  IdentityProviderUnavailableError,
  InvalidTokenError,
  TokenVerifier,
  VerifiedIdentity,
} from './token-verifier';

/** What the guard reads from and writes to the request. */
export interface AuthenticatedRequest {
  headers: Record<string, string | string[] | undefined>;
  actor?: Actor;
}

/**
 * Deny by default: every GraphQL operation needs `@Allow(...)` or `@Public()`. Verifies the bearer token,
 * finds the active user behind it and puts the {@link Actor} on the request.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenVerifier,
    @Inject(ACTOR_DIRECTORY) private readonly directory: ActorDirectory,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(PERMISSION_METADATA, [
      context.getHandler(),
      context.getClass(),
    ]);
    const isGraphQL = context.getType<string>() === 'graphql';
    if (!permission) throw DomainError.forbidden('This operation has no access policy');
    if (permission.kind === 'public') return true;

    const request = isGraphQL
      ? GqlExecutionContext.create(context).getContext<{ req: AuthenticatedRequest }>().req
      : context.switchToHttp().getRequest<AuthenticatedRequest>();
    const actor = request.actor ?? (await this.authenticate(request));
    request.actor = actor;
    if (permission.roles.length > 0 && !hasRole(actor, ...permission.roles)) {
      throw DomainError.forbidden(`Requires one of the roles ${permission.roles.join(', ')}`);
    }
    return true;
  }

  private async authenticate(request: AuthenticatedRequest): Promise<Actor> {
    const token = bearerToken(request.headers);
    if (!token) throw DomainError.unauthenticated('A bearer token is required');
    let verified: VerifiedIdentity;
    try {
      verified = await this.tokens.verifyRequest(request, token);
    } catch (error) {
      // Why is in the log (TokenVerifier); the client hears one generic answer.
      if (error instanceof InvalidTokenError)
        throw DomainError.unauthenticated('The bearer token is invalid or expired');
      if (error instanceof IdentityProviderUnavailableError) {
        throw DomainError.unavailable('Sign-in cannot be checked right now: try again shortly');
      }
      throw error;
    }
    const found = await this.directory.findActor(verified);
    if ('actor' in found) return found.actor;
    if (found.refused === 'inactive') throw DomainError.forbidden('This user has been deactivated');
    // A token of another organisation's provider reads like an unknown one: it says nothing about who exists.
    this.tokens.refusedIdentity(verified, found.refused);
    throw DomainError.forbidden('No user is registered for this identity');
  }
}

import { SetMetadata } from '@nestjs/common';
import { Role } from './actor';

export const PERMISSION_METADATA = 'wsp:permission';

export type Permission = { kind: 'public' } | { kind: 'roles'; roles: readonly Role[] };

/** Open to anyone, without a token. Use sparingly, and say why where it is used. */
export const Public = (): MethodDecorator & ClassDecorator =>
  SetMetadata(PERMISSION_METADATA, { kind: 'public' } satisfies Permission);

/** Open to authenticated, active users holding at least one of `roles`; no roles means any authenticated user. */
export const Allow = (...roles: Role[]): MethodDecorator & ClassDecorator =>
  SetMetadata(PERMISSION_METADATA, { kind: 'roles', roles } satisfies Permission);

/**
 * The service-side form of core's authorize(): throws 403 with the policy's own message when the subject may
 * not use the permission on the resource. The HTTP layer and the CLI share it through the services.
 */
import { authorize, type AccessResource, type AccessSubject, type Permission } from '@observatory/core';
import { AppError } from '../../app-error.ts';

export function assertAuthorized(subject: AccessSubject, permission: Permission, resource: AccessResource = {}): void {
  const decision = authorize(subject, permission, resource);
  if (!decision.allowed) throw new AppError('forbidden', `${decision.message.zh} (${decision.message.en})`);
}

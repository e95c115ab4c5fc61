/**
 * Who the command line acts as: whoever can run it holds the database's files or connection string, so it
 * acts city-wide (a city administrator), named `cli:<operating-system user>` in records and the audit log.
 */
import { userInfo } from 'node:os';
import { accessSubject, type AccessSubject } from '@observatory/core';

export function cliActorName(): string {
  return `cli:${userInfo().username}`;
}

export function cliSubject(): AccessSubject {
  return accessSubject(cliActorName(), 'city_admin', { kind: 'city' });
}

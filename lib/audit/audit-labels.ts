import { de, type Messages } from '@/lib/i18n/messages';

type ActionTree = Messages['audit']['actions'];

/** An action the message catalogue has a label for (`audit.actions.<domain>.<verb>`). */
export type KnownAuditAction = { [Domain in keyof ActionTree & string]: `${Domain}.${keyof ActionTree[Domain] & string}` }[keyof ActionTree & string];

/** A subject type with a label (`audit.subjectTypes.<type>`). */
export type KnownSubjectType = keyof Messages['audit']['subjectTypes'];

/** A sign-in failure reason with a label (`audit.signInFailure.<reason>`). */
export type KnownSignInFailure = keyof Messages['audit']['signInFailure'];

/** A details key with a label (`audit.fields.<key>`). */
export type KnownDetailField = keyof Messages['audit']['fields'];

const has = (tree: object, key: string) => Object.hasOwn(tree, key);

/** Whether `action` has a label; actions added later without one are shown as they are. */
export function isKnownAuditAction(action: string): action is KnownAuditAction {
  const [domain, verb, ...rest] = action.split('.');
  if (!domain || !verb || rest.length > 0 || !has(de.audit.actions, domain)) return false;
  return has(de.audit.actions[domain as keyof ActionTree], verb);
}

export function isKnownSubjectType(type: string): type is KnownSubjectType {
  return has(de.audit.subjectTypes, type);
}

export function isKnownSignInFailure(reason: unknown): reason is KnownSignInFailure {
  return typeof reason === 'string' && has(de.audit.signInFailure, reason);
}

export function isKnownDetailField(key: string): key is KnownDetailField {
  return has(de.audit.fields, key);
}

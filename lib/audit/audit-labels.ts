import { de, type Messages } from '@/lib/i18n/messages';

type ActionTree = Messages['audit']['actions'];

/** The dotted paths of the leaves (strings) of a message tree. */
type Leaves<Tree, Prefix extends string = ''> = {
  [Key in keyof Tree & string]: Tree[Key] extends string ? `${Prefix}${Key}` : Leaves<Tree[Key], `${Prefix}${Key}.`>;
}[keyof Tree & string];

/** An action the message catalogue has a label for (`audit.actions.<domain>.<verb>`, or deeper: `catalogue.draft.created`). */
export type KnownAuditAction = Leaves<ActionTree>;

/** A subject type with a label (`audit.subjectTypes.<type>`). */
export type KnownSubjectType = keyof Messages['audit']['subjectTypes'];

/** A sign-in failure reason with a label (`audit.signInFailure.<reason>`). */
export type KnownSignInFailure = keyof Messages['audit']['signInFailure'];

/** A details key with a label (`audit.fields.<key>`). */
export type KnownDetailField = keyof Messages['audit']['fields'];

const has = (tree: object, key: string) => Object.hasOwn(tree, key);

/** Whether `action` has a label; actions added later without one are shown as they are. */
export function isKnownAuditAction(action: string): action is KnownAuditAction {
  let node: unknown = de.audit.actions;
  for (const part of action.split('.')) {
    if (!node || typeof node !== 'object' || !has(node, part)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string';
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

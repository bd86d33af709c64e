/**
 * Creates an administrator (production has no demo accounts):
 *   npm run admin:create -- --email admin@example.org --name "Vorname Nachname"
 * The password is read from ADMIN_PASSWORD or asked for on the terminal (not echoed).
 * Uses DATABASE_URL, or the embedded database when unset.
 */
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { openDatabase } from './lib/open-database';

function promptHidden(question: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk, _encoding, callback) {
      if (!muted) process.stdout.write(chunk);
      callback();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  return new Promise((resolve) => {
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    });
    muted = true;
  });
}

async function main() {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, name: { type: 'string', default: 'Administration' } },
  });
  if (!values.email) {
    console.error('Aufruf: npm run admin:create -- --email <adresse> [--name "<Name>"]  (Passwort: ADMIN_PASSWORD oder Eingabe)');
    process.exit(2);
  }
  let password = process.env.ADMIN_PASSWORD;
  if (!password) {
    if (!process.stdin.isTTY) {
      console.error('Kein Terminal für die Passworteingabe: setzen Sie ADMIN_PASSWORD.');
      process.exit(2);
    }
    password = await promptHidden('Passwort (mindestens 12 Zeichen): ');
    const repeated = await promptHidden('Passwort wiederholen: ');
    if (password !== repeated) {
      console.error('Die Passwörter stimmen nicht überein.');
      process.exit(1);
    }
  }

  const database = await openDatabase();
  process.env.DATABASE_URL = database.url;
  const { createUser, EmailTakenError } = await import('../lib/users/create-user');
  const { db } = await import('../lib/db');
  const { z } = await import('zod');
  try {
    const user = await createUser({
      email: values.email,
      name: values.name,
      password,
      role: 'ADMIN',
      organisationId: null,
      emailConfirmed: true,
      actorId: null,
    });
    console.log(`Administrator/in angelegt: ${user.email}`);
  } catch (error) {
    process.exitCode = 1;
    if (error instanceof EmailTakenError) console.error(error.message);
    else if (error instanceof z.ZodError) {
      const messages: Record<string, string> = {
        emailInvalid: 'Die E-Mail-Adresse ist ungültig.',
        personNameRequired: 'Bitte geben Sie einen Namen an.',
        personNameTooLong: 'Der Name ist zu lang (höchstens 100 Zeichen).',
        personNameCharacters: 'Der Name darf nur Buchstaben, Leerzeichen, Bindestrich, Apostroph und Punkt enthalten.',
        personNameAddress: 'Der Name darf keine Web- oder E-Mail-Adresse enthalten.',
        passwordTooShort: 'Das Passwort muss mindestens 12 Zeichen lang sein.',
        passwordTooLong: 'Das Passwort ist zu lang.',
      };
      for (const issue of error.issues) console.error(messages[issue.message] ?? issue.message);
    } else throw error;
  } finally {
    await db.$disconnect();
    await database.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

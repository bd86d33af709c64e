import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { verifyPassword } from '@/lib/auth/password';

/** Runs `npm run admin:create` (the script itself) against this file's database. */
function adminCreate(args: string[], password: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(path.resolve('node_modules/.bin/tsx'), ['--conditions=react-server', 'scripts/admin-create.ts', ...args], {
      env: { ...process.env, ADMIN_PASSWORD: password },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => resolve({ code: code ?? 1, output }));
  });
}

describe('npm run admin:create', () => {
  it('creates a confirmed administrator with an Argon2id hash, once', async () => {
    const first = await adminCreate(['--email', ' Neue.Leitung@Example.org ', '--name', 'Neue Leitung'], 'Ein-sehr-langes-Passwort');
    expect(first).toMatchObject({ code: 0 });
    expect(first.output).toContain('Administrator/in angelegt: neue.leitung@example.org');
    const user = await db.user.findUniqueOrThrow({
      where: { email: 'neue.leitung@example.org' },
      select: { role: true, name: true, organisationId: true, emailConfirmedAt: true, passwordHash: true },
    });
    expect(user).toMatchObject({ role: 'ADMIN', name: 'Neue Leitung', organisationId: null });
    expect(user.emailConfirmedAt).toBeInstanceOf(Date);
    expect(await verifyPassword(user.passwordHash, 'Ein-sehr-langes-Passwort')).toBe(true);

    const again = await adminCreate(['--email', 'NEUE.LEITUNG@example.org'], 'Ein-anderes-Passwort');
    expect(again.code).toBe(1);
    expect(again.output).toContain('Die E-Mail-Adresse neue.leitung@example.org ist bereits vergeben.');
    expect(await db.user.count({ where: { email: 'neue.leitung@example.org' } })).toBe(1);
  }, 60_000);

  it('refuses a short password with a German message and creates nobody', async () => {
    const result = await adminCreate(['--email', 'kurz@example.org'], 'zu-kurz');
    expect(result.code).toBe(1);
    expect(result.output).toContain('Das Passwort muss mindestens 12 Zeichen lang sein.');
    expect(await db.user.count({ where: { email: 'kurz@example.org' } })).toBe(0);
  }, 60_000);

  it('explains its usage without an e-mail address', async () => {
    const result = await adminCreate([], 'Ein-sehr-langes-Passwort');
    expect(result.code).toBe(2);
    expect(result.output).toContain('Aufruf: npm run admin:create -- --email');
  }, 60_000);
});

/**
 * Where `npm start` may listen when it serves demo data (ADR 024): the embedded mode and
 * `--demo` seed accounts whose password is in the README, and the embedded mode's /dev/mail shows
 * live confirmation links. Such a portal listens on loopback only (127.0.0.1) by default; an
 * explicit HOSTNAME_BIND that other machines can reach is refused unless `--demo-on-network`
 * says it is meant — and then a warning is printed. Without demo data nothing changes.
 */
export type DemoBind = { ok: true; hostname: string | undefined; warning?: string } | { ok: false; message: string };

const LOOPBACK_BINDS = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

export function isLoopbackBind(hostname: string): boolean {
  return LOOPBACK_BINDS.has(hostname.trim().toLowerCase()) || /^127\.\d+\.\d+\.\d+$/.test(hostname.trim());
}

export function resolveDemoBind({
  requested,
  demo,
  demoOnNetwork,
}: {
  /** HOSTNAME_BIND as set (undefined: not set; empty: every interface). */
  requested: string | undefined;
  /** Demo accounts are seeded (the embedded mode, or --demo). */
  demo: boolean;
  /** `--demo-on-network` was given. */
  demoOnNetwork: boolean;
}): DemoBind {
  if (!demo) return { ok: true, hostname: requested || undefined };
  if (requested === undefined) return { ok: true, hostname: '127.0.0.1' };
  if (isLoopbackBind(requested)) return { ok: true, hostname: requested };
  const where = requested === '' ? 'allen Netzwerkschnittstellen' : requested;
  if (!demoOnNetwork) {
    return {
      ok: false,
      message:
        `HOSTNAME_BIND=${requested} würde das Portal mit den Demo-Konten (Passwort im README) und /dev/mail auf ${where} ` +
        'im Netz erreichbar machen. Für einen Rechner genügt 127.0.0.1 (HOSTNAME_BIND weglassen). ' +
        'Soll es wirklich im Netz laufen, starten Sie mit --demo-on-network.',
    };
  }
  return {
    ok: true,
    hostname: requested || undefined,
    warning:
      `WARNUNG: Das Portal läuft mit Demo-Konten (Passwort im README) auf ${where}: Jede/r im Netz kann sich damit anmelden. ` +
      'Nur in einem vertrauenswürdigen Netz und nie mit echten Daten verwenden. /dev/mail bleibt auf diesen Rechner beschränkt.',
  };
}

import { describe, expect, it } from 'vitest';
import { isLoopbackBind, resolveDemoBind } from '@/scripts/lib/demo-bind';

/** Defect 5 of issue #10 (ADR 024): demo accounts and /dev/mail stay on one machine unless asked otherwise. */
describe('resolveDemoBind (npm start)', () => {
  it('listens on loopback only by default when it serves demo accounts', () => {
    expect(resolveDemoBind({ requested: undefined, demo: true, demoOnNetwork: false })).toEqual({ ok: true, hostname: '127.0.0.1' });
    expect(resolveDemoBind({ requested: '::1', demo: true, demoOnNetwork: false })).toEqual({ ok: true, hostname: '::1' });
    expect(resolveDemoBind({ requested: 'localhost', demo: true, demoOnNetwork: false })).toEqual({ ok: true, hostname: 'localhost' });
  });

  it.each(['0.0.0.0', '::', '', '192.168.1.10'])('refuses HOSTNAME_BIND=%j with demo accounts, naming --demo-on-network', (requested) => {
    const bind = resolveDemoBind({ requested, demo: true, demoOnNetwork: false });
    expect(bind.ok).toBe(false);
    expect(!bind.ok && bind.message).toContain('--demo-on-network');
  });

  it('starts on the network with --demo-on-network, with a warning', () => {
    const bind = resolveDemoBind({ requested: '0.0.0.0', demo: true, demoOnNetwork: true });
    expect(bind).toMatchObject({ ok: true, hostname: '0.0.0.0' });
    expect(bind.ok && bind.warning).toMatch(/^WARNUNG: .*Demo-Konten.*0\.0\.0\.0/);
  });

  it('changes nothing without demo accounts (a production server)', () => {
    expect(resolveDemoBind({ requested: undefined, demo: false, demoOnNetwork: false })).toEqual({ ok: true, hostname: undefined });
    expect(resolveDemoBind({ requested: '0.0.0.0', demo: false, demoOnNetwork: false })).toEqual({ ok: true, hostname: '0.0.0.0' });
  });

  it('knows the loopback names', () => {
    expect(['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]'].every(isLoopbackBind)).toBe(true);
    expect(['0.0.0.0', '::', '10.0.0.1', 'portal.example'].some(isLoopbackBind)).toBe(false);
  });
});

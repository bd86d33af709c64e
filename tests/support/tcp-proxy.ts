/**
 * A TCP proxy the failure drills put between the portal and PostgreSQL (tests/drills/): the
 * shared PostgreSQL server is never restarted; a "database restart" is this proxy dropping every
 * connection and refusing new ones (the port is closed: ECONNREFUSED, as while a server
 * restarts) until `up()`. Only `node:net`.
 */
import net from 'node:net';

export type TcpProxy = {
  port: number;
  /** Connections passed through since the start (for the drill's report). */
  readonly accepted: number;
  /** Drops every open connection and closes the port: new connections are refused. */
  down(): Promise<void>;
  /** Opens the port again. */
  up(): Promise<void>;
  close(): Promise<void>;
};

export async function startTcpProxy({ port, targetHost, targetPort }: { port: number; targetHost: string; targetPort: number }): Promise<TcpProxy> {
  const open = new Set<net.Socket>();
  let accepted = 0;
  let server: net.Server | null = null;

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const created = net.createServer((client) => {
        accepted += 1;
        const upstream = net.connect({ host: targetHost, port: targetPort });
        for (const socket of [client, upstream]) {
          open.add(socket);
          socket.setNoDelay(true);
          socket.on('close', () => open.delete(socket));
          // A broken side ends the other one: the portal sees the connection drop.
          socket.on('error', () => undefined);
        }
        client.on('close', () => upstream.destroy());
        upstream.on('close', () => client.destroy());
        client.pipe(upstream);
        upstream.pipe(client);
      });
      created.once('error', reject);
      created.listen(port, '127.0.0.1', () => {
        created.off('error', reject);
        server = created;
        resolve();
      });
    });

  const stopListening = () =>
    new Promise<void>((resolve) => {
      const current = server;
      server = null;
      if (!current) return resolve();
      current.close(() => resolve());
      // close() waits for open connections: they are destroyed below.
      for (const socket of open) socket.destroy();
    });

  await listen();
  return {
    port,
    get accepted() {
      return accepted;
    },
    async down() {
      await stopListening();
    },
    async up() {
      if (!server) await listen();
    },
    async close() {
      await stopListening();
    },
  };
}

// The S3 test server's own process (started by tests/support/s3-test-server.ts): s3rver with
// OpenSSL's legacy provider, which its ListObjectsV2 continuation tokens need (DES). Settings
// from the environment; reports on stdout, one JSON object a line: `listening` with the port,
// then every PUT's path and headers. Ends with its parent (stdin closed) or on SIGTERM.
import S3rver from '@20minutes/s3rver';

const server = new S3rver({
  address: '127.0.0.1',
  port: Number(process.env.S3_TEST_PORT ?? 0),
  directory: process.env.S3_TEST_DIRECTORY,
  silent: true,
  vhostBuckets: false,
  // Checked, not enforced: s3rver signs a bucket-level request's path without the trailing
  // slash the current AWS SDK signs (`/bucket/?list-type=2`).
  allowMismatchedSignatures: true,
  configureBuckets: [{ name: process.env.S3_TEST_BUCKET }],
});
const address = await server.run();
server.httpServer.prependListener('request', (request) => {
  if (request.method === 'PUT') process.stdout.write(`${JSON.stringify({ put: { path: request.url, headers: request.headers } })}\n`);
});
process.stdout.write(`${JSON.stringify({ listening: address.port })}\n`);

const stop = () => {
  server.httpServer.closeAllConnections();
  server.close().finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.stdin.on('end', stop);
process.stdin.resume();

import { spawn } from 'node:child_process';
import net from 'node:net';
import { freePort, REPO_ROOT } from './support/server';

/**
 * `npm start` on a port it cannot have must fail: a process manager reads
 * the exit code, a person reads one line naming the port and the variable.
 */
describe('npm start on a busy port', () => {
  let blocker: net.Server;
  let port: number;

  beforeAll(async () => {
    port = await freePort();
    blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise<void>((resolve) => blocker.close(() => resolve())));

  it('exits non-zero with a one-line message naming the port and PORT', async () => {
    const child = spawn('npm', ['start', '--silent'], {
      cwd: REPO_ROOT,
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).not.toBe(0);
    const line = stderr.split('\n').find((l) => l.startsWith('explorer:'));
    expect(line).toContain(`port ${port}`);
    expect(line).toContain('PORT');
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
  }, 240_000);
});

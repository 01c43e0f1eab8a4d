// The hostile X server of the IPC bench, on its own thread (hostile-desk.ts starts it): an X server
// is another process, so the bytes it pushes must not cost main's thread anything but reading them.
// Told 'hostile', it sends every 100 ms, in turn, a reply announcing 4 GB (then 1 MiB of filler)
// and a 4 MiB flood of PropertyNotify events.
import { parentPort } from 'node:worker_threads';
import { FakeXServer } from '../tests/support/fake-x-server';

function header(first: number, units: number): Buffer {
  const bytes = Buffer.alloc(32);
  bytes.writeUInt8(first, 0);
  bytes.writeUInt32LE(units, 4);
  return bytes;
}

const port = parentPort!;
const server = await new FakeXServer().start();
server.createWindow('Editor');
const event = Buffer.alloc(32);
event.writeUInt8(28, 0); // PropertyNotify on the root window
event.writeUInt32LE(server.root, 4);
const flood = Buffer.concat(Array.from({ length: 4 * 32 * 1024 }, () => event)); // 4 MiB
const announce4GB = Buffer.concat([header(1, 0xffff_ffff), Buffer.alloc(1024 * 1024)]);
let hostile = false;
let sent = 0;
let turn = 0;
const sender = setInterval(() => {
  if (!hostile) return;
  const bytes = turn++ % 2 === 0 ? announce4GB : flood;
  server.sendRaw(bytes);
  sent += bytes.length;
}, 100);
port.on('message', (message: 'hostile' | 'quiet' | 'sent' | 'stop') => {
  if (message === 'hostile' || message === 'quiet') hostile = message === 'hostile';
  else if (message === 'sent') port.postMessage({ sent });
  else {
    clearInterval(sender);
    void server.dispose().then(() => port.close());
  }
});
port.postMessage({ display: server.display, home: server.dir });

// Opens a connection to the X server named by DISPLAY: connects the socket, finds the cookie for it
// (xauthority.ts; none is fine for a server without access control, such as Xvfb without -auth),
// sends the setup request and reads the setup reply. Every failure is one sentence naming the display.
import { createConnection, type Socket } from 'node:net';
import { hostname } from 'node:os';
import { authAddressFor } from './auth-address';
import { X11Connection } from './connection';
import { parseDisplay, type DisplayAddress } from './display';
import { decodeSetupReply } from './messages';
import { PacketReader } from './packet-reader';
import { encodeSetupRequest } from './requests';
import { readCookie, xauthorityPath } from './xauthority';
import { failureWords, WordedError } from '../../../base/common/os-failure';
import { t } from '../../../i18n/common/translate';

/** How long connecting plus the handshake may take before the display counts as unreachable. */
export const OPEN_TIMEOUT_MS = 5_000;

export type OpenX11 = (env: NodeJS.ProcessEnv) => Promise<X11Connection>;

export interface OpenOptions {
  /** How long the server may leave a request unanswered before the connection counts as dead. */
  replyTimeoutMs?: number;
}

export async function openX11(env: NodeJS.ProcessEnv, { replyTimeoutMs }: OpenOptions = {}): Promise<X11Connection> {
  const display = env.DISPLAY ?? '';
  const address = parseDisplay(display);
  const deadline = AbortSignal.timeout(OPEN_TIMEOUT_MS);
  const socket = await connectSocket(address, deadline).catch((error: unknown) => {
    throw new WordedError(t('main.presence.reason.cannotReach', { display, detail: failureWords(`X display ${display}: connect`, error) }), error);
  });
  // Listen before anything else is awaited: a server that hangs up at once must be heard doing so.
  const reader = new PacketReader();
  const reply = readSetupReply(socket, reader, deadline);
  reply.catch(() => undefined); // awaited below; until then a failure must not count as unhandled
  const remote = address.kind === 'tcp' ? socket.remoteAddress : undefined;
  const auth = await readCookie(env, authAddressFor(remote, address.displayNumber, hostname()));
  let setup: ReturnType<typeof decodeSetupReply>;
  try {
    socket.write(encodeSetupRequest(auth));
    setup = decodeSetupReply(await reply, address.screen);
  } catch (error) {
    socket.destroy();
    throw new WordedError(t('main.presence.reason.noHandshake', { display, detail: failureWords(`X display ${display}: handshake`, error) }), error);
  }
  if (!setup.ok) {
    socket.destroy();
    const file = xauthorityPath(env) ?? 'XAUTHORITY';
    // The server's reason is its own English ("No protocol specified"): logged, not shown.
    const words = { display, file, detail: failureWords(`X display ${display}: refused`, setup.reason, 'ownWords') };
    throw new WordedError(auth ? t('main.presence.reason.refusedCookie', words) : t('main.presence.reason.refusedNoCookie', words));
  }
  return new X11Connection(socket, reader, setup.root, replyTimeoutMs);
}

function connectSocket(address: DisplayAddress, deadline: AbortSignal): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket =
      address.kind === 'unix' ? createConnection({ path: address.path }) : createConnection(address.port, address.host);
    const fail = (error: Error): void => {
      deadline.removeEventListener('abort', timedOut);
      socket.destroy();
      reject(error);
    };
    const timedOut = (): void => fail(Object.assign(new Error(`no answer within ${OPEN_TIMEOUT_MS / 1000} s`), { code: 'ETIMEDOUT' }));
    deadline.addEventListener('abort', timedOut, { once: true });
    socket.once('error', fail);
    socket.once('connect', () => {
      deadline.removeEventListener('abort', timedOut);
      socket.off('error', fail);
      if (address.kind === 'tcp') socket.setNoDelay(true);
      resolve(socket);
    });
  });
}

/** Collects bytes until the whole setup reply is in; the socket is paused for the connection to take over. */
function readSetupReply(socket: Socket, reader: PacketReader, deadline: AbortSignal): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const done = (): void => {
      socket.off('data', onData);
      socket.off('error', onError);
      socket.off('close', onClose);
      deadline.removeEventListener('abort', onTimeout);
    };
    const onData = (chunk: Buffer): void => {
      reader.push(chunk);
      const reply = reader.takeSetup();
      if (!reply) return;
      socket.pause();
      done();
      resolve(reply);
    };
    const onError = (error: Error): void => {
      done();
      reject(error);
    };
    const onClose = (): void => onError(Object.assign(new Error('the server closed the connection during the handshake'), { code: 'ECONNRESET' }));
    const onTimeout = (): void => onError(Object.assign(new Error(`no setup reply within ${OPEN_TIMEOUT_MS / 1000} s`), { code: 'ETIMEDOUT' }));
    socket.on('data', onData);
    socket.on('error', onError);
    socket.on('close', onClose);
    deadline.addEventListener('abort', onTimeout, { once: true });
  });
}

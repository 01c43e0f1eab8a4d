// A stand-in X server on a private unix socket for the full-screen probe's unit tests: it speaks the
// part of the core protocol the probe uses (setup, InternAtom, GetProperty, ChangeWindowAttributes'
// event mask), keeps windows and their properties, and sends PropertyNotify to the clients that
// listen, so a test can replay any desktop (a window closing mid-read, a server that stops answering
// or dies) deterministically. Byte layouts are checked separately against fixtures and a real Xvfb.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PREDEFINED: Record<string, number> = { ATOM: 4, STRING: 31, WINDOW: 33, WM_CLASS: 67 };
const PROPERTY_CHANGE_MASK = 0x400000;
const BAD_WINDOW = 3;

interface Property {
  type: number;
  format: 8 | 32;
  data: Buffer;
}

interface Client {
  socket: Socket;
  sequence: number;
  setUp: boolean;
  buffered: Buffer;
}

export class FakeXServer {
  readonly dir = mkdtempSync(join(tmpdir(), 'limber-fake-x-'));
  /** DISPLAY for it: a DISPLAY that starts with "/" names the socket itself. */
  readonly display = `${join(this.dir, 'X')}:0`;
  readonly root = 0x2a0;
  /** Every request received, by name, e.g. "GetProperty" (a reading that costs a round trip shows here). */
  readonly requests: string[] = [];
  /** While true requests are taken but never answered (a hung server). */
  stalled = false;
  private server: Server | null = null;
  private readonly clients = new Set<Client>();
  private readonly atoms = new Map(Object.entries(PREDEFINED));
  private readonly windows = new Map<number, Map<number, Property>>([[this.root, new Map()]]);
  /** window → clients listening for its property changes. */
  private readonly listening = new Map<number, Set<Client>>();
  private nextId = 0x1c00001;

  async start(): Promise<this> {
    const server = createServer((socket) => this.accept(socket));
    this.server = server;
    await new Promise<void>((resolve) => server.listen(join(this.dir, 'X:0'), resolve));
    return this;
  }

  /** Ends every connection and stops listening, as a crashed X server. */
  async kill(): Promise<void> {
    for (const client of this.clients) client.socket.destroy();
    this.clients.clear();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = null;
  }

  async dispose(): Promise<void> {
    await this.kill();
    rmSync(this.dir, { recursive: true, force: true });
  }

  atom(name: string): number {
    if (!this.atoms.has(name)) this.atoms.set(name, 100 + this.atoms.size);
    return this.atoms.get(name) as number;
  }

  /** Sends `bytes` as they are to every client past its handshake (a hostile or broken server). */
  sendRaw(bytes: Buffer): void {
    for (const client of this.clients) if (client.setUp) client.socket.write(bytes);
  }

  /** A new top-level window of the app `app` (its WM_CLASS class). */
  createWindow(app: string): number {
    const id = this.nextId++;
    this.windows.set(id, new Map());
    this.setProperty(id, 'WM_CLASS', 'STRING', 8, Buffer.from(`${app.toLowerCase()}\0${app}\0`, 'latin1'));
    return id;
  }

  /** Whether any client listens for this window's property changes. */
  isHeard(window: number): boolean {
    return (this.listening.get(window)?.size ?? 0) > 0;
  }

  destroyWindow(id: number): void {
    this.windows.delete(id);
    this.listening.delete(id);
  }

  /** What the window manager does when focus moves; null deletes the property (no EWMH manager). */
  setActiveWindow(id: number | null): void {
    if (id === null) return this.deleteProperty(this.root, '_NET_ACTIVE_WINDOW');
    this.setProperty(this.root, '_NET_ACTIVE_WINDOW', 'WINDOW', 32, words([id]));
  }

  setWindowState(id: number, states: string[]): void {
    this.setProperty(id, '_NET_WM_STATE', 'ATOM', 32, words(states.map((s) => this.atom(s))));
  }

  setProperty(window: number, name: string, type: string, format: 8 | 32, data: Buffer): void {
    this.windows.get(window)?.set(this.atom(name), { type: this.atom(type), format, data });
    this.notify(window, this.atom(name), 0);
  }

  deleteProperty(window: number, name: string): void {
    this.windows.get(window)?.delete(this.atom(name));
    this.notify(window, this.atom(name), 1);
  }

  private notify(window: number, atom: number, state: number): void {
    for (const client of this.listening.get(window) ?? []) {
      const event = Buffer.alloc(32);
      event.writeUInt8(28, 0);
      event.writeUInt16LE(client.sequence & 0xffff, 2);
      event.writeUInt32LE(window, 4);
      event.writeUInt32LE(atom, 8);
      event.writeUInt8(state, 16);
      client.socket.write(event);
    }
  }

  private accept(socket: Socket): void {
    const client: Client = { socket, sequence: 0, setUp: false, buffered: Buffer.alloc(0) };
    this.clients.add(client);
    socket.on('error', () => undefined);
    socket.on('close', () => this.clients.delete(client));
    socket.on('data', (chunk: Buffer) => {
      client.buffered = Buffer.concat([client.buffered, chunk]);
      this.serve(client);
    });
  }

  private serve(client: Client): void {
    if (!client.setUp) {
      if (client.buffered.length < 12) return;
      const pad = (n: number) => n + ((4 - (n % 4)) % 4);
      const length = 12 + pad(client.buffered.readUInt16LE(6)) + pad(client.buffered.readUInt16LE(8));
      if (client.buffered.length < length) return;
      client.buffered = client.buffered.subarray(length);
      client.setUp = true;
      client.socket.write(this.setupReply());
    }
    while (client.buffered.length >= 4 && client.buffered.length >= 4 * client.buffered.readUInt16LE(2)) {
      const request = client.buffered.subarray(0, 4 * client.buffered.readUInt16LE(2));
      client.buffered = client.buffered.subarray(request.length);
      client.sequence += 1;
      this.handle(client, request);
    }
  }

  private handle(client: Client, request: Buffer): void {
    const opcode = request.readUInt8(0);
    this.requests.push(
      { 2: 'ChangeWindowAttributes', 16: 'InternAtom', 20: 'GetProperty' }[opcode] ?? `opcode ${opcode}`,
    );
    if (this.stalled) return;
    if (opcode === 16) {
      const name = request.toString('latin1', 8, 8 + request.readUInt16LE(4));
      return this.reply(client, 0, words([this.atom(name), 0, 0, 0, 0, 0]));
    }
    const window = request.readUInt32LE(4);
    const properties = this.windows.get(window);
    if (!properties) return this.error(client, BAD_WINDOW, window, opcode);
    if (opcode === 2) {
      let listeners = this.listening.get(window);
      if (!listeners) this.listening.set(window, (listeners = new Set()));
      if (request.readUInt32LE(12) & PROPERTY_CHANGE_MASK) listeners.add(client);
      else listeners.delete(client);
      return;
    }
    const property = properties.get(request.readUInt32LE(8));
    if (!property) return this.reply(client, 0, Buffer.alloc(24));
    const head = Buffer.alloc(24);
    head.writeUInt32LE(property.type, 0);
    head.writeUInt32LE(property.data.length / (property.format / 8), 8);
    const padded = Buffer.concat([property.data, Buffer.alloc((4 - (property.data.length % 4)) % 4)]);
    this.reply(client, property.format, Buffer.concat([head, padded]));
  }

  /** A reply: 8 header bytes, then `body` (24 bytes or more). */
  private reply(client: Client, dataByte: number, body: Buffer): void {
    const header = Buffer.alloc(8);
    header.writeUInt8(1, 0);
    header.writeUInt8(dataByte, 1);
    header.writeUInt16LE(client.sequence & 0xffff, 2);
    header.writeUInt32LE((body.length - 24) / 4, 4);
    client.socket.write(Buffer.concat([header, body]));
  }

  private error(client: Client, code: number, badValue: number, opcode: number): void {
    const packet = Buffer.alloc(32);
    packet.writeUInt8(code, 1);
    packet.writeUInt16LE(client.sequence & 0xffff, 2);
    packet.writeUInt32LE(badValue, 4);
    packet.writeUInt8(opcode, 10);
    client.socket.write(packet);
  }

  /** A setup reply with no vendor string, no pixmap formats, and one screen (its root, no depths). */
  private setupReply(): Buffer {
    const reply = Buffer.alloc(40 + 40);
    reply.writeUInt8(1, 0);
    reply.writeUInt16LE(11, 2);
    reply.writeUInt16LE((reply.length - 8) / 4, 6);
    reply.writeUInt8(1, 28);
    reply.writeUInt32LE(this.root, 40);
    return reply;
  }
}

function words(values: number[]): Buffer {
  const out = Buffer.alloc(4 * values.length);
  values.forEach((v, i) => out.writeUInt32LE(v, 4 * i));
  return out;
}

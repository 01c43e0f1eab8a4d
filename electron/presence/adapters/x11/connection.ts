// One open connection to an X server, after the setup handshake (open.ts): sends requests, matches
// each reply or error to its request by sequence number, and hands PropertyNotify events to
// listeners. Requests are answered strictly in order, so a reply to request N also proves that every
// earlier request without a reply (ChangeWindowAttributes) went through. When the connection dies
// every waiting request fails with the reason and the close listeners hear it once; nothing throws.
import type { Socket } from 'node:net';
import {
  decodeGetPropertyReply,
  decodeInternAtomReply,
  decodePacket,
  decodePropertyNotify,
  PROPERTY_NOTIFY,
  type Packet,
  type PropertyNotify,
  type PropertyValue,
  type XErrorDetail,
} from './messages';
import { X11LengthError, type PacketReader } from './packet-reader';
import { encodeGetProperty, encodeInternAtom, encodeSelectEvents, type GetPropertyRequest } from './requests';
import { errorMessage } from '../../../base/common/error-message';

/** The server refused one request (BadWindow when the window has just closed, …). */
export class X11RequestError extends Error {
  constructor(
    readonly request: string,
    readonly detail: XErrorDetail,
  ) {
    super(`${request}: ${detail.name} (value 0x${detail.badValue.toString(16)})`);
    this.name = 'X11RequestError';
  }
}

interface Pending {
  sequence: number;
  label: string;
  expectsReply: boolean;
  resolve: (reply: Buffer | null) => void;
  reject: (error: Error) => void;
}

/** A server that has not answered a request for this long is treated as gone. */
export const REPLY_TIMEOUT_MS = 10_000;

/**
 * Events Limber did not ask for arrive at the rate windows change properties: a handful a second
 * on a busy desktop. More than this many bytes of events in one second (8,192 events) is a server
 * flooding the connection, which is dropped (a later reading connects again) rather than read on.
 */
export const MAX_EVENT_BYTES_PER_SECOND = 256 * 1024;

export class X11Connection {
  private sequence = 0;
  private readonly pending: Pending[] = [];
  private awaitingReplies = 0;
  private stallTimer: ReturnType<typeof setTimeout> | null = null;
  private closedBecause: string | null = null;
  private readonly propertyListeners = new Set<(event: PropertyNotify) => void>();
  private readonly closeListeners = new Set<(reason: string) => void>();
  /** Event bytes received in the current one-second window, and when that window opened. */
  private eventBytes = 0;
  private eventWindowStart = 0;

  constructor(
    private readonly socket: Socket,
    private readonly reader: PacketReader,
    /** The root window of the DISPLAY's screen. */
    readonly root: number,
    private readonly replyTimeoutMs = REPLY_TIMEOUT_MS,
  ) {
    socket.on('data', (chunk: Buffer) => {
      this.reader.push(chunk);
      this.drain();
    });
    socket.on('error', (error) => this.close(`the connection to the X server failed (${error.message})`));
    socket.on('close', () => this.close('the X server closed the connection'));
    // A watcher must never keep the process alive on its own.
    socket.unref();
    // Messages that arrived together with the setup reply are already waiting in the reader.
    this.drain();
    socket.resume();
  }

  /** Requests sent so far (tests use it to prove a reading made no round trip). */
  get requestsSent(): number {
    return this.sequence;
  }

  get closed(): boolean {
    return this.closedBecause !== null;
  }

  onPropertyNotify(listener: (event: PropertyNotify) => void): void {
    this.propertyListeners.add(listener);
  }

  onClose(listener: (reason: string) => void): void {
    this.closeListeners.add(listener);
  }

  async internAtom(name: string): Promise<number> {
    const reply = await this.send(encodeInternAtom(name), `InternAtom ${name}`, true);
    return decodeInternAtomReply(reply as Buffer);
  }

  async getProperty(request: GetPropertyRequest): Promise<PropertyValue> {
    const label = `GetProperty 0x${request.window.toString(16)}`;
    return decodeGetPropertyReply((await this.send(encodeGetProperty(request), label, true)) as Buffer);
  }

  /**
   * One cheap round trip (InternAtom of an atom every EWMH server has): an event watcher sends no
   * requests while nothing changes, so without this a server that went silent, or keeps the socket
   * open and answers nothing, would never be noticed. The reply timeout closes such a connection.
   */
  async ping(): Promise<void> {
    await this.send(encodeInternAtom('_NET_ACTIVE_WINDOW'), 'InternAtom (is the server still there?)', true);
  }

  /** Sets this client's event mask on the window; settles once a later request's answer shows it went through. */
  async selectEvents(window: number, eventMask: number): Promise<void> {
    await this.send(encodeSelectEvents(window, eventMask), `ChangeWindowAttributes 0x${window.toString(16)}`, false);
  }

  /** Ends the connection; waiting requests fail with `reason`, close listeners hear it once. */
  close(reason = 'the connection was closed'): void {
    if (this.closedBecause !== null) return;
    this.closedBecause = reason;
    this.disarmStallTimer();
    this.socket.destroy();
    for (const request of this.pending.splice(0)) request.reject(new Error(`${request.label}: ${reason}`));
    for (const listener of [...this.closeListeners]) {
      try {
        listener(reason);
      } catch {
        // A listener's failure must not stop the others hearing it, nor escape into a socket callback.
      }
    }
    this.closeListeners.clear();
    this.propertyListeners.clear();
  }

  private send(bytes: Buffer, label: string, expectsReply: boolean): Promise<Buffer | null> {
    if (this.closedBecause !== null) return Promise.reject(new Error(`${label}: ${this.closedBecause}`));
    return new Promise((resolve, reject) => {
      this.sequence += 1;
      this.pending.push({ sequence: this.sequence, label, expectsReply, resolve, reject });
      if (expectsReply) this.awaitingReplies += 1;
      this.socket.write(bytes);
      this.armStallTimer();
    });
  }

  /** Handles every whole message received so far. Runs in a socket callback, so it never throws. */
  private drain(): void {
    try {
      for (let bytes = this.reader.takePacket(); bytes && !this.closed; bytes = this.reader.takePacket()) {
        const packet = decodePacket(bytes);
        if (packet.kind !== 'event') this.answer(packet);
        else if (this.flooded(packet.bytes.length)) return;
        else if (packet.code === PROPERTY_NOTIFY) this.notify(decodePropertyNotify(packet.bytes));
      }
    } catch (error) {
      if (error instanceof X11LengthError) return this.close(error.message);
      this.close(
        `a message from the X server could not be handled (${errorMessage(error)})`,
      );
    }
  }

  private answer(packet: Exclude<Packet, { kind: 'event' }>): void {
    // The sequence number on the wire is the low 16 bits of ours.
    let request = this.pending.shift();
    while (request && (request.sequence & 0xffff) !== packet.sequence) {
      this.settle(request, null);
      request = this.pending.shift();
    }
    if (!request) return this.close(`the X server answered request ${packet.sequence}, which was never sent`);
    if (packet.kind === 'error') this.settle(request, new X11RequestError(request.label, packet.error));
    else this.settle(request, packet.bytes);
  }

  /** Settles one request: a reply, an error, or null = passed over without a message. */
  private settle(request: Pending, outcome: Buffer | Error | null): void {
    if (request.expectsReply) this.awaitingReplies -= 1;
    if (outcome instanceof Error) request.reject(outcome);
    else if (outcome === null && request.expectsReply) request.reject(new Error(`${request.label}: no reply came`));
    else request.resolve(outcome);
    this.disarmStallTimer();
    this.armStallTimer();
  }

  /** Counts event bytes per second; past the limit the connection is closed and true returned. */
  private flooded(bytes: number): boolean {
    const now = performance.now();
    if (now - this.eventWindowStart >= 1_000) {
      this.eventWindowStart = now;
      this.eventBytes = 0;
    }
    this.eventBytes += bytes;
    if (this.eventBytes <= MAX_EVENT_BYTES_PER_SECOND) return false;
    this.close(`the X server sent more than ${MAX_EVENT_BYTES_PER_SECOND / 1024} KiB of events in one second`);
    return true;
  }

  private notify(event: PropertyNotify): void {
    for (const listener of [...this.propertyListeners]) listener(event);
  }

  private armStallTimer(): void {
    if (this.stallTimer !== null || this.awaitingReplies === 0) return;
    this.stallTimer = setTimeout(
      () => this.close(`the X server did not answer within ${this.replyTimeoutMs / 1000} s`),
      this.replyTimeoutMs,
    );
    this.stallTimer.unref();
  }

  private disarmStallTimer(): void {
    if (this.stallTimer !== null) clearTimeout(this.stallTimer);
    this.stallTimer = null;
  }
}

/**
 * The smallest WebSocket client that will do for a load generator: a plain TCP socket, the RFC 6455
 * handshake, and frames read straight from the stream. It costs the subscriber process a fraction of what
 * a full client library does per message, so on a small machine the load generator does not take the CPU
 * the server under test needs. Text messages and pings only (graphql-ws sends nothing else).
 */
import { randomBytes } from 'node:crypto';
import net from 'node:net';

export interface RawWebSocket {
  sendText(text: string): void;
  terminate(): void;
}

const OPCODE_TEXT = 0x1;
const OPCODE_CLOSE = 0x8;
const OPCODE_PING = 0x9;
const OPCODE_PONG = 0xa;
const EMPTY = Buffer.alloc(0);
const READ_BUFFER = Buffer.allocUnsafe(256 * 1024);

/** A client frame: always masked (RFC 6455 §5.3); a zero mask leaves the payload as it is. */
function clientFrame(opcode: number, payload: Buffer): Buffer {
  const length = payload.length;
  const lengthBytes = length < 126 ? 0 : length < 65_536 ? 2 : 8;
  const frame = Buffer.alloc(2 + lengthBytes + 4 + length);
  frame[0] = 0x80 | opcode;
  if (length < 126) frame[1] = 0x80 | length;
  else if (length < 65_536) {
    frame[1] = 0x80 | 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 0x80 | 127;
    frame.writeBigUInt64BE(BigInt(length), 2);
  }
  payload.copy(frame, 2 + lengthBytes + 4);
  return frame;
}

export function openRawWebSocket(
  url: string,
  options: { protocol: string; headers?: Record<string, string> },
  handlers: { onText(payload: Buffer): void; onClose(): void },
): Promise<RawWebSocket> {
  const { hostname, port, pathname } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = net.connect({
      host: hostname,
      port: Number(port),
      // Reads land in one buffer shared by every socket, handed over without a stream or a 'data' event:
      // nothing here keeps a reference to it past the call.
      onread: {
        buffer: READ_BUFFER,
        callback: (bytes) => {
          onData(READ_BUFFER.subarray(0, bytes));
          return true;
        },
      },
    });
    socket.setNoDelay(true);
    const client: RawWebSocket = {
      sendText: (text) => socket.write(clientFrame(OPCODE_TEXT, Buffer.from(text))),
      terminate: () => socket.destroy(),
    };
    let upgraded = false;
    let pending: Buffer = EMPTY;
    socket.on('connect', () => {
      const extra = Object.entries(options.headers ?? {}).map(([name, value]) => `${name}: ${value}\r\n`);
      socket.write(
        `GET ${pathname} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
          `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\nSec-WebSocket-Version: 13\r\n` +
          `Sec-WebSocket-Protocol: ${options.protocol}\r\n${extra.join('')}\r\n`,
      );
    });
    const onData = (chunk: Buffer) => {
      let data = pending.length > 0 ? Buffer.concat([pending, chunk]) : chunk;
      if (!upgraded) {
        const end = data.indexOf('\r\n\r\n');
        if (end < 0) {
          pending = Buffer.from(data);
          return;
        }
        const status = data.subarray(0, data.indexOf('\r\n')).toString();
        if (!/^HTTP\/1\.1 101 /.test(status)) {
          socket.destroy();
          reject(new Error(`WebSocket handshake refused: ${status}`));
          return;
        }
        upgraded = true;
        data = data.subarray(end + 4);
        resolve(client);
      }
      let offset = 0;
      while (data.length - offset >= 2) {
        const opcode = data[offset]! & 0x0f;
        let length = data[offset + 1]! & 0x7f;
        let headerLength = 2;
        if (length === 126) {
          if (data.length - offset < 4) break;
          length = data.readUInt16BE(offset + 2);
          headerLength = 4;
        } else if (length === 127) {
          if (data.length - offset < 10) break;
          length = Number(data.readBigUInt64BE(offset + 2));
          headerLength = 10;
        }
        if (data.length - offset < headerLength + length) break;
        const payload = data.subarray(offset + headerLength, offset + headerLength + length);
        offset += headerLength + length;
        if (opcode === OPCODE_TEXT) handlers.onText(payload);
        else if (opcode === OPCODE_PING) socket.write(clientFrame(OPCODE_PONG, payload));
        else if (opcode === OPCODE_CLOSE) socket.end();
      }
      // A frame cut by the TCP stream waits for the rest (copied: the read buffer is reused).
      pending = offset < data.length ? Buffer.from(data.subarray(offset)) : EMPTY;
    };
    socket.on('error', reject);
    socket.on('close', () => handlers.onClose());
  });
}

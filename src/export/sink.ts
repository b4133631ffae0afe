/**
 * Where exported bytes go: a file descriptor written synchronously (regular files, devices) or
 * a stream with backpressure (stdout on a pipe or terminal). Text is gathered into chunks of
 * about 256 KiB so that a row costs no system call, and a chunk is written before the next rows
 * are read: memory stays flat. Write failures are OutputErrors (exit 2, one line).
 */
import { closeSync, fstatSync, fsyncSync, openSync } from 'node:fs';
import type { Hash } from 'node:crypto';
import { createRequire } from 'node:module';
import { OutputError, outputError } from '../errors.js';
import { isTerminal, stdStream, writeWhole } from '../format/output.js';

/** 256 KiB: a system call per chunk */
const CHUNK = 256 * 1024;


export abstract class Sink {
  /** the chunk being filled: text is encoded into it as it comes (no long strings are built) */
  private chunk = Buffer.allocUnsafe(CHUNK);
  private used = 0;
  /** bytes written so far */
  bytes = 0;
  private readonly hash: Hash | null;

  /** `reuse`: the chunk may be refilled once sent (the write was synchronous) */
  constructor(readonly where: string, options: { hash?: boolean } = {}, private readonly reuse = false) {
    // node:crypto loads Node's streams with it (~25 built-in modules): only a hashing sink (the
    // data package's files) asks for it, not every export (issue 19: start-up at x20)
    this.hash = options.hash ? (createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto')).createHash('sha256') : null;
  }

  /**
   * Add text, encoded into the chunk as it comes (as stdout's outputBatch does: joining rows into
   * a longer string first made V8 copy the joined string flat before encoding it, issue 19), the
   * chunk sent first when it has no room left; returns a promise only when a full chunk had to
   * wait for the consumer.
   */
  write(text: string): Promise<void> | void {
    // a UTF-16 code unit takes at most 3 bytes in UTF-8
    if (text.length * 3 <= this.chunk.length - this.used) {
      this.used += this.chunk.write(text, this.used, 'utf8');
      return;
    }
    const flushed = this.sendChunk();
    if (text.length * 3 > this.chunk.length) {
      // longer than a chunk: sent on its own, after what came before
      const big = Buffer.from(text, 'utf8');
      return flushed ? flushed.then(() => this.deliver(big)) : this.deliver(big);
    }
    this.used = this.chunk.write(text, 0, 'utf8');
    return flushed;
  }

  /** Send everything written so far. */
  flush(): Promise<void> | void {
    return this.sendChunk();
  }

  private sendChunk(): Promise<void> | void {
    if (this.used === 0) return;
    const data = this.chunk.subarray(0, this.used);
    this.chunk = this.reuse ? this.chunk : Buffer.allocUnsafe(CHUNK);
    this.used = 0;
    return this.deliver(data);
  }

  private deliver(data: Buffer): Promise<void> | void {
    this.bytes += data.length;
    this.hash?.update(data);
    return this.send(data);
  }

  /** sha256 of everything written (when asked for at construction) */
  digest(): string | null {
    return this.hash ? this.hash.digest('hex') : null;
  }

  protected abstract send(data: Buffer): Promise<void> | void;

  /** Flush and release; `end()` does not close stdout. */
  abstract end(): Promise<void>;
}

/** A file descriptor written with writeSync: for regular files and character devices. */
export class FdSink extends Sink {
  constructor(private readonly fd: number, where: string, private readonly owned: boolean, options: { hash?: boolean } = {}) {
    super(where, options, true);
  }

  /** Create a new file (fails if it exists): for temporary names. */
  static create(path: string, options: { hash?: boolean } = {}): FdSink {
    let fd: number;
    try {
      fd = openSync(path, 'wx');
    } catch (err) {
      throw outputError('create the file', path, err);
    }
    return new FdSink(fd, path, true, options);
  }

  protected send(data: Buffer): void {
    try {
      writeWhole(this.fd, data);
    } catch (err) {
      throw outputError('write', this.where, err);
    }
  }

  async end(): Promise<void> {
    await this.flush();
    if (!this.owned) return;
    try {
      fsyncSync(this.fd);
    } catch (err) {
      throw outputError('write', this.where, err);
    } finally {
      closeSync(this.fd);
    }
  }

  /** Close without flushing (after an error). */
  abort(): void {
    if (this.owned) {
      try {
        closeSync(this.fd);
      } catch {
        // already closed or unusable: nothing more to release
      }
    }
  }
}

/** A writable stream (stdout on a pipe or a terminal), waiting for 'drain' when it is full. */
export class StreamSink extends Sink {
  constructor(private readonly stream: NodeJS.WritableStream & { errored?: Error | null }, where: string) {
    super(where);
  }

  protected send(data: Buffer): Promise<void> | void {
    if (this.stream.write(data)) return;
    return new Promise<void>((resolve, reject) => {
      const done = (err?: Error) => {
        this.stream.off('drain', onDrain);
        this.stream.off('error', onError);
        this.stream.off('close', onClose);
        if (err) reject(err);
        else resolve();
      };
      const onDrain = () => done();
      const onError = (err: Error) => done(outputError('write', this.where, err));
      const onClose = () => done(new OutputError('the output was closed', this.where));
      this.stream.on('drain', onDrain);
      this.stream.on('error', onError);
      this.stream.on('close', onClose);
    });
  }

  async end(): Promise<void> {
    await this.flush();
  }
}

/**
 * stdout as a sink. A regular file or a device is written synchronously on its descriptor, so
 * that a full disk is reported as an error rather than an uncaught stream event; pipes and
 * terminals go through process.stdout (a closed pipe ends the process quietly: stdStream).
 */
export function stdoutSink(): Sink {
  let st;
  try {
    st = fstatSync(1);
  } catch {
    st = null;
  }
  if (st && (st.isFile() || (st.isCharacterDevice() && !isTerminal(1)))) return new FdSink(1, 'stdout', false);
  return new StreamSink(stdStream(1), 'stdout');
}

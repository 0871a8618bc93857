/**
 * Errors raised while talking to a kernel, and the structured error a failing cell reports.
 *
 * @module
 */
import type { Notebook } from "./nbformat.ts";

/** What went wrong on a ZMTP connection. */
export type ZmtpErrorKind =
  | "closed" // the peer closed the connection between messages, or we closed it
  | "truncated" // the peer closed the connection in the middle of a message
  | "protocol" // the peer sent bytes that are not ZMTP 3 (greeting, frame or command)
  | "peer" // the peer sent an ERROR command
  | "timeout"; // the handshake did not finish in time

/**
 * A ZMTP connection failed: the peer is not speaking ZMTP 3, closed the connection, or refused us.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { ZmtpError } from "./errors.ts";
 * const error = new ZmtpError("closed", "Cannot receive from 127.0.0.1:5555: connection closed");
 * assert.equal(error.kind, "closed");
 * ```
 */
export class ZmtpError extends Error {
  /** What went wrong. */
  readonly kind: ZmtpErrorKind;

  /**
   * Makes a ZMTP error.
   *
   * @param kind What went wrong.
   * @param message A sentence naming the action that failed and the peer.
   * @param options The underlying cause, if any.
   */
  constructor(kind: ZmtpErrorKind, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "ZmtpError";
    this.kind = kind;
  }
}

/** What went wrong with a kernel. */
export type KernelErrorKind =
  | "start" // the kernel could not be started or did not become ready
  | "died" // the kernel process exited or stopped answering while in use
  | "timeout" // a cell ran past its timeout
  | "protocol" // the kernel sent a message we cannot trust or parse
  | "aborted"; // the caller aborted the run

/** Extra facts a {@linkcode KernelError} carries. */
export interface KernelErrorOptions extends ErrorOptions {
  /** The kernel's recent stderr output, when it says why the kernel failed. */
  stderr?: string;
  /** The index (in `notebook.cells`) of the cell that was running, if any. */
  cellIndex?: number;
  /** The notebook as far as it ran, so the caller can still write it. */
  notebook?: Notebook;
}

/**
 * A kernel fault: it would not start, died, timed out, or misbehaved. Cell errors are not kernel
 * faults: `executeNotebook` reports them as a `CellError` value.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { KernelError } from "./errors.ts";
 * const error = new KernelError("died", "Cannot run cell 3: the kernel exited with code 1");
 * assert.equal(error.kind, "died");
 * assert.equal(error.notebook, undefined);
 * ```
 */
export class KernelError extends Error {
  /** What went wrong. */
  readonly kind: KernelErrorKind;
  /** The kernel's recent stderr output, when it helps explain the fault. */
  readonly stderr?: string;
  /** The index (in `notebook.cells`) of the cell that was running, if any. */
  readonly cellIndex?: number;
  /** The notebook as far as it ran (outputs of finished cells, partial outputs of the last). */
  notebook?: Notebook;

  /**
   * Makes a kernel error.
   *
   * @param kind What went wrong.
   * @param message A sentence naming the action that failed.
   * @param options Cause, stderr, cell index and partial notebook.
   */
  constructor(kind: KernelErrorKind, message: string, options: KernelErrorOptions = {}) {
    super(message, { cause: options.cause });
    this.name = "KernelError";
    this.kind = kind;
    this.stderr = options.stderr;
    this.cellIndex = options.cellIndex;
    this.notebook = options.notebook;
  }
}

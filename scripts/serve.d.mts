/** Types for scripts/serve.mjs (the static server of the demo, tests and evals). */
import type { IncomingMessage } from 'node:http';

export interface RouteReply {
  status?: number;
  type: string;
  body: string | Buffer;
  encoding?: string;
}

export type Route = (request: IncomingMessage) => RouteReply | Promise<RouteReply>;

export interface StartServerOptions {
  /** Folder to serve, relative to the current directory or absolute. Default: tests/fixtures/site. */
  root?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** URL path → generated reply. Default: the fixture site's generated pages for the fixture root, else none. */
  routes?: Record<string, Route>;
}

export interface RunningServer {
  /** http://127.0.0.1:<port>, without a trailing slash. */
  url: string;
  port: number;
  close(): Promise<void>;
}

export const FIXTURE_ROOT: string;
export const CONTENT_TYPES: Record<string, string>;
export const FIXTURE_ROUTES: Record<string, Route>;
export function hugePage(targetBytes?: number): string;
export function startServer(options?: StartServerOptions): Promise<RunningServer>;

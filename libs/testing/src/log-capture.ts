import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pino, { type Logger } from 'pino';
import { personalDataIn } from './personal-data';

interface Sink {
  readonly lines: string[];
  /** The lowest level its app's LOG_LEVEL shows on the terminal. */
  readonly shown: number;
}

type Writable = { write: (line: string) => unknown };

/** Lines by app, keyed by its Fastify instance (the app object itself is a proxy and may be wrapped again). */
const captured = new WeakMap<object, string[]>();
/** Apps sharing one output stream (under --runInBand pino may write to process.stdout) share one tap on it. */
const taps = new WeakMap<Writable, Set<Sink>>();

function tap(stream: Writable): Set<Sink> {
  const existing = taps.get(stream);
  if (existing) return existing;
  const sinks = new Set<Sink>();
  const write = stream.write.bind(stream);
  stream.write = (line: string) => {
    // Only pino's JSON lines are kept; anything else on the stream passes untouched.
    const level = typeof line === 'string' ? Number(/^\{"level":(\d+)/.exec(line)?.[1]) : NaN;
    if (Number.isNaN(level) || sinks.size === 0) return write(line);
    for (const sink of sinks) sink.lines.push(line);
    return level >= Math.min(...Array.from(sinks, (s) => s.shown)) ? write(line) : true;
  };
  taps.set(stream, sinks);
  return sinks;
}

/**
 * Keeps every log line an app writes, at every level, while passing on to the terminal only what
 * its configured level (LOG_LEVEL, silent in tests) lets through. Suites then search the lines
 * for personal data however quiet the run is. Returns what stops the capture.
 */
export function captureLogs(app: NestFastifyApplication, configuredLevel: string): () => void {
  const fastify = app.getHttpAdapter().getInstance();
  const logger = fastify.log as unknown as Logger;
  const stream = (logger as unknown as Record<symbol, Writable | undefined>)[pino.symbols.streamSym];
  if (!stream || captured.has(fastify)) return () => undefined;
  const sink: Sink = { lines: [], shown: configuredLevel === 'silent' ? Infinity : pino.levels.values[configuredLevel] ?? 30 };
  const sinks = tap(stream);
  sinks.add(sink);
  // Fastify's logger is a child of the app's root logger (which Nest's own log lines use); pino
  // children are prototype-linked to their parent, so both are found by walking the chain.
  for (let each: Logger | null = logger; each && pino.symbols.streamSym in each; each = Object.getPrototypeOf(each) as Logger | null) {
    if (Object.hasOwn(each, pino.symbols.levelValSym)) each.level = 'trace';
  }
  captured.set(fastify, sink.lines);
  return () => {
    sinks.delete(sink);
  };
}

/** Every line the app has logged since it started under captureLogs. */
export function logsOf(app: NestFastifyApplication): readonly string[] {
  return captured.get(app.getHttpAdapter().getInstance()) ?? [];
}

/** The logged lines holding personal data (or one of `secrets`), each with what was found in it. */
export function personalDataInLogs(app: NestFastifyApplication, secrets: readonly string[] = []): string[] {
  return logsOf(app).flatMap((line) => {
    const found = personalDataIn(line, secrets);
    return found.length ? [`${found.join(', ')} in ${line.slice(0, 300)}`] : [];
  });
}

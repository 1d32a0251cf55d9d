/**
 * A small file logger for the shell. It never throws (a full or read-only disk must not take the
 * kiosk down) and keeps at most two files of `maxBytes` each. By rule it records what the shell
 * did, never what a visitor chose: no language, topic, answer or number goes into a message.
 */
import fs from 'node:fs';
import path from 'node:path';

export type LogLevel = 'info' | 'warn' | 'error';
export interface Logger {
  info(area: string, message: string): void;
  warn(area: string, message: string): void;
  error(area: string, message: string): void;
}

export function createLogger(options: { file?: string; maxBytes?: number; echo?: boolean }): Logger {
  const maxBytes = options.maxBytes ?? 1_000_000;
  const write = (level: LogLevel, area: string, message: string): void => {
    const line = `${new Date().toISOString()} ${level.toUpperCase()} [${area}] ${message.replace(/\s+/g, ' ').slice(0, 500)}\n`;
    if (options.echo ?? true) process.stderr.write(line);
    if (!options.file) return;
    try {
      fs.mkdirSync(path.dirname(options.file), { recursive: true });
      const size = fs.existsSync(options.file) ? fs.statSync(options.file).size : 0;
      if (size + line.length > maxBytes) fs.renameSync(options.file, `${options.file}.1`);
      fs.appendFileSync(options.file, line);
    } catch {
      // Logging is best effort: the kiosk keeps running when the disk does not.
    }
  };
  return {
    info: (area, message) => write('info', area, message),
    warn: (area, message) => write('warn', area, message),
    error: (area, message) => write('error', area, message),
  };
}

/** For tests and tools: remembers lines instead of writing them. */
export function createMemoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const push = (level: LogLevel) => (area: string, message: string) => void lines.push(`${level} [${area}] ${message}`);
  return { lines, info: push('info'), warn: push('warn'), error: push('error') };
}

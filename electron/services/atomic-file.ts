/**
 * Writes that survive a power cut: the new bytes go to a temporary file, are flushed to disk, and
 * only then replace the old file by rename (atomic on the same file system). A crash at any
 * moment leaves either the old file or the new one, never half of each.
 */
import fs from 'node:fs';
import path from 'node:path';

export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.tmp-${process.pid}`;
  const fd = fs.openSync(temporary, 'w', 0o600);
  try {
    fs.writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temporary, file);
  syncDirectory(path.dirname(file));
}

/** Makes the rename itself durable; not every platform can open a directory, so best effort. */
function syncDirectory(directory: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(directory, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Windows cannot fsync a directory; NTFS journals the rename instead.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Reads a file, or returns undefined if it does not exist; other errors are thrown. */
export function readFileIfExists(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

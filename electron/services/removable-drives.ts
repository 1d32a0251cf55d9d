/**
 * Folders where staff may plug in a USB stick: removable drives as each system mounts them. Used
 * to find content packs to install and to export the counters, so the page never names a path.
 */
import fs from 'node:fs';
import path from 'node:path';

/** `writable`: only drives this process may write to (an export), else those it may read. */
export function removableDrives(platform = process.platform, writable = false): string[] {
  const roots =
    platform === 'win32'
      ? 'DEFGHIJKLMNOPQRSTUVWXYZ'.split('').map((letter) => `${letter}:\\`)
      : platform === 'darwin'
        ? children('/Volumes')
        : [...children('/media').flatMap(children), ...children('/run/media').flatMap(children), ...children('/mnt')];
  return roots.filter((root) => isDirectoryWith(root, writable ? fs.constants.W_OK : fs.constants.R_OK));
}

function children(directory: string): string[] {
  try {
    return fs.readdirSync(directory, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => path.join(directory, entry.name));
  } catch {
    return [];
  }
}

function isDirectoryWith(directory: string, access: number): boolean {
  try {
    fs.accessSync(directory, access);
    return fs.statSync(directory).isDirectory();
  } catch {
    return false;
  }
}

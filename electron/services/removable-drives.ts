/**
 * Folders where staff may plug in a USB stick: removable drives as each system mounts them. Used
 * to find content packs to install and to export the counters, so the page never names a path.
 */
import fs from 'node:fs';
import path from 'node:path';

export function removableDrives(platform = process.platform): string[] {
  const roots =
    platform === 'win32'
      ? 'DEFGHIJKLMNOPQRSTUVWXYZ'.split('').map((letter) => `${letter}:\\`)
      : platform === 'darwin'
        ? children('/Volumes')
        : [...children('/media').flatMap(children), ...children('/run/media').flatMap(children), ...children('/mnt')];
  return roots.filter(isReadableDirectory);
}

function children(directory: string): string[] {
  try {
    return fs.readdirSync(directory, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => path.join(directory, entry.name));
  } catch {
    return [];
  }
}

function isReadableDirectory(directory: string): boolean {
  try {
    fs.accessSync(directory, fs.constants.R_OK);
    return fs.statSync(directory).isDirectory();
  } catch {
    return false;
  }
}

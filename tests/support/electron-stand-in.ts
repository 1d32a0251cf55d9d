/**
 * A stand-in for an unpacked Electron (the binary cannot be downloaded here), good enough for
 * electron-builder's `dir` target and for @electron/fuses: an `electron` executable that carries
 * Electron's fuse wire (the sentinel, the wire version byte, the wire length byte, then one byte
 * per fuse, '1' on and '0' off) with the values a stock Electron 45 ships.
 */
import fs from 'node:fs';
import path from 'node:path';

export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/** Stock Electron's fuses, in wire order (index = FuseV1Options value); the 9th is WasmTrapHandlers. */
export const STOCK_FUSES = {
  RunAsNode: true,
  EnableCookieEncryption: false,
  EnableNodeOptionsEnvironmentVariable: true,
  EnableNodeCliInspectArguments: true,
  EnableEmbeddedAsarIntegrityValidation: false,
  OnlyLoadAppFromAsar: false,
  LoadBrowserProcessSpecificV8Snapshot: false,
  GrantFileProtocolExtraPrivileges: true,
  WasmTrapHandlers: true,
};

export function fuseWireBytes(fuses: boolean[] = Object.values(STOCK_FUSES)): Buffer {
  return Buffer.concat([Buffer.from(FUSE_SENTINEL, 'ascii'), Buffer.from([1, fuses.length]), Buffer.from(fuses.map((on) => (on ? 0x31 : 0x30)))]);
}

/** An executable that exits at once, with a fuse wire among padding bytes, as in a real binary. */
export function writeStandInBinary(file: string, fuses?: boolean[]): void {
  const padding = Buffer.alloc(4096, 0x2e);
  fs.writeFileSync(file, Buffer.concat([Buffer.from('#!/bin/sh\nexit 0\n'), padding, fuseWireBytes(fuses), padding]), { mode: 0o755 });
}

/** A folder laid out like an unpacked Electron for Linux, for electron-builder's `electronDist`. */
export function writeStandInElectronDist(directory: string): string {
  fs.mkdirSync(path.join(directory, 'resources'), { recursive: true });
  writeStandInBinary(path.join(directory, 'electron'));
  fs.writeFileSync(path.join(directory, 'LICENSE'), 'Electron stand-in for tests\n');
  fs.writeFileSync(path.join(directory, 'version'), '45.5.0');
  return directory;
}

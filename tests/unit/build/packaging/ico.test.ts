import { describe, expect, it } from 'vitest';
import { icoFromPngs } from '../../../../build/packaging/ico';

describe('icoFromPngs', () => {
  it('writes an icon directory whose entries point at each PNG, with 256 px stored as 0', () => {
    const small = Buffer.from('png-16');
    const large = Buffer.from('png-256-image');
    const ico = icoFromPngs([{ size: 16, png: small }, { size: 256, png: large }]);
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 2]);
    const entry = (index: number) => ico.subarray(6 + 16 * index, 22 + 16 * index);
    expect([entry(0).readUInt8(0), entry(1).readUInt8(0)]).toEqual([16, 0]);
    const offset = entry(1).readUInt32LE(12);
    expect(ico.subarray(offset, offset + entry(1).readUInt32LE(8)).toString()).toBe('png-256-image');
    expect(() => icoFromPngs([{ size: 512, png: small }])).toThrow();
  });
});

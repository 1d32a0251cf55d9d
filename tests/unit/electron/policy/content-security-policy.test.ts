import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../../electron/policy/content-security-policy';

function directives(): Map<string, string[]> {
  return new Map(
    contentSecurityPolicy()
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .map(([name, ...values]) => [name ?? '', values]),
  );
}

describe('contentSecurityPolicy', () => {
  it('denies by default and allows only the app itself', () => {
    const csp = directives();
    expect(csp.get('default-src')).toEqual(["'none'"]);
    for (const name of ['script-src', 'style-src', 'font-src', 'connect-src']) expect(csp.get(name)).toEqual(["'self'"]);
  });

  it('allows no inline script, eval, plugins, framing, forms or base changes', () => {
    const text = contentSecurityPolicy();
    expect(text).not.toContain("'unsafe-inline'");
    expect(text).not.toContain("'unsafe-eval'");
    const csp = directives();
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
  });

  it('names no remote host', () => {
    expect(contentSecurityPolicy()).not.toMatch(/https?:|\*/);
  });

  it('lets the speech worker run from the app, and allows no WebAssembly compilation, media elements or blob: URLs', () => {
    const text = contentSecurityPolicy();
    expect(directives().get('worker-src')).toEqual(["'self'"]);
    expect(text).not.toContain('wasm-unsafe-eval');
    expect(text).not.toContain('blob:');
    expect(directives().get('media-src')).toEqual(["'none'"]);
  });
});

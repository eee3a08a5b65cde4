import { describe, expect, it } from 'vitest';
import { clientAddressOf, clientNetworkOf } from '#src/server/http/client-address.ts';
import {
  isLoopbackOrigin,
  isOwnHost,
  isOwnOrigin,
  publicOrigin,
  readConfiguredPublicUrl,
  siteLink,
} from '#src/server/http/public-address.ts';
import {
  bodyLimitFor,
  checkRequestUrl,
  MAX_FORM_BYTES,
  MAX_SAVE_REQUEST_BYTES,
  MAX_UPLOAD_REQUEST_BYTES,
} from '#src/server/http/request-guards.ts';

describe('the public address', () => {
  it.each([
    [{ HEARD_PUBLIC_URL: 'https://stories.example.org' }, 'https://stories.example.org'],
    [{ HEARD_PUBLIC_URL: 'https://stories.example.org/' }, 'https://stories.example.org'],
    [{ HEARD_PUBLIC_URL: '  http://127.0.0.1:8080  ' }, 'http://127.0.0.1:8080'],
  ])('%j → %s', (env, expected) => {
    expect(publicOrigin(env)).toBe(expected);
  });

  it.each([
    'stories.example.org',
    'ftp://stories.example.org',
    'https://stories.example.org/heard',
    'https://user:pw@stories.example.org',
    'https://stories.example.org/?x=1',
  ])('refuses %j with a plain sentence', (value) => {
    expect(() => readConfiguredPublicUrl({ HEARD_PUBLIC_URL: value })).toThrow(/HEARD_PUBLIC_URL/);
  });

  it('builds links on it, only to paths on the site', () => {
    const env = { HEARD_PUBLIC_URL: 'https://stories.example.org' };
    expect(siteLink('/my/requests', env)).toBe('https://stories.example.org/my/requests');
    expect(() => siteLink('//evil.example/x', env)).toThrow();
    expect(() => siteLink('https://evil.example', env)).toThrow();
  });

  it.each([
    ['http://127.0.0.1:4321', true],
    ['http://127.8.9.1', true],
    ['http://localhost:4321', true],
    ['http://[::1]:4321', true],
    ['http://0.0.0.0:4321', false],
    ['http://192.168.1.4', false],
    ['https://stories.example.org', false],
  ])('isLoopbackOrigin(%s) → %s', (origin, expected) => {
    expect(isLoopbackOrigin(origin)).toBe(expected);
  });
});

describe('whose request it is', () => {
  const PUBLIC = { HEARD_PUBLIC_URL: 'https://stories.example.org' };
  const DEMO = { HOST: '127.0.0.1', PORT: '4321' };
  it.each([
    ['the public host', 'stories.example.org', PUBLIC, true],
    ['the public host with a port', 'stories.example.org:443', PUBLIC, true],
    ['a proxy on this machine', '127.0.0.1:4321', PUBLIC, true],
    ['localhost', 'localhost:4321', DEMO, true],
    ['regression: a rebound name', 'evil.example', PUBLIC, false],
    ['regression: a rebound name on the demo', 'evil.example:4321', DEMO, false],
    ['regression: a host with credentials', 'a@b', PUBLIC, false],
    ['a path', 'stories.example.org/x', PUBLIC, false],
    ['nothing', undefined, PUBLIC, false],
  ] as const)('host: %s', (_rule, host, env, expected) => {
    expect(isOwnHost(host, env)).toBe(expected);
  });

  it.each([
    [
      'the public address',
      'https://stories.example.org',
      { HEARD_PUBLIC_URL: 'https://stories.example.org' },
      true,
    ],
    [
      'regression: the same host over http (a proxy ending HTTPS) is not the public address',
      'http://stories.example.org',
      { HEARD_PUBLIC_URL: 'https://stories.example.org' },
      false,
    ],
    [
      'the demo as localhost',
      'http://localhost:4321',
      { HEARD_PUBLIC_URL: 'http://127.0.0.1:4321' },
      true,
    ],
    [
      'the demo on another port',
      'http://localhost:9999',
      { HEARD_PUBLIC_URL: 'http://127.0.0.1:4321' },
      false,
    ],
    [
      'regression: a rebound name',
      'http://evil.example:4321',
      { HEARD_PUBLIC_URL: 'http://127.0.0.1:4321' },
      false,
    ],
    ['null', 'null', { HEARD_PUBLIC_URL: 'https://stories.example.org' }, false],
  ])('origin: %s', (_rule, origin, env, expected) => {
    expect(isOwnOrigin(origin, env)).toBe(expected);
  });
});

describe('the client network', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['::ffff:203.0.113.7', '203.0.113.7'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:db8:1:2::ffff', '2001:db8:1:2::/64'],
    ['::1', '0:0:0:0::/64'],
    ['not an address', 'not an address'],
  ])('%s → %s', (address, network) => {
    expect(clientNetworkOf(address)).toBe(network);
  });
});

describe('the client address', () => {
  const headers = (forwardedFor?: string) =>
    new Headers(forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor });
  it.each([
    ['no proxy trusted: the header is ignored', {}, '10.0.0.9', '127.0.0.1', '127.0.0.1'],
    ['no header', { HEARD_TRUSTED_PROXIES: 'loopback' }, undefined, '127.0.0.1', '127.0.0.1'],
    [
      'a trusted proxy',
      { HEARD_TRUSTED_PROXIES: 'loopback' },
      '203.0.113.7',
      '127.0.0.1',
      '203.0.113.7',
    ],
    [
      'a forged hop before the real client',
      { HEARD_TRUSTED_PROXIES: '10.0.0.0/8' },
      '1.2.3.4, 203.0.113.7',
      '10.1.2.3',
      '203.0.113.7',
    ],
    [
      'the connection is not a trusted proxy',
      { HEARD_TRUSTED_PROXIES: '10.0.0.0/8' },
      '203.0.113.7',
      '198.51.100.1',
      '198.51.100.1',
    ],
  ])('%s', (_rule, env, forwardedFor, socket, expected) => {
    expect(clientAddressOf(headers(forwardedFor), socket, env)).toBe(expected);
  });

  it('refuses a proxy list it cannot read', () => {
    expect(() =>
      clientAddressOf(headers('1.2.3.4'), '127.0.0.1', { HEARD_TRUSTED_PROXIES: 'not-an-ip' }),
    ).toThrow(/HEARD_TRUSTED_PROXIES/);
  });
});

describe('request limits', () => {
  it.each([
    ['/signin', MAX_FORM_BYTES, 'html'],
    ['/my/stories/abc', MAX_FORM_BYTES, 'html'],
    ['/api/stories/abc/revisions', MAX_SAVE_REQUEST_BYTES, 'json'],
    ['/api/stories/abc/media', MAX_UPLOAD_REQUEST_BYTES, 'json'],
    ['/api/stories/abc/other', MAX_FORM_BYTES, 'json'],
  ])('%s', (path, maxBytes, answer) => {
    expect(bodyLimitFor(path)).toMatchObject({ maxBytes, answer });
  });

  it.each([
    ['/', false],
    ['/search?q=tea%20time', false],
    ['/search?q=caf%C3%A9', false],
    ['/stories/the-harbour-1a2b', false],
    ['/search?q=%00', true],
    ['/stories/%00', true],
    ['/search?q=a%0Ab', true],
    ['/search?q=a%09b', false],
    ['/search?q=%7f', true],
    ['/stories/%ED%A0%80', true],
    ['/search?q=%C3%28', true],
    ['/search?q=%', true],
    ['/search?q=100%25', false],
  ])('checkRequestUrl(%s) refuses: %s', (url, refused) => {
    expect(checkRequestUrl(url) !== undefined).toBe(refused);
  });
});

import { describe, expect, it } from 'vitest';
import { Webhook } from 'standardwebhooks';
import { isPrivateAddress, newWebhookSecret, urlProblem, webhookSignatures } from './webhook.sender.js';

describe('webhook addresses', () => {
  it('loopback, private, link-local, carrier-grade NAT and IPv4-mapped private addresses are private', () => {
    for (const address of [
      '127.0.0.1',
      '10.20.30.40',
      '172.16.0.1',
      '172.31.255.255',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      '::',
      'fe80::1',
      'fd12:3456::1',
      '::ffff:127.0.0.1',
      '::ffff:10.0.0.1',
      'not an address',
    ])
      expect(isPrivateAddress(address), address).toBe(true);
  });

  it('public addresses are not', () => {
    for (const address of ['8.8.8.8', '172.32.0.1', '203.0.113.10', '2001:4860:4860::8888', '::ffff:8.8.8.8'])
      expect(isPrivateAddress(address), address).toBe(false);
  });

  it('a URL is refused for its scheme, credentials or a private literal host unless private hosts are allowed', () => {
    expect(urlProblem('https://hr.example.com/hook', false)).toBeUndefined();
    expect(urlProblem('ftp://hr.example.com/hook', false)).toMatch(/https/);
    expect(urlProblem('https://user:pw@hr.example.com/hook', false)).toMatch(/password/);
    expect(urlProblem('http://127.0.0.1:8080/hook', false)).toMatch(/Private/);
    expect(urlProblem('http://[::1]/hook', false)).toMatch(/Private/);
    expect(urlProblem('http://localhost/hook', false)).toMatch(/Private/);
    expect(urlProblem('http://127.0.0.1:8080/hook', true)).toBeUndefined();
    expect(urlProblem('not a url', true)).toBe('Not a URL');
  });

  it('a new secret is a Standard Webhooks secret that signs and verifies', () => {
    const secret = newWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    const webhook = new Webhook(secret);
    const at = new Date();
    const headers = {
      'webhook-id': 'msg_1',
      'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
      'webhook-signature': webhook.sign('msg_1', at, '{"a":1}'),
    };
    expect(webhook.verify('{"a":1}', headers)).toEqual({ a: 1 });
  });

  it('with two secrets the header carries one v1 signature of each, and a receiver holding either verifies it', () => {
    const [current, previous, stranger] = [newWebhookSecret(), newWebhookSecret(), newWebhookSecret()];
    const at = new Date();
    const message = { id: 'msg_2', body: '{"b":2}', timestamp: at };
    const header = webhookSignatures([current, previous], message);
    expect(header.split(' ')).toEqual([
      webhookSignatures([current], message),
      webhookSignatures([previous], message),
    ]);
    const headers = {
      'webhook-id': 'msg_2',
      'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
      'webhook-signature': header,
    };
    expect(new Webhook(current).verify('{"b":2}', headers)).toEqual({ b: 2 });
    expect(new Webhook(previous).verify('{"b":2}', headers)).toEqual({ b: 2 });
    expect(() => new Webhook(stranger).verify('{"b":2}', headers)).toThrow();
  });
});

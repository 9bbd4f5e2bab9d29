import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { writesKey } from '../../src/parsers/cloudformation.js';

/** The regular expression writesKey replaces (one was built per call). */
function byRegExp(text: string, key: string): boolean {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:^|[\\s{,])["']?${escaped}["']?\\s*:`).test(text);
}

describe('writesKey (where a CloudFormation mapping key is written)', () => {
  it('finds keys in block, flow and JSON style, quoted or not', () => {
    assert.equal(writesKey('  BucketEncryption:', 'BucketEncryption'), true);
    assert.equal(writesKey('    "BucketEncryption" : {', 'BucketEncryption'), true);
    assert.equal(writesKey("{Key: 1, 'Other': 2}", 'Other'), true);
    assert.equal(writesKey('Key:', 'Key'), true);
  });

  it('does not take a longer key, a value or a key without its colon', () => {
    assert.equal(writesKey('  MyBucketEncryption:', 'BucketEncryption'), false);
    assert.equal(writesKey('  Name: BucketEncryption', 'BucketEncryption'), false);
    assert.equal(writesKey('  BucketEncryptionX:', 'BucketEncryption'), false);
    assert.equal(writesKey('  - BucketEncryption', 'BucketEncryption'), false);
    assert.equal(writesKey('', 'Key'), false);
  });

  it('agrees with the regular expression it replaces on generated lines', () => {
    const keys = ['Key', 'a.b', 'Fn::Sub', 'x(y)', 'K', 'Db$1', 'Key Name'];
    const parts = ['', ' ', '\t', '{', ',', '"', "'", ':', ' :', 'x', '-', '[', 'Key', 'a.b', 'Fn::Sub', 'x(y)', 'K', 'Db$1', 'Key Name', ': v'];
    let compared = 0;
    for (const key of keys) {
      for (const a of parts) {
        for (const b of parts) {
          for (const c of parts) {
            const text = `${a}${b}${key}${c}`;
            assert.equal(writesKey(text, key), byRegExp(text, key), JSON.stringify({ text, key }));
            const later = `${a}${key}${b}${c}:`;
            assert.equal(writesKey(later, key), byRegExp(later, key), JSON.stringify({ text: later, key }));
            compared += 2;
          }
        }
      }
    }
    assert.ok(compared > 50_000);
  });
});

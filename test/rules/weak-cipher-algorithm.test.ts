import { weakCipherAlgorithm } from '../../src/rules/weak-cipher-algorithm.js';
import { runRuleTests } from './rule-tester.js';

runRuleTests(weakCipherAlgorithm, {
  valid: [
    { name: 'AES-GCM', code: 'crypto.createCipheriv(\'aes-256-gcm\', key, iv);' },
    { name: 'AES-CBC', code: 'crypto.createCipheriv(\'aes-256-cbc\', key, iv);' },
    { name: 'ChaCha20-Poly1305', code: 'crypto.createCipheriv(\'chacha20-poly1305\', key, iv, { authTagLength: 16 });' },
    { name: 'a run-time algorithm', code: 'crypto.createCipheriv(config.algorithm, key, iv);' },
    { name: 'Node\'s createCipher is EVD-CODE-023', code: 'crypto.createCipher(\'des\', password);' },
    { name: 'CryptoJS AES in CBC', code: 'CryptoJS.AES.encrypt(msg, key, { iv, mode: CryptoJS.mode.CBC });' },
    { name: 'a mode property that is not crypto-js', code: 'const view = { mode: Modes.ECB };' },
  ],
  invalid: [
    {
      name: 'ECB',
      code: 'const c = crypto.createCipheriv(\'aes-128-ecb\', key, null);',
      findings: [
        {
          message: 'Weak cipher \'aes-128-ecb\' in createCipheriv(): ECB mode encrypts equal blocks to equal ciphertext; use AES-GCM or ChaCha20-Poly1305',
          line: 1,
          column: 11,
          endLine: 1,
          endColumn: 58,
          snippet: 'crypto.createCipheriv(\'aes-128-ecb\', key, null)',
        },
      ],
    },
    {
      name: '3DES through a constant',
      code: 'const ALG = \'des-ede3-cbc\';\ncreateDecipheriv(ALG, key, iv);',
      findings: [
        {
          message: 'Weak cipher \'des-ede3-cbc\' in createDecipheriv(): 3DES is a broken cipher; use AES-GCM or ChaCha20-Poly1305',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 31,
          snippet: 'createDecipheriv(ALG, key, iv)',
        },
      ],
    },
    {
      name: 'CryptoJS RC4',
      code: 'CryptoJS.RC4.encrypt(message, passphrase);',
      findings: [
        {
          message: 'Weak cipher RC4 (CryptoJS.RC4.encrypt): RC4 is a broken cipher; use AES-GCM',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 42,
          snippet: 'CryptoJS.RC4.encrypt(message, passphrase)',
        },
      ],
    },
    {
      name: 'CryptoJS ECB mode',
      code: 'CryptoJS.AES.encrypt(msg, key, { mode: CryptoJS.mode.ECB });',
      findings: [
        {
          message: 'ECB mode (CryptoJS.mode.ECB): equal blocks encrypt to equal ciphertext; use AES-GCM or CBC with a random IV and a MAC',
          line: 1,
          column: 34,
          endLine: 1,
          endColumn: 57,
          snippet: 'mode: CryptoJS.mode.ECB',
        },
      ],
    },
    {
      name: 'node-forge DES',
      code: 'forge.cipher.createCipher(\'DES-CBC\', key);',
      findings: [
        {
          message: 'Weak cipher \'DES-CBC\' in createCipher(): DES is a broken cipher; use AES-GCM or ChaCha20-Poly1305',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 42,
          snippet: 'forge.cipher.createCipher(\'DES-CBC\', key)',
        },
      ],
    },
  ],
});

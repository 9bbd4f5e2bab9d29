// Keys for signed cookies (the `cookies` module signs with keygrip).
import Keygrip from 'keygrip';

// Rotated by the platform: current and previous key.
export const cookieKeys = new Keygrip([process.env.COOKIE_KEY_CURRENT as string, process.env.COOKIE_KEY_PREVIOUS as string], 'sha256');

// The kiosk build signs its device cookie with a key baked into the code.
export const kioskKeys = new Keygrip(['kiosk-7f3a9c2e51d8b604'], 'sha256');

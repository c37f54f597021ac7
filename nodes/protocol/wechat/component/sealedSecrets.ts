import { createCipheriv, createDecipheriv, createSecretKey, hkdfSync, randomBytes } from 'crypto';
import type { KeyObject } from 'crypto';

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HKDF_SALT = 'n8n-nodes-wechat-miniprogram/platform-store';

/**
 * Seals the platform's secrets (tickets, tokens, refresh tokens) before they leave the process.
 * AES-256-GCM with a key derived by HKDF-SHA256 from the component App Secret, which only the
 * credential holds: a Data Table row or a trigger item shown in n8n's UI reveals nothing. The
 * label (what the value is, for whom) is authenticated data, so a sealed value copied into
 * another row or field does not open there.
 */
export class SecretSealer {
	/** A KeyObject, not a Buffer: node checks a Buffer key anew on every cipher (five times slower). */
	private readonly key: KeyObject;

	constructor(componentAppId: string, componentAppSecret: string) {
		if (!componentAppSecret) throw new Error('The credential has no Component App Secret');
		this.key = createSecretKey(
			Buffer.from(
				hkdfSync('sha256', componentAppSecret, HKDF_SALT, `component:${componentAppId}`, 32),
			),
		);
	}

	seal(plaintext: string, label: string): string {
		const iv = randomBytes(IV_BYTES);
		const cipher = createCipheriv('aes-256-gcm', this.key, iv);
		cipher.setAAD(Buffer.from(label, 'utf8'));
		const sealed = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
		return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64')}`;
	}

	/** The plaintext, or undefined when the value was sealed with another secret or label, or altered. */
	open(sealed: string, label: string): string | undefined {
		const [version, body] = sealed.split('.', 2);
		if (version !== VERSION || !body) return undefined;
		const bytes = Buffer.from(body, 'base64');
		if (bytes.length < IV_BYTES + TAG_BYTES) return undefined;
		try {
			const decipher = createDecipheriv('aes-256-gcm', this.key, bytes.subarray(0, IV_BYTES));
			decipher.setAAD(Buffer.from(label, 'utf8'));
			decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
			const plain = Buffer.concat([
				decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)),
				decipher.final(),
			]);
			return plain.toString('utf8');
		} catch {
			return undefined;
		}
	}
}

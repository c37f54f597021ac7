import { randomBytes } from 'crypto';

export interface FilePart {
	/** The form field name, e.g. "media" for /cgi-bin/media/upload. */
	field: string;
	fileName: string;
	contentType: string;
	data: Buffer;
}

/**
 * A multipart/form-data body with one file part (RFC 7578), built by hand because runtime code may
 * not depend on a form-data package. The boundary is random, so it cannot occur in the file by chance.
 */
export function multipartFile(part: FilePart): { body: Buffer; contentType: string } {
	const boundary = `----n8nWeChat${randomBytes(16).toString('hex')}`;
	const safeName = part.fileName.replace(/["\r\n\\]/g, '_');
	const head =
		`--${boundary}\r\n` +
		`Content-Disposition: form-data; name="${part.field}"; filename="${safeName}"\r\n` +
		`Content-Type: ${part.contentType}\r\n\r\n`;
	const body = Buffer.concat([
		Buffer.from(head, 'utf8'),
		part.data,
		Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8'),
	]);
	return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

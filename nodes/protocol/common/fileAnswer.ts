import { readJsonObject } from './losslessJson';

/** A file a service answered with (a Mini Program code image, a temporary media file). */
export interface AnsweredFile {
	data: Buffer;
	/** The type the bytes show, or the service's label where the bytes name none. */
	contentType: string;
}

export type FileOrJsonAnswer =
	| { kind: 'json'; answer: Record<string, unknown> }
	| { kind: 'file'; file: AnsweredFile };

const SIGNATURES: Array<{ contentType: string; matches: (data: Buffer) => boolean }> = [
	{
		contentType: 'image/png',
		matches: (d) => d.subarray(0, 4).equals(Buffer.from('89504e47', 'hex')),
	},
	{
		contentType: 'image/jpeg',
		matches: (d) => d.subarray(0, 3).equals(Buffer.from('ffd8ff', 'hex')),
	},
	{ contentType: 'image/gif', matches: (d) => d.subarray(0, 4).toString('latin1') === 'GIF8' },
	{
		contentType: 'image/webp',
		matches: (d) =>
			d.subarray(0, 4).toString('latin1') === 'RIFF' &&
			d.subarray(8, 12).toString('latin1') === 'WEBP',
	},
];

/** The image type its first bytes show, if any. */
export function sniffImageType(data: Buffer): string | undefined {
	return SIGNATURES.find((signature) => signature.matches(data))?.contentType;
}

/**
 * Reads an answer that is a file on success and a JSON error on failure, both with HTTP 200. WeChat
 * labels them inconsistently, so the bytes decide, not the Content-Type: a JSON object is an
 * answer to judge (even labelled image/jpeg), a known image is a file (even labelled JSON).
 * `undefined` when the label says JSON but the bytes are neither: a cut-off or foreign body.
 */
export function readFileOrJsonAnswer(
	data: Buffer,
	labelledType: string,
): FileOrJsonAnswer | undefined {
	const imageType = sniffImageType(data);
	if (imageType) return { kind: 'file', file: { data, contentType: imageType } };
	const firstByte = data.find(
		(byte) => byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09,
	);
	if (firstByte === 0x7b) {
		const answer = readJsonObject(data);
		if (answer) return { kind: 'json', answer };
	}
	const contentType = labelledType.split(';')[0].trim().toLowerCase();
	if (contentType === '' || contentType.includes('json') || contentType.startsWith('text/'))
		return undefined;
	return { kind: 'file', file: { data, contentType } };
}

/**
 * Where a file travels through the retry loop, whose answers are JSON objects: under a symbol, so
 * no JSON key can be mistaken for it and the judge sees an answer with no error code.
 */
const FILE = Symbol('answeredFile');

export function answerCarryingFile(file: AnsweredFile): Record<string, unknown> {
	return { [FILE]: file } as unknown as Record<string, unknown>;
}

export function fileCarriedBy(answer: Record<string, unknown>): AnsweredFile | undefined {
	return (answer as { [FILE]?: AnsweredFile })[FILE];
}

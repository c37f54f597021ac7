import {
	answerCarryingFile,
	fileCarriedBy,
	readFileOrJsonAnswer,
	sniffImageType,
} from '../../../nodes/protocol/common/fileAnswer';

const PNG = Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.alloc(16)]);
const JPEG = Buffer.concat([Buffer.from('ffd8ffe0', 'hex'), Buffer.alloc(16)]);
const jsonError = Buffer.from('{"errcode":41030,"errmsg":"invalid page rid: 6a0b"}');

describe('readFileOrJsonAnswer', () => {
	it('reads a JSON error as an answer to judge even when it is labelled as an image', () => {
		expect(readFileOrJsonAnswer(jsonError, 'image/jpeg')).toEqual({
			kind: 'json',
			answer: { errcode: 41030, errmsg: 'invalid page rid: 6a0b' },
		});
	});

	it('reads an image as a file of the type its bytes show, whatever the label', () => {
		expect(readFileOrJsonAnswer(PNG, 'application/json; charset=utf-8')).toEqual({
			kind: 'file',
			file: { data: PNG, contentType: 'image/png' },
		});
		expect(readFileOrJsonAnswer(JPEG, 'image/png')).toEqual({
			kind: 'file',
			file: { data: JPEG, contentType: 'image/jpeg' },
		});
	});

	it('keeps the label of a file whose bytes name no image type (a voice file)', () => {
		const amr = Buffer.from('#!AMR\n\u0000\u0001');
		expect(readFileOrJsonAnswer(amr, 'audio/amr')).toEqual({
			kind: 'file',
			file: { data: amr, contentType: 'audio/amr' },
		});
	});

	it('finds nothing in a body labelled JSON or text that is neither JSON nor an image', () => {
		expect(readFileOrJsonAnswer(Buffer.from('{"errcode": 4'), 'application/json')).toBeUndefined();
		expect(readFileOrJsonAnswer(Buffer.from('<html>proxy</html>'), 'text/html')).toBeUndefined();
		expect(readFileOrJsonAnswer(Buffer.from(''), '')).toBeUndefined();
	});

	it('keeps a JSON answer that leads with white space', () => {
		expect(readFileOrJsonAnswer(Buffer.from('\n {"errcode":0}'), 'text/plain')).toEqual({
			kind: 'json',
			answer: { errcode: 0 },
		});
	});
});

describe('sniffImageType', () => {
	it('names PNG, JPEG, GIF and WebP', () => {
		expect(sniffImageType(PNG)).toBe('image/png');
		expect(sniffImageType(JPEG)).toBe('image/jpeg');
		expect(sniffImageType(Buffer.from('GIF89a....'))).toBe('image/gif');
		expect(sniffImageType(Buffer.from('RIFF\u0000\u0000\u0000\u0000WEBPVP8 '))).toBe('image/webp');
		expect(sniffImageType(Buffer.from('{}'))).toBeUndefined();
	});
});

describe('a file carried through the retry loop', () => {
	it('travels under a key no JSON answer can hold, and the answer has no error code', () => {
		const answer = answerCarryingFile({ data: PNG, contentType: 'image/png' });
		expect(fileCarriedBy(answer)).toEqual({ data: PNG, contentType: 'image/png' });
		expect(answer.errcode).toBeUndefined();
		expect(Object.keys(answer)).toEqual([]);
		expect(fileCarriedBy({ file: { data: PNG } })).toBeUndefined();
	});
});

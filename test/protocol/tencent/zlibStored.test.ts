import { inflateSync } from 'node:zlib';
import { adler32, zlibStoredStream } from '../../../nodes/protocol/tencent/zlibStored';

describe('zlib stored stream', () => {
	it.each([0, 1, 200, 65535, 65536, 200_000])(
		'node zlib inflates %i bytes back unchanged',
		(size) => {
			const data = Buffer.alloc(size, 0).map((_, i) => (i * 31 + 7) & 0xff);
			expect(inflateSync(zlibStoredStream(data)).equals(Buffer.from(data))).toBe(true);
		},
	);

	it('has a valid zlib header and Adler-32 trailer', () => {
		const stream = zlibStoredStream(Buffer.from('Wikipedia'));
		expect(((stream[0] << 8) | stream[1]) % 31).toBe(0);
		expect(adler32(Buffer.from('Wikipedia'))).toBe(0x11e60398);
		expect(stream.readUInt32BE(stream.length - 4)).toBe(0x11e60398);
	});
});

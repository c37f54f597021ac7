/**
 * A zlib (RFC 1950) stream made of deflate (RFC 1951) *stored* blocks. Every inflater reads it like
 * any other deflate output; it only skips compression, which lets runtime code build a UserSig
 * without the `zlib` module (not allowed on n8n Cloud). A UserSig's JSON is ~200 bytes, so size is moot.
 */
const MAX_STORED_BLOCK = 0xffff;

export function zlibStoredStream(data: Uint8Array): Buffer {
	const blockCount = Math.max(1, Math.ceil(data.length / MAX_STORED_BLOCK));
	const out = Buffer.alloc(2 + blockCount * 5 + data.length + 4);
	// CMF 0x78: deflate, 32K window. FLG 0x01: no preset dictionary, (0x7801 % 31 === 0).
	out[0] = 0x78;
	out[1] = 0x01;
	let at = 2;
	for (let block = 0; block < blockCount; block++) {
		const start = block * MAX_STORED_BLOCK;
		const length = Math.min(MAX_STORED_BLOCK, data.length - start);
		out[at++] = block === blockCount - 1 ? 0x01 : 0x00; // BFINAL bit, BTYPE 00 (stored)
		out.writeUInt16LE(length, at);
		out.writeUInt16LE(~length & 0xffff, at + 2);
		at += 4;
		out.set(data.subarray(start, start + length), at);
		at += length;
	}
	out.writeUInt32BE(adler32(data), at);
	return out;
}

export function adler32(data: Uint8Array): number {
	const MOD = 65521;
	let a = 1;
	let b = 0;
	for (let i = 0; i < data.length; i++) {
		a = (a + data[i]) % MOD;
		b = (b + a) % MOD;
	}
	return ((b << 16) | a) >>> 0;
}

import { deflateSync } from 'node:zlib';

/** Draws a valid PNG (8-bit RGB or RGBA) from a pixel function, for local servers that answer images. */
export function drawPng(
	width: number,
	height: number,
	pixel: (x: number, y: number) => [number, number, number, number?],
	options: { alpha?: boolean } = {},
): Buffer {
	const channels = options.alpha ? 4 : 3;
	const rows = Buffer.alloc((width * channels + 1) * height);
	for (let y = 0; y < height; y++) {
		const rowStart = y * (width * channels + 1);
		rows[rowStart] = 0; // filter: none
		for (let x = 0; x < width; x++) {
			const [r, g, b, a = 255] = pixel(x, y);
			const at = rowStart + 1 + x * channels;
			rows[at] = r;
			rows[at + 1] = g;
			rows[at + 2] = b;
			if (channels === 4) rows[at + 3] = a;
		}
	}
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header[8] = 8; // bit depth
	header[9] = options.alpha ? 6 : 2; // colour type: RGBA or RGB
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', header),
		chunk('IDAT', deflateSync(rows)),
		chunk('IEND', Buffer.alloc(0)),
	]);
}

/** Width and height from a PNG's header, and whether it has an alpha channel. */
export function readPngHeader(png: Buffer): { width: number; height: number; alpha: boolean } {
	return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), alpha: png[25] === 6 };
}

function chunk(type: string, data: Buffer): Buffer {
	const length = Buffer.alloc(4);
	length.writeUInt32BE(data.length);
	const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(typeAndData));
	return Buffer.concat([length, typeAndData, crc]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

function crc32(bytes: Buffer): number {
	let crc = 0xffffffff;
	for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
	return (crc ^ 0xffffffff) >>> 0;
}

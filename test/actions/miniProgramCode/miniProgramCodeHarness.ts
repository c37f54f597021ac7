import type { INodeExecutionData } from 'n8n-workflow';

import { addMiniProgramCodeRoutes } from '../../../testkit/servers/fakeWeChat/miniProgramCodeRoutes';
import { resourceRunner, startWeChatWith, useOperation, useWorld } from '../operationHarness';

export { itemOf } from '../../helpers/runWeChatResource';

export const CODE_PATHS = {
	createUnlimitedCode: '/wxa/getwxacodeunlimit',
	createCode: '/wxa/getwxacode',
	createQrCode: '/cgi-bin/wxaapp/createwxaqrcode',
} as const;

/** A local WeChat that draws Mini Program codes (its clock is the test file's virtual clock). */
export const startCodeWorld = startWeChatWith((server) => ({
	codes: addMiniProgramCodeRoutes(server),
}));
export type CodeWorld = Awaited<ReturnType<typeof startCodeWorld>>;

/** Runs the node's Mini Program Code resource over `items` through n8n's engine. */
export const runCodes = resourceRunner('miniProgramCode');

/** The bytes of an item's binary field (n8n keeps small files base64 in the item). */
export function binaryBytes(item: INodeExecutionData, field = 'data'): Buffer {
	return Buffer.from(item.binary![field].data, 'base64');
}

export const PNG_SIGNATURE = Buffer.from('89504e470d0a1a0a', 'hex');

/** The width and height a PNG's IHDR holds. */
export function pngSize(png: Buffer): { width: number; height: number } {
	return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** A fresh CodeWorld for each test of the calling describe block (stopped after it). */
export const useCodeWorld = () => useWorld(startCodeWorld);

/** One Mini Program Code operation's tests (see useOperation), its requests counted at its path. */
export const useCodeOperation = (
	operation: keyof typeof CODE_PATHS,
	base: Record<string, unknown> = {},
) => useOperation(startCodeWorld, 'miniProgramCode', operation, CODE_PATHS[operation], base);

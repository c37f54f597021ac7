import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { itemsIntoWeChatNode, runWorkflow } from '../../../testkit/engine/runWorkflow';
import { weChatCredentials } from '../../../testkit/servers/fakeWeChat/credentials';
import {
	addMiniProgramCodeRoutes,
	type FakeCodeState,
} from '../../../testkit/servers/fakeWeChat/miniProgramCodeRoutes';
import type { FakeWeChatServer } from '../../../testkit/servers/fakeWeChat/server';
import { startFakeWeChat } from '../../helpers/startFakeWeChat';

export const CODE_PATHS = {
	createUnlimitedCode: '/wxa/getwxacodeunlimit',
	createCode: '/wxa/getwxacode',
	createQrCode: '/cgi-bin/wxaapp/createwxaqrcode',
} as const;

/** A local WeChat that draws Mini Program codes (its clock is the test file's virtual clock). */
export interface CodeWorld {
	server: FakeWeChatServer;
	codes: FakeCodeState;
}

export async function startCodeWorld(): Promise<CodeWorld> {
	const server = await startFakeWeChat();
	return { server, codes: addMiniProgramCodeRoutes(server) };
}

/** Runs the node's Mini Program Code resource over `items` through n8n's engine. */
export async function runCodes(
	world: CodeWorld,
	items: IDataObject[],
	parameters: Record<string, unknown>,
	nodeSettings: Record<string, unknown> = {},
) {
	const result = await runWorkflow(
		itemsIntoWeChatNode(
			items,
			{ resource: 'miniProgramCode', ...parameters } as never,
			weChatCredentials(world.server),
			nodeSettings,
		),
	);
	const runs = result.run.data.resultData.runData.WeChat;
	const items_: INodeExecutionData[] = runs?.[runs.length - 1]?.data?.main[0] ?? [];
	return { ...result, items: items_ };
}

/** The bytes of an item's binary field (n8n keeps small files base64 in the item). */
export function binaryBytes(item: INodeExecutionData, field = 'data'): Buffer {
	return Buffer.from(item.binary![field].data, 'base64');
}

export const PNG_SIGNATURE = Buffer.from('89504e470d0a1a0a', 'hex');

/** The width and height a PNG's IHDR holds. */
export function pngSize(png: Buffer): { width: number; height: number } {
	return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The input item an error names (n8n shows it as "item N"). */
export function itemOf(error: unknown): number | undefined {
	return (error as { context?: { itemIndex?: number } } | undefined)?.context?.itemIndex;
}

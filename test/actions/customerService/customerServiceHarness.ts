import { addCustomerServiceRoutes } from '../../../testkit/servers/fakeWeChat/customerServiceRoutes';
import type { FakeCustomerServiceState } from '../../../testkit/servers/fakeWeChat/customerServiceRoutes';
import { addMediaRoutes } from '../../../testkit/servers/fakeWeChat/mediaRoutes';
import type { FakeMediaState } from '../../../testkit/servers/fakeWeChat/mediaRoutes';
import type { FakeWeChatServer } from '../../../testkit/servers/fakeWeChat/server';
import { runBroadcast } from '../broadcastHarness';
import type { InputItem } from '../broadcastHarness';
import { startFakeWeChat } from '../../helpers/startFakeWeChat';
import { useWorld } from '../operationHarness';

export const SEND = '/cgi-bin/message/custom/send';
export const TYPING = '/cgi-bin/message/custom/business/typing';
export const UPLOAD = '/cgi-bin/media/upload';
export const MEDIA_GET = '/cgi-bin/media/get';

export interface CustomerServiceWeChat {
	server: FakeWeChatServer;
	media: FakeMediaState;
	service: FakeCustomerServiceState;
	/** The local WeChat's clock: tests move it on. */
	clock: { now: number };
}

export async function startCustomerServiceWeChat(): Promise<CustomerServiceWeChat> {
	const server = await startFakeWeChat();
	const media = addMediaRoutes(server);
	const clock = { now: Date.UTC(2026, 0, 5, 9, 0, 0) };
	const service = addCustomerServiceRoutes(server, media, () => clock.now);
	return { server, media, service, clock };
}

/** Runs Emit Binary Items -> the WeChat node (resource Customer Service) through n8n's engine. */
export const runCustomerService = async (
	weChat: CustomerServiceWeChat,
	parameters: Record<string, unknown>,
	items: InputItem[] = [{}],
	settings: Record<string, unknown> = {},
) => await runBroadcast(weChat, { resource: 'customerService', ...parameters }, items, settings);

/** A fresh local WeChat with customer service for each test of the calling describe block, and a run on it. */
export function useCustomerService() {
	const weChat = useWorld(startCustomerServiceWeChat);
	const run = async (
		parameters: Record<string, unknown>,
		items?: InputItem[],
		settings?: Record<string, unknown>,
	) => await runCustomerService(weChat(), parameters, items, settings);
	return { weChat, run };
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

/** A PNG of `size` bytes: the PNG signature, then bytes that are not valid UTF-8. */
export function pngFile(size: number, seed = 1): { data: Buffer; mimeType: string } {
	const signature = Buffer.from('89504e470d0a1a0a', 'hex');
	const rest = Buffer.alloc(Math.max(0, size - signature.length));
	for (let index = 0; index < rest.length; index++)
		rest[index] = (index * 31 + seed * 7 + 0x80) & 0xff;
	return { data: Buffer.concat([signature, rest]), mimeType: 'image/png' };
}

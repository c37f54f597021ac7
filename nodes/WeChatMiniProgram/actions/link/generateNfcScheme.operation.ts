import { generateNfcScheme } from '../../transport/weChatApi/link';
import { readWeChatRequestsInFlight } from '../callOptions';
import { refuseIf } from '../refuseItem';
import { weChatItemOperation } from '../weChatItemOperation';
import { linkOptions, readTarget, targetFields } from './linkFields';

export const { description, execute } = weChatItemOperation({
	resource: 'link',
	operation: 'generateNfcScheme',
	properties: [
		...targetFields,
		{
			displayName: 'Model ID',
			name: 'modelId',
			type: 'string',
			required: true,
			default: '',
			description: "The NFC device model's ID, as registered with WeChat for the Mini Program",
		},
		{
			displayName: 'Serial Number',
			name: 'serialNumber',
			type: 'string',
			default: '',
			description: "The tag's serial number, when the scheme is for one tag",
		},
		linkOptions,
	],
	inFlight: readWeChatRequestsInFlight,
	async item(ctx, client, itemIndex) {
		const target = readTarget(ctx, itemIndex);
		const modelId = String(ctx.getNodeParameter('modelId', itemIndex)).trim();
		refuseIf(ctx, itemIndex, modelId === '' ? 'Model ID is empty' : undefined);
		const serialNumber = String(ctx.getNodeParameter('serialNumber', itemIndex, '')).trim();
		const scheme = await generateNfcScheme(client, target, { modelId, serialNumber });
		return { scheme, path: target.path, query: target.query, modelId, serialNumber };
	},
});

import { modifySubscriber } from '../../transport/tencentApi/chatOfficialAccount';
import { tencentInFlightOperation } from '../tencentItemOperation';
import { officialAccountField, readOfficialAccount, readRequiredString } from './fields';

export const { description, execute } = tencentInFlightOperation({
	resource: 'chatOfficialAccount',
	operation: 'updateSubscriber',
	properties: [
		officialAccountField,
		{
			displayName: 'Subscriber UserID',
			name: 'subscriber',
			type: 'string',
			required: true,
			default: '',
		},
		{
			displayName: 'Custom String',
			name: 'customString',
			type: 'string',
			default: '',
			description: "The subscriber's custom field on this official account",
		},
	],
	async item(ctx, client, itemIndex) {
		const officialAccount = readOfficialAccount(ctx, itemIndex);
		const subscriber = readRequiredString(ctx, 'subscriber', 'Subscriber UserID', itemIndex);
		const customString = String(ctx.getNodeParameter('customString', itemIndex, ''));
		await modifySubscriber(client, officialAccount, subscriber, customString);
		return { officialAccount, subscriber, customString };
	},
});

import { generateUrlScheme } from '../../transport/weChatApi/link';
import { expiringLinkOperation } from './expiringLinkOperation';

export const { description, execute } = expiringLinkOperation({
	operation: 'generateUrlScheme',
	field: 'scheme',
	generate: generateUrlScheme,
});

import { generateUrlLink } from '../../transport/weChatApi/link';
import { expiringLinkOperation } from './expiringLinkOperation';

export const { description, execute } = expiringLinkOperation({
	operation: 'generateUrlLink',
	field: 'urlLink',
	generate: generateUrlLink,
});

import { getSchemeInfo } from '../../transport/weChatApi/link';
import { linkInfoOperation } from './linkInfo';

export const { description, execute } = linkInfoOperation({
	operation: 'getSchemeInfo',
	field: 'scheme',
	displayName: 'Scheme',
	placeholder: 'e.g. weixin://dl/business/?t=XTSkBZlzqmn',
	description: 'A URL Scheme or NFC scheme the Mini Program made',
	get: getSchemeInfo,
});

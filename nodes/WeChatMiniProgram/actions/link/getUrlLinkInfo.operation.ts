import { getUrlLinkInfo } from '../../transport/weChatApi/link';
import { linkInfoOperation } from './linkInfo';

export const { description, execute } = linkInfoOperation({
	operation: 'getUrlLinkInfo',
	field: 'urlLink',
	displayName: 'URL Link',
	placeholder: 'e.g. https://wxaurl.cn/BQZRrcFCPvg',
	description: 'A URL Link the Mini Program made',
	get: getUrlLinkInfo,
});

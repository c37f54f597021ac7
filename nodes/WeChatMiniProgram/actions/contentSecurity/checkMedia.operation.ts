import { assertNoProblems } from '../../../protocol/wechat/broadcast/ruleViolation';
import {
	MEDIA_TYPES,
	mediaCheckProblems,
} from '../../../protocol/wechat/contentSecurity/checkRules';
import type { MediaCheck } from '../../../protocol/wechat/contentSecurity/checkRules';
import { checkMediaAsync } from '../../transport/weChatApi';
import { weChatItemOperation } from '../weChatItemOperation';
import { sceneField, userOpenidField } from './fields';

export const { description, execute } = weChatItemOperation({
	resource: 'contentSecurity',
	operation: 'checkMedia',
	properties: [
		{
			displayName:
				"The verdict arrives later (within 30 minutes) as the WeChat Mini Program Trigger's Media Check Result event, with the same trace ID as this output. Keep the trace ID (e.g. in a Data Table) to match the two.",
			name: 'checkMediaNotice',
			type: 'notice',
			default: '',
		},
		{
			displayName: 'Media URL',
			name: 'mediaUrl',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. https://cdn.example.com/uploads/photo.jpg',
			description:
				'A public address of the image (JPG, PNG, BMP, GIF: its first frame) or audio (MP3, AAC, AC3, WMA, FLAC, Vorbis, Opus, WAV) to check',
		},
		{
			displayName: 'Media Type',
			name: 'mediaType',
			type: 'options',
			default: 'image',
			options: [
				{ name: 'Audio', value: 'audio' },
				{ name: 'Image', value: 'image' },
			],
		},
		userOpenidField,
		sceneField,
	],
	async item(ctx, client, itemIndex) {
		const mediaType = String(ctx.getNodeParameter('mediaType', itemIndex, 'image'));
		const check: MediaCheck = {
			media_url: String(ctx.getNodeParameter('mediaUrl', itemIndex, '')).trim(),
			media_type: MEDIA_TYPES[mediaType as keyof typeof MEDIA_TYPES] ?? 0,
			openid: String(ctx.getNodeParameter('openid', itemIndex, '')).trim(),
			scene: Number(ctx.getNodeParameter('scene', itemIndex, 2)),
		};
		assertNoProblems('/wxa/media_check_async', mediaCheckProblems(check));
		const { traceId } = await checkMediaAsync(client, check);
		return {
			traceId,
			mediaUrl: check.media_url,
			mediaType,
			openid: check.openid,
			scene: check.scene,
		};
	},
});

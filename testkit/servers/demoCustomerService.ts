import { addContentSecurityRoutes, userVisited } from './fakeWeChat/contentSecurityRoutes';
import { addCustomerServiceRoutes, userWrote } from './fakeWeChat/customerServiceRoutes';
import type { FakeMediaState } from './fakeWeChat/mediaRoutes';
import type { FakeWeChatServer } from './fakeWeChat/server';

/** The image a demo user sent to customer service (its MediaId is in the demo's media). */
export const DEMO_USER_IMAGE_MEDIA_ID = 'MEDIA_demo_user_photo';

/**
 * Customer service and content security for the demo: `openid` has just written (5 answers in the
 * next 48 h) and opened the Mini Program (its texts can be checked), and has sent one image.
 */
export function seedDemoCustomerService(
	weChat: FakeWeChatServer,
	media: FakeMediaState,
	openid: string,
	image: Buffer,
): void {
	const service = addCustomerServiceRoutes(weChat, media);
	userWrote(service, openid);
	const security = addContentSecurityRoutes(weChat);
	userVisited(security, openid);
	media.media.set(DEMO_USER_IMAGE_MEDIA_ID, {
		fileName: 'photo.png',
		contentType: 'image/png',
		bytes: image,
	});
}

import { triggerUserOpenidField } from '../openidField';

/** The user a customer service call is for: the trigger's FromUserName. */
export const openidField = triggerUserOpenidField(
	'Recipient Openid',
	"The openid of the user who wrote to the Mini Program's customer service: the trigger gives it as FromUserName",
);

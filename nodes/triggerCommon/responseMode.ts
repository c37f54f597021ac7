import { fromFunction, webhookDescriptionFields } from 'n8n-workflow';
import type { INodeParameters, IWebhookDescription } from 'n8n-workflow';

type ResponseMode = 'onReceived' | 'responseNode';

/**
 * A webhook's `responseMode` computed from the node's parameters. n8n 2.41 evaluates a webhook
 * description's expression on every request with its expression engine; a field declared with
 * `fromFunction` is resolved natively instead (the function is called on the node's parameters),
 * as n8n's own Webhook node does, whenever the node's parameters hold no expression. The template
 * stays for the editor and for a node whose parameters are expressions. On an n8n whose
 * n8n-workflow has no such fields, the template alone is used, as before.
 *
 * `choose` must be self-contained (no outer name): its source becomes the template.
 */
export function responseModeFrom(
	choose: (parameters: INodeParameters) => ResponseMode,
): Pick<IWebhookDescription, 'responseMode'> {
	if (typeof fromFunction !== 'function' || typeof webhookDescriptionFields !== 'function')
		return { responseMode: `={{(${String(choose)})($parameter)}}` };
	return webhookDescriptionFields({ responseMode: fromFunction(choose) });
}

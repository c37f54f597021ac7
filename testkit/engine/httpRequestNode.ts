import type {
	IDataObject,
	IExecuteFunctions,
	INode,
	INodeExecutionData,
	INodeType,
	IRequestOptions,
} from 'n8n-workflow';

import { standInDescription } from './engineNodeTypes';

/** The type name n8n-core gives full credential access to (FULL_ACCESS_NODE_TYPES), as n8n's own. */
export const HTTP_REQUEST_NODE_TYPE = 'n8n-nodes-base.httpRequest';

/**
 * What n8n's HTTP Request node (v4, Authentication: Predefined Credential Type) does with a
 * community credential: it builds legacy request options with `uri` and calls
 * `helpers.requestWithAuthentication`, which runs the credential's preAuthentication and
 * authenticate and sends the request. n8n-nodes-base is not a dependency; this is its code path.
 */
class HttpRequestStandIn implements INodeType {
	description = standInDescription({
		displayName: 'HTTP Request',
		name: 'httpRequest',
		group: ['output'],
		version: 4,
		description: "Stand-in for n8n's HTTP Request node",
		properties: [
			{ displayName: 'Method', name: 'method', type: 'string', default: 'POST' },
			{ displayName: 'URL', name: 'url', type: 'string', default: '' },
			{ displayName: 'Credential Type', name: 'nodeCredentialType', type: 'string', default: '' },
			{ displayName: 'Body', name: 'body', type: 'json', default: '{}' },
		],
	});

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const out: INodeExecutionData[] = [];
		for (let item = 0; item < this.getInputData().length; item++) {
			const body = this.getNodeParameter('body', item) as string | IDataObject;
			const options: IRequestOptions = {
				headers: {},
				method: this.getNodeParameter('method', item) as IRequestOptions['method'],
				uri: this.getNodeParameter('url', item) as string,
				body: typeof body === 'string' ? (JSON.parse(body) as IDataObject) : body,
				json: true,
				gzip: true,
				followRedirect: false,
			};
			const answer = (await this.helpers.requestWithAuthentication.call(
				this,
				this.getNodeParameter('nodeCredentialType', item) as string,
				options,
				undefined,
				item,
			)) as IDataObject;
			out.push({ json: answer, pairedItem: { item } });
		}
		return [out];
	}
}

export const httpRequestNodeTypes = { [HTTP_REQUEST_NODE_TYPE]: new HttpRequestStandIn() };

/** An HTTP Request node using the credential `credentialType` for `url`. */
export function httpRequestNode(
	credentialType: string,
	url: string,
	body: IDataObject = {},
): INode {
	return {
		id: 'http',
		name: 'HTTP Request',
		type: HTTP_REQUEST_NODE_TYPE,
		typeVersion: 4,
		position: [0, 0],
		parameters: {
			method: 'POST',
			url,
			nodeCredentialType: credentialType,
			body: JSON.stringify(body),
		},
		credentials: { [credentialType]: { id: `${credentialType}-id`, name: credentialType } },
	};
}

import { ICredentialsHelper } from 'n8n-workflow';
import type {
	ICredentialDataDecryptedObject,
	ICredentials,
	ICredentialType,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INode,
	INodeProperties,
	Workflow,
} from 'n8n-workflow';

import { WeChatMiniProgramApi } from '../../credentials/WeChatMiniProgramApi.credentials';

const credentialTypes: Record<string, ICredentialType> = {
	weChatMiniProgramApi: new WeChatMiniProgramApi(),
};

/** Lets other test files register more credential types (e.g. Tencent Cloud Chat) by name. */
export function registerCredentialType(type: ICredentialType): void {
	credentialTypes[type.name] = type;
}

/**
 * Plays n8n's credential store for a test run: hands decrypted credential data to nodes and
 * runs a credential type's preAuthentication/authenticate like the CLI does.
 */
export class InMemoryCredentials extends ICredentialsHelper {
	readonly decryptCalls: string[] = [];

	constructor(private readonly data: Record<string, ICredentialDataDecryptedObject>) {
		super();
	}

	getParentTypes(): string[] {
		return [];
	}

	isCredentialUsableByNode(): boolean {
		return true;
	}

	/** Function authentication runs as is; generic authentication resolves its expressions like the CLI. */
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions,
		workflow?: Workflow,
		node?: INode,
	): Promise<IHttpRequestOptions> {
		const authenticate = credentialTypes[typeName]?.authenticate;
		if (typeof authenticate === 'function') return await authenticate(credentials, requestOptions);
		if (authenticate?.type !== 'generic') return requestOptions;
		const resolve = (value: unknown) =>
			typeof value === 'string' && value.startsWith('=') && workflow && node
				? workflow.expression.getSimpleParameterValue(
						node,
						value,
						'internal',
						{ $credentials: credentials },
						undefined,
						'',
					)
				: value;
		const options = requestOptions as unknown as Record<
			string,
			Record<string, unknown> | undefined
		>;
		for (const [target, values] of Object.entries(authenticate.properties)) {
			const resolved = Object.fromEntries(
				Object.entries(values as Record<string, unknown>).map(([key, value]) => [
					key,
					resolve(value),
				]),
			);
			options[target] = { ...(options[target] ?? {}), ...resolved };
		}
		return requestOptions;
	}

	/** Like the CLI: only when the credential has an expirable field that is empty or expired. */
	async preAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		_node: unknown,
		credentialsExpired: boolean,
	): Promise<ICredentialDataDecryptedObject | undefined> {
		const expirable = credentialTypes[typeName]?.properties.find(
			(property) => property.type === 'hidden' && property.typeOptions?.expirable === true,
		);
		if (!expirable || (!credentialsExpired && credentials[expirable.name])) return undefined;
		return await this.runPreAuthentication(helpers, credentials, typeName);
	}

	async runPreAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
	): Promise<ICredentialDataDecryptedObject | undefined> {
		const type = credentialTypes[typeName];
		if (!type?.preAuthentication) return undefined;
		return (await type.preAuthentication.call(helpers, credentials)) as
			| ICredentialDataDecryptedObject
			| undefined;
	}

	async getCredentials(): Promise<ICredentials> {
		throw new Error('not used by these tests');
	}

	async getDecrypted(_additionalData: unknown, _nodeCredentials: unknown, type: string) {
		this.decryptCalls.push(type);
		const data = this.data[type];
		if (!data) throw new Error(`No test credentials of type ${type}`);
		return { ...data };
	}

	async updateCredentials(): Promise<void> {}

	async updateCredentialsOauthTokenData(): Promise<void> {}

	getCredentialsProperties(type: string): INodeProperties[] {
		return credentialTypes[type]?.properties ?? [];
	}
}

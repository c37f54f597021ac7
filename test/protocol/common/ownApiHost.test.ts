import { assertOwnApiHost, requestUrlOf } from '../../../nodes/protocol/common/ownApiHost';

const BASE = 'https://wechat-proxy.example.com/wx';

describe('the host a credential signs for', () => {
	test.each([
		['an absolute URL under the base', { url: 'https://wechat-proxy.example.com/wx/cgi-bin/x' }],
		['the base path itself', { uri: 'https://wechat-proxy.example.com/wx' }],
		['a relative URL on the base (the credential Test)', { baseURL: BASE, url: '/cgi-bin/x' }],
	])('signs %s', (_, request) => {
		expect(() => assertOwnApiHost('X', 'token', BASE, request)).not.toThrow();
	});

	test.each([
		['another host', { url: 'https://evil.example/wx/cgi-bin/x' }],
		['the same host over http', { url: 'http://wechat-proxy.example.com/wx/x' }],
		['another port', { url: 'https://wechat-proxy.example.com:8443/wx/x' }],
		['a path beside the base path', { url: 'https://wechat-proxy.example.com/wxevil/x' }],
		['dot segments out of the base path', { url: 'https://wechat-proxy.example.com/wx/../admin' }],
		['userinfo before another host', { url: 'https://wechat-proxy.example.com@evil.example/wx' }],
		['userinfo on the own host', { url: 'https://user:pw@wechat-proxy.example.com/wx/x' }],
		['an absolute URL beside a baseURL', { baseURL: BASE, url: 'https://evil.example/wx' }],
		['no URL at all', {}],
		['a URL that does not parse', { url: 'https://' }],
	])('refuses %s', (_, request) => {
		expect(() => assertOwnApiHost('X', 'token', BASE, request)).toThrow(
			/The X credential adds its token only to requests for its own API \(https:\/\/wechat-proxy\.example\.com\/wx\): refused for .*nothing was sent/,
		);
	});

	test('joins a relative URL to its baseURL as axios does', () => {
		expect(requestUrlOf({ baseURL: `${BASE}/`, url: 'cgi-bin/x' })?.href).toBe(
			'https://wechat-proxy.example.com/wx/cgi-bin/x',
		);
	});
});

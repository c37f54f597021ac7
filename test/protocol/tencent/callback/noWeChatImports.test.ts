import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Issue 7: platform-neutral callback code lives in protocol/common; Tencent's code must not reach into WeChat's.
describe('protocol/tencent', () => {
	test('imports nothing from protocol/wechat', () => {
		const root = join(__dirname, '../../../../nodes/protocol/tencent');
		const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) =>
			f.endsWith('.ts'),
		);
		expect(files.length).toBeGreaterThan(5);
		const offenders = files.filter((f) =>
			/from '[^']*\/wechat\//.test(readFileSync(join(root, f), 'utf8')),
		);
		expect(offenders).toEqual([]);
	});
});

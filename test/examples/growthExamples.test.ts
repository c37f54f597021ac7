/**
 * The two growth examples as a user imports them, run through n8n's engine with n8n's own Data
 * Table node (from the n8n that scripts/n8n/install.js keeps) on the testkit's Data Tables, which
 * serve only n8n's Data Table nodes as n8n 2.41.1 does, against the local WeChat. The trigger
 * becomes Emit Items of one empty item (what a Schedule or Manual Trigger hands on).
 */
import type { INode, INodeType } from 'n8n-workflow';

import { useVirtualClock } from '../../testkit/clock/defaultClock';
import { InMemoryDataTables } from '../../testkit/engine/dataTables';
import { installedN8nModules, n8nNodeType } from '../../testkit/engine/n8nBuiltinNodes';
import { runWorkflow } from '../../testkit/engine/runWorkflow';
import { addAnalyticsRoutes } from '../../testkit/servers/fakeWeChat/analyticsRoutes';
import { weChatCredentials } from '../../testkit/servers/fakeWeChat/credentials';
import { addLinkRoutes } from '../../testkit/servers/fakeWeChat/linkRoutes';
import type { FakeLinkState } from '../../testkit/servers/fakeWeChat/linkRoutes';
import type { FakeWeChatServer } from '../../testkit/servers/fakeWeChat/server';
import { startFakeWeChat } from '../helpers/startFakeWeChat';
import { readExample } from './exampleFiles';

const modules = installedN8nModules();
if (!modules)
	console.warn(
		'n8n 2.41.1 is not installed (node scripts/n8n/install.js): the growth example runs are skipped',
	);
const withN8n = modules ? describe : describe.skip;

const TRIGGERS = ['n8n-nodes-base.scheduleTrigger', 'n8n-nodes-base.manualTrigger'];

function asImported(file: string) {
	const example = readExample(file);
	const nodes: INode[] = example.nodes
		.filter((node) => node.type !== 'n8n-nodes-base.stickyNote')
		.map((node) =>
			TRIGGERS.includes(node.type)
				? { ...node, type: 'test.emitItems', typeVersion: 1, parameters: { items: '[{}]' } }
				: node,
		);
	return { nodes, connections: example.connections };
}

function dataTableNode(): Record<string, INodeType> {
	return {
		'n8n-nodes-base.dataTable': n8nNodeType(
			modules!,
			'n8n-nodes-base/dist/nodes/DataTable/DataTable.node.js',
			'DataTable',
		),
	};
}

async function createTable(
	tables: InMemoryDataTables,
	name: string,
	columns: Array<[string, 'string' | 'number']>,
): Promise<string> {
	const project = await tables.getDataTableAggregateProxy(undefined, {
		type: 'n8n-nodes-base.dataTable',
	});
	const table = await project.createDataTable({
		name,
		columns: columns.map(([column, type]) => ({ name: column, type })),
	});
	return table.id;
}

async function rowsOf(tables: InMemoryDataTables, id: string) {
	const proxy = await tables.getDataTableProxy(undefined, { type: 'n8n-nodes-base.dataTable' }, id);
	return (await proxy.getManyRowsAndCount({})).data;
}

withN8n('Example: daily analytics into Data Tables', () => {
	let server: FakeWeChatServer;
	afterEach(async () => await server.stop());

	test("yesterday's visit trend and top 10 pages become rows of the two tables", async () => {
		useVirtualClock(Date.UTC(2026, 2, 4, 0, 0)); // 08:00 on 4 March in China
		server = await startFakeWeChat();
		const analytics = addAnalyticsRoutes(server);
		analytics.pages = Array.from({ length: 14 }, (_, page) => `pages/p${page}/p${page}`);
		const tables = new InMemoryDataTables({ asN8n: true });
		const visits = await createTable(tables, 'mini_program_daily_visits', [
			['ref_date', 'string'],
			...[
				'session_cnt',
				'visit_pv',
				'visit_uv',
				'visit_uv_new',
				'stay_time_uv',
				'stay_time_session',
				'visit_depth',
			].map((column) => [column, 'number'] as [string, 'number']),
		]);
		const pages = await createTable(tables, 'mini_program_top_pages', [
			['ref_date', 'string'],
			['page_path', 'string'],
			...[
				'page_visit_pv',
				'page_visit_uv',
				'page_staytime_pv',
				'entrypage_pv',
				'exitpage_pv',
				'page_share_pv',
				'page_share_uv',
			].map((column) => [column, 'number'] as [string, 'number']),
		]);

		const result = await runWorkflow({
			...asImported('daily-analytics-to-data-table.json'),
			credentials: weChatCredentials(server),
			extraNodeTypes: dataTableNode(),
			dataTables: tables,
		});
		expect(result.error).toBeUndefined();
		const visitRows = await rowsOf(tables, visits);
		expect(visitRows).toHaveLength(1);
		expect(visitRows[0]).toMatchObject({
			ref_date: '20260303',
			visit_pv: result.output("Yesterday's Visit Trend")[0].visit_pv,
		});
		const pageRows = await rowsOf(tables, pages);
		expect(pageRows.map((row) => row.page_path)).toEqual(analytics.pages.slice(0, 10));
		expect(new Set(pageRows.map((row) => row.ref_date))).toEqual(new Set(['20260303']));
		expect(server.callsTo('/datacube/getweanalysisappidvisitpage')[0].body).toEqual({
			begin_date: '20260303',
			end_date: '20260303',
		});
	});
});

withN8n('Example: a URL Link per campaign recipient, written back', () => {
	let server: FakeWeChatServer;
	let links: FakeLinkState;
	afterEach(async () => await server.stop());

	test('recipients without a link get one in their row; a refused one gets the reason; a second run fills only what is left', async () => {
		server = await startFakeWeChat();
		links = addLinkRoutes(server);
		const tables = new InMemoryDataTables({ asN8n: true });
		const id = await createTable(
			tables,
			'campaign_recipients',
			['name', 'phone', 'uid', 'campaign', 'urlLink', 'linkExpiresAt', 'linkError'].map(
				(column) => [column, 'string'] as [string, 'string'],
			),
		);
		const proxy = await tables.getDataTableProxy(
			undefined,
			{ type: 'n8n-nodes-base.dataTable' },
			id,
		);
		await proxy.insertRows(
			[
				{ name: 'Li Lei', phone: '139****0001', uid: 'u1', campaign: 'spring', urlLink: '' },
				{
					name: 'Han Meimei',
					phone: '139****0002',
					uid: 'u2',
					campaign: 'spring',
					urlLink: 'https://wxaurl.cn/old',
				},
				{ name: 'Wang Fang', phone: '139****0003', uid: 'u 3', campaign: 'spring', urlLink: '' },
				{ name: 'Zhang Wei', phone: '139****0004', uid: 'u4', campaign: 'spring', urlLink: '' },
			],
			'id',
		);
		const run = async () =>
			await runWorkflow({
				...asImported('campaign-recipients-url-links.json'),
				credentials: weChatCredentials(server),
				extraNodeTypes: dataTableNode(),
				dataTables: tables,
			});

		const first = await run();
		expect(first.error).toBeUndefined();
		let rows = await rowsOf(tables, id);
		const byUid = (uid: string) => rows.find((row) => row.uid === uid)!;
		expect(byUid('u1').urlLink).toMatch(/^https:\/\/wxaurl\.cn\/\w+$/);
		expect(byUid('u4').urlLink).toMatch(/^https:\/\/wxaurl\.cn\/\w+$/);
		expect(byUid('u1').urlLink).not.toBe(byUid('u4').urlLink);
		expect(byUid('u2').urlLink).toBe('https://wxaurl.cn/old'); // it had one: not read, not touched
		expect(byUid('u 3').urlLink).toBe('');
		expect(String(byUid('u 3').linkError)).toContain('Query holds " "');
		expect(links.links.get(String(byUid('u1').urlLink))).toMatchObject({
			path: 'pages/campaign/campaign',
			query: 'campaign=spring&uid=u1',
		});
		expect(server.callsTo('/wxa/generate_urllink')).toHaveLength(2);

		await proxy.updateRows({
			filter: { type: 'and', filters: [{ columnName: 'uid', condition: 'eq', value: 'u 3' }] },
			data: { uid: 'u3' },
		});
		expect((await run()).error).toBeUndefined();
		rows = await rowsOf(tables, id);
		expect(byUid('u3').urlLink).toMatch(/^https:\/\/wxaurl\.cn\/\w+$/);
		expect(byUid('u3').linkError).toBe('');
		expect(server.callsTo('/wxa/generate_urllink')).toHaveLength(3);
	});
});

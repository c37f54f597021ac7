import { XMLParser } from 'fast-xml-parser';

import { readXml } from '../../../../nodes/protocol/wechat/callback/xmlReader';
import { xmlToObject } from '../../../../nodes/protocol/wechat/callback/xmlToObject';
import { rejectionOf } from '../../../helpers/callbackRejection';
import {
	EVENT_FIXTURES,
	UNKNOWN_EVENT_XML,
} from '../../../../testkit/fixtures/wechatEventFixtures';

/** fast-xml-parser set up to produce the same shape: strings only, no attributes, CDATA as text. */
const reference = new XMLParser({
	ignoreAttributes: true,
	parseTagValue: false,
	trimValues: true,
	processEntities: true,
});

function ours(xml: string) {
	return xmlToObject(readXml(xml));
}

function theirs(xml: string) {
	return (reference.parse(xml) as { xml: unknown }).xml;
}

function reason(xml: string): string {
	const rejection = rejectionOf(() => readXml(xml));
	expect(rejection.status).toBe(400);
	return rejection.reason;
}

describe('strict XML reader agrees with fast-xml-parser', () => {
	test.each(EVENT_FIXTURES.filter((f) => f.format === 'xml').map((f) => [f.title, f.body]))(
		'seed sample: %s',
		(_t, xml) => {
			expect(ours(xml)).toEqual(theirs(xml));
		},
	);

	test('unknown event sample', () => {
		expect(ours(UNKNOWN_EVENT_XML)).toEqual(theirs(UNKNOWN_EVENT_XML));
	});

	test('300 generated messages with entities, CDATA, nesting, repeats, unicode and an XML declaration', () => {
		let seed = 42;
		const rand = (n: number) => {
			seed = (seed * 1103515245 + 12345) & 0x7fffffff;
			return seed % n;
		};
		const words = [
			'plain',
			'a&amp;b',
			'&lt;tag&gt;',
			'&quot;q&quot; &apos;a&apos;',
			'&#20013;&#x6587;',
			'直播',
			'x y z',
			'123456789012345678901',
		];
		const cdata = ['<not a tag>', 'a & b', ']] >', '直播 🎉', '  padded  '.trim()];
		const element = (depth: number): string => {
			const name = ['Item', 'List', 'room_id', 'Msg_ID', 'a.b', 'x-y'][rand(6)];
			if (depth >= 4 || rand(3) === 0) {
				const value = rand(2)
					? words[rand(words.length)]
					: `<![CDATA[${cdata[rand(cdata.length)]}]]>`;
				return rand(8) === 0 ? `<${name}/>` : `<${name}>${value}</${name}>`;
			}
			const children = Array.from({ length: 1 + rand(4) }, () => element(depth + 1)).join(
				rand(2) ? '\n  ' : '',
			);
			return `<${name}>${children}</${name}>`;
		};
		for (let i = 0; i < 300; i++) {
			const body = Array.from({ length: 1 + rand(6) }, () => element(1)).join('\n');
			const xml = `${rand(3) === 0 ? '<?xml version="1.0" encoding="utf-8"?>\n' : ''}<xml>${body}</xml>`;
			expect(ours(xml)).toEqual(theirs(xml));
		}
	});
});

describe('strict XML reader', () => {
	test('keeps CDATA exactly and decodes the five entities and numeric references', () => {
		expect(
			ours('<xml><A><![CDATA[<b>&amp;</b>]]></A><B>&lt;&gt;&amp;&quot;&apos;&#65;&#x42;</B></xml>'),
		).toEqual({
			A: '<b>&amp;</b>',
			B: `<>&"'AB`,
		});
	});

	test('repeated elements become arrays; self-closing and empty elements become empty strings', () => {
		expect(ours('<xml><L>1</L><L>2</L><L>3</L><E/><F></F></xml>')).toEqual({
			L: ['1', '2', '3'],
			E: '',
			F: '',
		});
	});

	test('an element named __proto__ is an ordinary key and does not touch the prototype', () => {
		const parsed = ours('<xml><__proto__><polluted>yes</polluted></__proto__></xml>');
		expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
		expect(Object.keys(parsed)).toEqual(['__proto__']);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	test.each([
		['DOCTYPE', '<!DOCTYPE xml [<!ENTITY a "aaaa">]><xml><A>&a;</A></xml>', /DOCTYPE/],
		[
			'billion laughs',
			'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><xml>&lol2;</xml>',
			/DOCTYPE/,
		],
		['ENTITY inside the body', '<xml><!ENTITY x "y"><A/></xml>', /ENTITY/],
		['external entity reference', '<xml><A>&xxe;</A></xml>', /unknown entity/],
		['processing instruction', '<xml><?php echo 1; ?><A/></xml>', /processing instructions/],
		[
			'stylesheet PI before the root',
			'<?xml-stylesheet href="x"?><xml/>',
			/processing instructions|declaration/,
		],
		['XML declaration not at the start', ' <?xml version="1.0"?><xml/>', /processing instructions/],
		['unbalanced tags', '<xml><A><B></A></B></xml>', /does not match/],
		['unclosed root', '<xml><A>1</A>', /not closed/],
		['two roots', '<xml/><xml/>', /after the root/],
		['text after the root', '<xml/>trailing', /after the root/],
		['no root', '   ', /no root/],
		['JSON in an XML body', '{"a":1}', /no root/],
		['bare ampersand', '<xml><A>a & b</A></xml>', /bare &/],
		['reference to NUL', '<xml><A>&#0;</A></xml>', /invalid character/],
		['mixed text and elements', '<xml>text<A/></xml>', /mixed/],
		['unclosed CDATA', '<xml><A><![CDATA[abc</A></xml>', /CDATA/],
		['unquoted attribute', '<xml a=1/>', /not quoted/],
		['bad name', '<xml><1a/></xml>', /name/],
	])('refuses %s', (_title, xml, expected) => {
		expect(reason(xml)).toMatch(expected);
	});

	test('refuses nesting deeper than 16 but accepts 16', () => {
		const nest = (n: number) => `${'<a>'.repeat(n)}x${'</a>'.repeat(n)}`;
		expect(() => readXml(nest(16))).not.toThrow();
		expect(reason(nest(17))).toMatch(/deeper than 16/);
	});

	test('refuses more than 10000 elements but accepts 10000', () => {
		expect(() => readXml(`<xml>${'<a/>'.repeat(9999)}</xml>`)).not.toThrow();
		expect(reason(`<xml>${'<a/>'.repeat(10000)}</xml>`)).toMatch(/more than 10000/);
	});

	test('the refusal reason never quotes the document', () => {
		const secretish = 'SECRET-CONTENT-123';
		expect(reason(`<xml><A>${secretish} & </A></xml>`)).not.toContain(secretish);
		expect(reason(`<!DOCTYPE ${secretish}><xml/>`)).not.toContain(secretish);
	});
});

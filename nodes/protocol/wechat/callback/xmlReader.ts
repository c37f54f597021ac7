import { reject } from '../../common/callbackRejection';

/**
 * A strict reader for WeChat's flat XML messages: elements, text, CDATA, comments, the five
 * predefined entities and numeric character references. Anything that could expand, include or
 * execute (DOCTYPE, ENTITY, processing instructions) is refused rather than ignored.
 */
export interface XmlElement {
	name: string;
	children: XmlElement[];
	/** Text content of a leaf element (CDATA included); empty for elements with children. */
	text: string;
}

export const XML_MAX_DEPTH = 16;
export const XML_MAX_ELEMENTS = 10000;

const NAME = /[A-Za-z_][A-Za-z0-9_.:-]*/y;
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function readXml(input: string): XmlElement {
	const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
	const cursor = new XmlCursor(text);
	if (text.startsWith('<?xml')) cursor.skipDeclaration();
	cursor.skipMisc();
	if (!text.startsWith('<', cursor.pos)) malformed('no root element');
	const root = cursor.element(1);
	cursor.skipMisc();
	if (cursor.pos !== text.length) malformed('content after the root element');
	return root;
}

function malformed(what: string): never {
	throw reject(400, `XML body is malformed: ${what}`);
}

class XmlCursor {
	pos = 0;

	private elements = 0;

	constructor(private readonly s: string) {}

	skipDeclaration(): void {
		const end = this.s.indexOf('?>', 5);
		const next = this.s[5];
		if (
			end < 0 ||
			!(next === ' ' || next === '\t' || next === '\r' || next === '\n' || end === 5)
		) {
			malformed('bad XML declaration');
		}
		if (this.s.slice(5, end).includes('<')) malformed('bad XML declaration');
		this.pos = end + 2;
	}

	/** Whitespace and comments between top-level constructs. */
	skipMisc(): void {
		for (;;) {
			this.skipWhitespace();
			if (this.s.startsWith('<!--', this.pos)) this.skipComment();
			else if (this.s.startsWith('<!', this.pos) || this.s.startsWith('<?', this.pos))
				this.refuseMarkup();
			else return;
		}
	}

	element(depth: number): XmlElement {
		if (depth > XML_MAX_DEPTH) malformed(`elements nested deeper than ${XML_MAX_DEPTH}`);
		if (++this.elements > XML_MAX_ELEMENTS) malformed(`more than ${XML_MAX_ELEMENTS} elements`);
		this.pos++; // '<'
		const name = this.name();
		if (this.skipAttributes()) return { name, children: [], text: '' };

		const children: XmlElement[] = [];
		const texts: string[] = [];
		for (;;) {
			const lt = this.s.indexOf('<', this.pos);
			if (lt < 0) malformed('an element is not closed');
			if (lt > this.pos) texts.push(decodeText(this.s.slice(this.pos, lt)));
			this.pos = lt;
			if (this.s.startsWith('</', lt)) {
				this.pos += 2;
				if (this.name() !== name) malformed('a closing tag does not match its opening tag');
				this.skipWhitespace();
				this.expect('>');
				break;
			}
			if (this.s.startsWith('<![CDATA[', lt)) {
				const end = this.s.indexOf(']]>', lt + 9);
				if (end < 0) malformed('a CDATA section is not closed');
				texts.push(this.s.slice(lt + 9, end));
				this.pos = end + 3;
			} else if (this.s.startsWith('<!--', lt)) {
				this.skipComment();
			} else if (this.s.startsWith('<!', lt) || this.s.startsWith('<?', lt)) {
				this.refuseMarkup();
			} else {
				children.push(this.element(depth + 1));
			}
		}
		const text = texts.join('');
		if (children.length > 0 && text.trim() !== '') malformed('text mixed with elements');
		return { name, children, text: children.length > 0 ? '' : text };
	}

	/** Attributes are checked for syntax and ignored (WeChat sends none). True when self-closing. */
	private skipAttributes(): boolean {
		for (;;) {
			const hadSpace = this.skipWhitespace();
			if (this.s.startsWith('/>', this.pos)) {
				this.pos += 2;
				return true;
			}
			if (this.s[this.pos] === '>') {
				this.pos++;
				return false;
			}
			if (!hadSpace) malformed('bad tag syntax');
			this.name();
			this.skipWhitespace();
			this.expect('=');
			this.skipWhitespace();
			const quote = this.s[this.pos];
			if (quote !== '"' && quote !== "'") malformed('an attribute value is not quoted');
			const end = this.s.indexOf(quote, this.pos + 1);
			if (end < 0 || this.s.slice(this.pos + 1, end).includes('<'))
				malformed('bad attribute value');
			decodeText(this.s.slice(this.pos + 1, end));
			this.pos = end + 1;
		}
	}

	private refuseMarkup(): never {
		if (this.s.startsWith('<!DOCTYPE', this.pos)) malformed('DOCTYPE declarations are not allowed');
		if (this.s.startsWith('<!ENTITY', this.pos)) malformed('ENTITY declarations are not allowed');
		if (this.s.startsWith('<?', this.pos)) malformed('processing instructions are not allowed');
		malformed('markup declarations are not allowed');
	}

	private skipComment(): void {
		const end = this.s.indexOf('-->', this.pos + 4);
		if (end < 0) malformed('a comment is not closed');
		this.pos = end + 3;
	}

	private name(): string {
		NAME.lastIndex = this.pos;
		const match = NAME.exec(this.s);
		if (!match) malformed('bad element or attribute name');
		this.pos = NAME.lastIndex;
		return match[0];
	}

	private expect(char: string): void {
		if (this.s[this.pos] !== char) malformed('bad tag syntax');
		this.pos++;
	}

	private skipWhitespace(): boolean {
		const start = this.pos;
		for (;;) {
			const c = this.s.charCodeAt(this.pos);
			if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) this.pos++;
			else return this.pos > start;
		}
	}
}

function decodeText(raw: string): string {
	if (!raw.includes('&')) return raw;
	return raw.replace(/&([^;&]{0,10})(;?)/g, (_all, entity: string, semicolon: string) => {
		if (!semicolon) malformed('a bare & in text');
		if (entity in ENTITIES && Object.prototype.hasOwnProperty.call(ENTITIES, entity))
			return ENTITIES[entity];
		const numeric = /^#(?:x([0-9A-Fa-f]{1,6})|([0-9]{1,7}))$/.exec(entity);
		if (!numeric) malformed('an unknown entity reference');
		const codePoint = numeric[1] !== undefined ? parseInt(numeric[1], 16) : Number(numeric[2]);
		if (!isXmlChar(codePoint)) malformed('a character reference to an invalid character');
		return String.fromCodePoint(codePoint);
	});
}

function isXmlChar(c: number): boolean {
	return (
		c === 0x9 ||
		c === 0xa ||
		c === 0xd ||
		(c >= 0x20 && c <= 0xd7ff) ||
		(c >= 0xe000 && c <= 0xfffd) ||
		(c >= 0x10000 && c <= 0x10ffff)
	);
}

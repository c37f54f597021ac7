import type { XmlElement } from './xmlReader';
import { setOwn } from '../../common/setOwn';

export type XmlValue = string | XmlObject | XmlValue[];
export interface XmlObject {
	[key: string]: XmlValue;
}

/** Leaf elements become strings, parents become objects; a repeated child name becomes an array. */
export function xmlToObject(element: XmlElement): XmlObject {
	const object: XmlObject = {};
	const repeated = new Set<string>();
	for (const child of element.children) {
		const value: XmlValue = child.children.length > 0 ? xmlToObject(child) : child.text;
		if (!Object.prototype.hasOwnProperty.call(object, child.name)) {
			setOwn(object, child.name, value);
		} else if (repeated.has(child.name)) {
			(object[child.name] as XmlValue[]).push(value);
		} else {
			repeated.add(child.name);
			setOwn(object, child.name, [object[child.name], value]);
		}
	}
	return object;
}

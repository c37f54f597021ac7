/** Assigns an own enumerable property even for names like "__proto__", which `obj[name] =` would not. */
export function setOwn(target: object, key: string, value: unknown): void {
	Object.defineProperty(target, key, {
		value,
		enumerable: true,
		writable: true,
		configurable: true,
	});
}

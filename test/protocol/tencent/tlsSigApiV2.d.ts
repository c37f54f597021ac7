// tls-sig-api-v2 (dev only, used as the reference implementation) ships no types.
declare module 'tls-sig-api-v2/TLSSigAPIv2' {
	export class Api {
		constructor(sdkappid: number, key: string);
		genUserSig(userid: string, expire: number): string;
	}
}

/** Codes of the newtmpl template library APIs, in words a user can act on. */
export const TEMPLATE_ERRCODES: Record<number, string> = {
	200011: 'this account is banned from the template library',
	200012: 'the account already has the maximum number of private templates (25): delete one first',
	200013: 'this template title is banned and cannot be chosen',
	200014: 'the template title id (tid) or template id does not exist',
	200016: 'the start parameter is invalid',
	200017: 'the limit parameter is invalid (1 to 30)',
	200018: 'category ids are missing',
	200019: 'category ids are invalid: use ids from Get Categories',
	200020:
		'the keyword id list is invalid: 2 to 5 ids of the title, each once (see Get Public Keywords)',
	200021: 'the scene description is invalid (at most 15 characters)',
};

const path = require('path');
const { src, dest } = require('gulp');

/**
 * Icons, codex files and output schemas (__schema__, read by n8n's editor) are not TypeScript:
 * copy them next to the compiled nodes and credentials.
 */
function copyIcons() {
	const nodeIcons = src([
		'nodes/**/*.{png,svg}',
		'nodes/**/*.node.json',
		'nodes/**/__schema__/**/*.json',
	]).pipe(dest(path.resolve('dist', 'nodes')));
	nodeIcons.on('end', () =>
		src('credentials/**/*.{png,svg}').pipe(dest(path.resolve('dist', 'credentials'))),
	);
	return nodeIcons;
}

exports['build:icons'] = copyIcons;

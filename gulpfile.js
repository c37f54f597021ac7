const path = require('path');
const { src, dest } = require('gulp');

/** Icons are not TypeScript: copy them next to the compiled nodes and credentials. */
function copyIcons() {
	const nodeIcons = src(['nodes/**/*.{png,svg}', 'nodes/**/*.node.json']).pipe(
		dest(path.resolve('dist', 'nodes')),
	);
	nodeIcons.on('end', () =>
		src('credentials/**/*.{png,svg}').pipe(dest(path.resolve('dist', 'credentials'))),
	);
	return nodeIcons;
}

exports['build:icons'] = copyIcons;

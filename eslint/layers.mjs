import path from 'node:path';

/**
 * `layers/imports`: what a layer of the repository may import.
 *
 * Options: `within` (a folder, relative to the repository root: relative
 * imports must stay inside it), `packages` (bare imports allowed: `['*']`
 * any npm package, `[]` none) and `workspaces` (the `@explorer/*` packages
 * allowed; any other is refused even when `packages` is `['*']`).
 * Checks `import`, `export … from`, `import()` and `require()`.
 */
const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));

const imports = {
  meta: {
    type: 'problem',
    schema: [
      {
        type: 'object',
        properties: {
          within: { type: 'string' },
          packages: { type: 'array', items: { type: 'string' } },
          workspaces: { type: 'array', items: { type: 'string' } },
        },
        required: ['within'],
        additionalProperties: false,
      },
    ],
    messages: {
      outside: '"{{source}}" leaves {{within}}: import it by package name, or not at all.',
      package: '{{within}} imports no package: "{{source}}".',
      workspace: '{{within}} may not import the workspace "{{source}}" (allowed: {{allowed}}).',
    },
  },
  create(context) {
    const { within, packages = [], workspaces = [] } = context.options[0];
    const folder = path.join(root, within);
    const check = (node, source) => {
      if (typeof source !== 'string') return;
      const data = { source, within, allowed: workspaces.join(', ') || 'none' };
      if (source.startsWith('.')) {
        const target = path.resolve(path.dirname(context.filename), source);
        if (target !== folder && !target.startsWith(folder + path.sep))
          context.report({ node, messageId: 'outside', data });
        return;
      }
      const name = source.startsWith('@')
        ? source.split('/').slice(0, 2).join('/')
        : source.split('/')[0];
      if (name.startsWith('@explorer/')) {
        if (!workspaces.includes(name)) context.report({ node, messageId: 'workspace', data });
        return;
      }
      if (!packages.includes('*') && !packages.includes(name))
        context.report({ node, messageId: 'package', data });
    };
    const fromSource = (node) => node.source && check(node, node.source.value);
    return {
      ImportDeclaration: fromSource,
      ExportAllDeclaration: fromSource,
      ExportNamedDeclaration: fromSource,
      ImportExpression: (node) => check(node, node.source.value),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require')
          check(node, node.arguments[0]?.value);
      },
    };
  },
};

export const layers = { rules: { imports } };

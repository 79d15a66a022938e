import ts from 'typescript';

/**
 * Finds Cypher text built from values. A Cypher string (a string or template
 * literal holding Cypher keywords) may only splice in:
 * - the allow-listed label/type helpers of store/neo4j/cypher.ts, which check
 *   their argument against RELATION_TYPES / ACTOR_KINDS (TYPE_HELPERS);
 * - that module's fragment helpers, whose arguments are names chosen by the
 *   code (FRAGMENT_HELPERS: which arguments must be literals);
 * - literals, and conditionals, `&&`, `+`, `.join(literal)`, `.map(fn)`,
 *   `.filter(fn)` and array literals made only of allowed parts;
 * - a `const` (of this file or another scanned one) holding an allowed part;
 * - a parameter of a function that every scanned call passes an allowed part.
 * Anything else (a variable, a property, a call to anything else) is a finding.
 */

/**
 * Splice a relationship type or an actor kind after checking it against the
 * allow-list, or a hop count after checking it is a number (`hops`: digits only).
 */
export const TYPE_HELPERS: ReadonlySet<string> = new Set([
  'relType',
  'relTypes',
  'kindLabel',
  'hops',
]);

/**
 * Build Cypher from names the code chooses: argument positions that must be
 * allowed parts themselves (`'rest'` = every argument), others are values
 * the helper only tests (e.g. validOn's asOf, used as a condition).
 */
export const FRAGMENT_HELPERS: ReadonlyMap<string, readonly number[] | 'rest'> = new Map<
  string,
  readonly number[] | 'rest'
>([
  ['relProjection', [0]],
  ['relRef', [0]],
  ['relRefColumns', [0]],
  ['validOn', [0]],
  ['where', 'rest'],
]);

/** What cypher.ts may export: a new splicing helper must be reviewed (and listed) first. */
export const CYPHER_MODULE_EXPORTS: readonly string[] = [
  'ALL_TYPES',
  'asOfParams',
  'inForceParams',
  'hops',
  'kindLabel',
  'relProjection',
  'relRef',
  'relRefColumns',
  'relType',
  'relTypes',
  'validOn',
  'where',
];

const CYPHER =
  /\b(MATCH|MERGE|CREATE|RETURN|UNWIND|CALL|DELETE|DETACH|REMOVE|SET|WITH|WHERE|SHOW|DROP|LIMIT|UNION|YIELD)\b/;

export interface Finding {
  file: string;
  line: number;
  text: string;
}

interface Scanned {
  file: string;
  source: ts.SourceFile;
}

export function findCypherSplices(files: { file: string; text: string }[]): Finding[] {
  const scanned: Scanned[] = files.map(({ file, text }) => ({
    file,
    source: ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS),
  }));
  // Top-level consts of every scanned file (for imported names), and calls by callee name.
  const exportedConsts = new Map<string, ts.Expression[]>();
  const functions = new Map<string, ts.FunctionDeclaration[]>();
  const calls = new Map<string, ts.CallExpression[]>();
  for (const { source } of scanned) {
    for (const statement of source.statements) {
      if (ts.isFunctionDeclaration(statement) && statement.name && statement.body) {
        push(functions, statement.name.text, statement);
      }
      if (!ts.isVariableStatement(statement)) continue;
      if (!(statement.declarationList.flags & ts.NodeFlags.Const)) continue;
      for (const d of statement.declarationList.declarations) {
        if (ts.isIdentifier(d.name) && d.initializer)
          push(exportedConsts, d.name.text, d.initializer);
      }
    }
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
        push(calls, node.expression.text, node);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }

  const checking = new Set<ts.Node>();
  const allowed = (expr: ts.Expression): boolean => {
    if (checking.has(expr)) return false; // a cycle proves nothing
    checking.add(expr);
    try {
      return allowedPart(expr);
    } finally {
      checking.delete(expr);
    }
  };

  const allowedPart = (expr: ts.Expression): boolean => {
    if (
      ts.isStringLiteral(expr) ||
      ts.isNoSubstitutionTemplateLiteral(expr) ||
      ts.isNumericLiteral(expr)
    ) {
      return true;
    }
    if (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr)) {
      return allowed(expr.expression);
    }
    if (ts.isTemplateExpression(expr))
      return expr.templateSpans.every((s) => allowed(s.expression));
    if (ts.isConditionalExpression(expr)) return allowed(expr.whenTrue) && allowed(expr.whenFalse);
    if (ts.isBinaryExpression(expr)) {
      const op = expr.operatorToken.kind;
      if (op === ts.SyntaxKind.AmpersandAmpersandToken) return allowed(expr.right);
      if (
        op === ts.SyntaxKind.PlusToken ||
        op === ts.SyntaxKind.BarBarToken ||
        op === ts.SyntaxKind.QuestionQuestionToken
      ) {
        return allowed(expr.left) && allowed(expr.right);
      }
      return false;
    }
    if (ts.isArrayLiteralExpression(expr)) {
      return expr.elements.every((e) => (ts.isSpreadElement(e) ? false : allowed(e)));
    }
    if (ts.isIdentifier(expr)) return allowedIdentifier(expr);
    if (ts.isCallExpression(expr)) return allowedCall(expr);
    return false;
  };

  const allowedCall = (call: ts.CallExpression): boolean => {
    const callee = call.expression;
    if (ts.isIdentifier(callee)) {
      if (TYPE_HELPERS.has(callee.text)) return true;
      const positions = FRAGMENT_HELPERS.get(callee.text);
      if (positions === 'rest') return call.arguments.every((a) => allowed(a));
      if (positions)
        return positions.every((i) => !call.arguments[i] || allowed(call.arguments[i]));
      // A function of the scanned files whose every return is an allowed part.
      const declared = functions.get(callee.text);
      return !!declared?.length && declared.every((fn) => returnsAllowed(fn));
    }
    if (!ts.isPropertyAccessExpression(callee)) return false;
    const method = callee.name.text;
    const receiver = callee.expression;
    if (method === 'join') {
      return call.arguments.every((a) => allowed(a)) && allowedList(receiver);
    }
    return false;
  };

  /** A list whose elements are allowed parts. */
  const allowedList = (expr: ts.Expression): boolean => {
    if (ts.isParenthesizedExpression(expr)) return allowedList(expr.expression);
    if (ts.isArrayLiteralExpression(expr)) return allowed(expr);
    if (ts.isIdentifier(expr)) {
      const binding = resolve(expr);
      if (binding.kind === 'const') return allowedList(binding.init);
      if (binding.kind === 'imported') {
        const inits = exportedConsts.get(expr.text);
        return !!inits?.length && inits.every((i) => allowedList(i));
      }
      return false;
    }
    if (ts.isCallExpression(expr) && ts.isPropertyAccessExpression(expr.expression)) {
      const method = expr.expression.name.text;
      const receiver = expr.expression.expression;
      // filter keeps elements: the receiver decides.
      if (method === 'filter') return allowedList(receiver);
      // map replaces them: what the function returns decides (its parameter is not allowed).
      if (method === 'map') {
        const fn = expr.arguments[0];
        if (fn && (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)))
          return returnsAllowed(fn);
        // `.map(relType)`: a type helper applied to each element.
        return !!fn && ts.isIdentifier(fn) && TYPE_HELPERS.has(fn.text);
      }
    }
    return false;
  };

  const returnsAllowed = (
    fn: ts.ArrowFunction | ts.FunctionExpression | ts.FunctionDeclaration,
  ): boolean => {
    if (!fn.body) return false;
    if (!ts.isBlock(fn.body)) return allowed(fn.body);
    const returns: ts.Expression[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isFunctionLike(node) && node !== fn) return;
      if (ts.isReturnStatement(node) && node.expression) returns.push(node.expression);
      ts.forEachChild(node, visit);
    };
    visit(fn.body);
    return returns.length > 0 && returns.every((r) => allowed(r));
  };

  const allowedIdentifier = (id: ts.Identifier): boolean => {
    const binding = resolve(id);
    if (binding.kind === 'parameter') return allowedParameter(binding);
    if (binding.kind === 'const') return allowed(binding.init);
    if (binding.kind === 'imported') {
      const inits = exportedConsts.get(id.text);
      return !!inits?.length && inits.every((i) => allowed(i));
    }
    return false;
  };

  /** A parameter is allowed when every scanned call of its (named) function passes an allowed part. */
  const allowedParameter = ({ fn, index }: { fn: ts.SignatureDeclaration; index: number }) => {
    const name = functionName(fn);
    const sites = name ? (calls.get(name) ?? []) : [];
    return (
      sites.length > 0 && sites.every((c) => !!c.arguments[index] && allowed(c.arguments[index]))
    );
  };

  const findings: Finding[] = [];
  for (const { file, source } of scanned) {
    const report = (node: ts.Node, part: ts.Node) =>
      findings.push({
        file,
        line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1,
        text: part.getText(),
      });
    const visit = (node: ts.Node): void => {
      if (ts.isTemplateExpression(node) && isCypher(templateText(node))) {
        for (const span of node.templateSpans) {
          if (!allowed(span.expression)) report(span.expression, span.expression);
        }
      }
      if (
        ts.isBinaryExpression(node) &&
        node.operatorToken.kind === ts.SyntaxKind.PlusToken &&
        !(
          ts.isBinaryExpression(node.parent) &&
          node.parent.operatorToken.kind === ts.SyntaxKind.PlusToken
        )
      ) {
        const operands = flattenPlus(node);
        if (operands.some((o) => isCypherLiteral(o))) {
          for (const o of operands) if (!allowed(o)) report(o, o);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return findings;
}

/** Names exported by a module's text. */
export function exportedNames(text: string): string[] {
  const source = ts.createSourceFile('m.ts', text, ts.ScriptTarget.ES2022, true);
  const names: string[] = [];
  for (const statement of source.statements) {
    const exported = ts.canHaveModifiers(statement)
      ? ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
      : false;
    if (!exported) continue;
    if (ts.isFunctionDeclaration(statement) && statement.name) names.push(statement.name.text);
    if (ts.isVariableStatement(statement)) {
      for (const d of statement.declarationList.declarations) {
        if (ts.isIdentifier(d.name)) names.push(d.name.text);
      }
    }
  }
  return names.sort();
}

function isCypher(text: string): boolean {
  return CYPHER.test(text);
}

function templateText(node: ts.TemplateExpression): string {
  return node.head.text + node.templateSpans.map((s) => ` ${s.literal.text}`).join('');
}

function isCypherLiteral(expr: ts.Expression): boolean {
  if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr))
    return isCypher(expr.text);
  if (ts.isTemplateExpression(expr)) return isCypher(templateText(expr));
  return false;
}

function flattenPlus(expr: ts.Expression): ts.Expression[] {
  if (ts.isBinaryExpression(expr) && expr.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    return [...flattenPlus(expr.left), ...flattenPlus(expr.right)];
  }
  if (ts.isParenthesizedExpression(expr)) return flattenPlus(expr.expression);
  return [expr];
}

type Binding =
  | { kind: 'parameter'; fn: ts.SignatureDeclaration; index: number }
  | { kind: 'const'; init: ts.Expression }
  | { kind: 'imported' }
  | { kind: 'other' };

/**
 * What `id` names, looking outwards from it as scopes do: a parameter, a
 * `const` with an initializer, an import, or something else (let, var, a
 * destructured name, a global: never allowed).
 */
function resolve(id: ts.Identifier): Binding {
  const name = id.text;
  for (let node: ts.Node | undefined = id.parent; node; node = node.parent) {
    if (ts.isFunctionLike(node)) {
      const index = node.parameters.findIndex(
        (p) => ts.isIdentifier(p.name) && p.name.text === name,
      );
      if (index >= 0) return { kind: 'parameter', fn: node, index };
    }
    if (ts.isBlock(node) || ts.isSourceFile(node) || ts.isModuleBlock(node)) {
      for (const statement of node.statements) {
        if (ts.isVariableStatement(statement)) {
          for (const d of statement.declarationList.declarations) {
            if (!ts.isIdentifier(d.name) || d.name.text !== name) continue;
            const isConst = (statement.declarationList.flags & ts.NodeFlags.Const) !== 0;
            return isConst && d.initializer
              ? { kind: 'const', init: d.initializer }
              : { kind: 'other' };
          }
        }
        if (ts.isImportDeclaration(statement)) {
          const bindings = statement.importClause?.namedBindings;
          if (
            bindings &&
            ts.isNamedImports(bindings) &&
            bindings.elements.some((e) => e.name.text === name)
          ) {
            return { kind: 'imported' };
          }
        }
      }
    }
  }
  return { kind: 'other' };
}

function functionName(fn: ts.SignatureDeclaration): string | undefined {
  if (ts.isFunctionDeclaration(fn) && fn.name) return fn.name.text;
  if (
    (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) &&
    ts.isVariableDeclaration(fn.parent) &&
    ts.isIdentifier(fn.parent.name)
  ) {
    return fn.parent.name.text;
  }
  return undefined;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

// A lint rule: no plain bracket lookup on a string-keyed record with a key whose type is a wide string.
// Such a key may come from a client (or an uploaded scenario), and `record[key]` then resolves inherited
// names (`__proto__`, `constructor`, `toString` …) to Object.prototype: reads return functions, writes pollute
// every object of the process. Use a Map, or `own()` / `setOwn()` from shared/own.ts, which look at own
// properties only. Keys typed as a union of literals (an ObcRole, a StageId) cannot be such a name and pass.
import { ESLintUtils } from '@typescript-eslint/utils';
import ts from 'typescript';

/** Whether a key type could hold an arbitrary string (string, a template literal, or a union with one). */
function wideString(type) {
  if (type.isUnion()) return type.types.some(wideString);
  if (type.flags & ts.TypeFlags.String) return true;
  if (type.flags & ts.TypeFlags.TemplateLiteral) return true;
  if (type.flags & ts.TypeFlags.StringMapping) return true;
  if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return true;
  return false;
}

/** Whether an object type is a string-keyed record (not an array, a tuple or a Map). */
function stringRecord(checker, type) {
  if (type.isUnion()) return type.types.some((t) => stringRecord(checker, t));
  if (checker.isArrayType(type) || checker.isTupleType(type)) return false;
  return checker.getIndexInfoOfType(type, ts.IndexKind.String) !== undefined;
}

export const ownKeys = ESLintUtils.RuleCreator.withoutDocs({
  meta: {
    type: 'problem',
    messages: {
      plain:
        'A string key on a plain record may be "__proto__" or "toString": use a Map, or own()/setOwn() from shared/own.ts.',
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    const services = ESLintUtils.getParserServices(context);
    const checker = services.program.getTypeChecker();
    return {
      MemberExpression(node) {
        if (!node.computed) return;
        const keyType = services.getTypeAtLocation(node.property);
        if (!wideString(keyType)) return;
        const objectType = services.getTypeAtLocation(node.object);
        if (!stringRecord(checker, checker.getApparentType(objectType))) return;
        context.report({ node, messageId: 'plain' });
      },
      // `key in record` is true for every inherited name too.
      BinaryExpression(node) {
        if (node.operator !== 'in' || node.left.type === 'PrivateIdentifier') return;
        if (!wideString(services.getTypeAtLocation(node.left))) return;
        const objectType = services.getTypeAtLocation(node.right);
        if (!stringRecord(checker, checker.getApparentType(objectType))) return;
        context.report({ node, messageId: 'plain' });
      },
    };
  },
});

export default { rules: { 'own-keys': ownKeys } };

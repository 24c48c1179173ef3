// A file that is not JSON is reported in the page's language with where it breaks, never with the browser's
// English message (client/instructor/json-text.ts).
import { describe, expect, it } from 'vitest';
import { placeOf, readJson } from '../../shared/json-text.ts';
import { openText } from '../../client/instructor/editor/model.ts';
import { consoleEn } from '../../client/i18n/console-en.ts';
import { consoleFi } from '../../client/i18n/console-fi.ts';
import { consolePl } from '../../client/i18n/console-pl.ts';

describe('where a JSON text breaks', () => {
  it.each([
    ['{"a": 1,}', 1, 9],
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3],
    ['{\n  "meta": {\n    "id": "x"\n', 4, 1],
    ['[1, 2', 1, 6],
    ['{"a": tru}', 1, 10],
    ['{\n  "a": [1, 2],\n  "b": nul\n}', 3, 11],
  ])('%j breaks at line %i, column %i (this Node’s own message)', (text, line, column) => {
    const read = readJson(text);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.at).toEqual({ line, column });
  });

  it.each([
    ['Unexpected token } in JSON at position 8', '{"a": 1,}', { line: 1, column: 9 }],
    [
      "Expected ',' or '}' after property value in JSON at position 14 (line 3 column 3)",
      '',
      { line: 3, column: 3 },
    ],
    ['Unexpected end of JSON input', '{\n"a":', { line: 2, column: 5 }],
    ['Unexpected token \'x\', "xyz" is not valid JSON', 'xyz', { line: 1, column: 1 }],
    ['Unexpected token \'}\', "{"a": tru}" is not valid JSON', '{"a": tru}', { line: 1, column: 10 }],
    ['Unexpected token', '{"a": 1', { line: 1, column: 8 }],
  ])('reads the place from the engines’ messages: %s', (message, text, at) => {
    expect(placeOf(text, message)).toEqual(at);
  });

  it('reads valid JSON, and tells a JSON value that is not an object apart', () => {
    expect(readJson('{"a": [1, 2]}')).toEqual({ ok: true, value: { a: [1, 2] } });
    expect(openText('[1, 2]')).toEqual({ ok: false, at: null, notObject: true });
    expect(openText('{"x": 1}')).toEqual({ ok: true, draft: { x: 1 } });
  });

  it('has the message in every language, with the place, and no English engine text', () => {
    for (const dict of [consoleEn, consoleFi, consolePl]) {
      expect(dict['create.notJsonAt']).toContain('{line}');
      expect(dict['create.notJsonAt']).toContain('{column}');
    }
  });
});

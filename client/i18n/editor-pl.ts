import type { EditorDictionary } from './editor.ts';
import { editorEn } from './editor-en.ts';

export const editorPl: EditorDictionary = { ...editorEn };

/**
 * The budget measures the first view's code, not its chunks' content hashes: two builds that differ
 * only in the hashes of the file names they list measure the same, and distinct chunks of one name
 * keep distinct stand-ins.
 */
import { describe, expect, it } from 'vitest';
import { laterFiles, withStableHashes } from '../../../src/build/budget';

describe('the size budget', () => {
  it('holds the content hashes still, keeping names, lengths and distinct chunks apart', () => {
    const a = 'm.f=["assets/edit-C-fZM6z_.js","assets/figure-Bdb5LKbT.js","assets/figure-C9fE4jS4.js"];import{a}from"./shared-CB11lrBi.js"';
    const b = 'm.f=["assets/edit-Cj1umFvR.js","assets/figure-AqTdxdxp.js","assets/figure-BEpeVYv2.js"];import{a}from"./shared-CB11lrBi.js"';
    expect(withStableHashes(a)).toBe(withStableHashes(b));
    expect(withStableHashes(a)).toHaveLength(a.length);
    const [first, second] = withStableHashes(a).match(/figure-[\w-]{8}\.js/g)!;
    expect(first).not.toBe(second);
    expect(withStableHashes('const x = "a-b";')).toBe('const x = "a-b";');
  });
});

describe('the whole page the budget counts', () => {
  const chunk = (fileName: string, facade: string | null, imports: string[], dynamicImports: string[], css: string[] = []) => ({
    type: 'chunk' as const,
    fileName,
    isEntry: fileName.startsWith('index'),
    facadeModuleId: facade && `/project/${facade}`,
    imports,
    dynamicImports,
    code: `export const f = ${JSON.stringify(fileName)};`,
    viteMetadata: { importedCss: new Set(css) },
  });
  const asset = (fileName: string, name: string) => ({ type: 'asset' as const, fileName, names: [name], source: `{"${name}": 1}` });
  const bundle = {
    'index-a.js': chunk('index-a.js', 'src/main.ts', ['shared-a.js'], ['View-a.js', 'edit-a.js']),
    'shared-a.js': chunk('shared-a.js', null, [], []),
    'View-a.js': chunk('View-a.js', 'src/views/View.svelte', ['words-a.js', 'shared-a.js'], ['Card-a.js'], ['View-a.css']),
    'words-a.js': chunk('words-a.js', null, [], []),
    'Card-a.js': chunk('Card-a.js', 'src/map/Card.svelte', [], []),
    'edit-a.js': chunk('edit-a.js', 'src/edit/index.ts', ['editor-only-a.js'], [], ['edit-a.css']),
    'editor-only-a.js': chunk('editor-only-a.js', null, [], []),
    'View-a.css': asset('View-a.css', 'View.css'),
    'edit-a.css': asset('edit-a.css', 'edit.css'),
    'texts-a.json': asset('texts-a.json', 'texts.json'),
    'other-a.json': asset('other-a.json', 'other.json'),
  } as unknown as Parameters<typeof laterFiles>[0];

  it('counts every chunk the entry reaches, static or dynamic, with its CSS and the later data, beyond the first view', () => {
    const files = laterFiles(bundle, { firstData: ['data.json'], laterData: ['texts.json'], onRequest: ['src/edit/index.ts'] }, new Set(['index-a.js', 'shared-a.js']));
    expect(files.map((f) => `${f.file} ${f.kind}`).sort()).toEqual(['Card-a.js js', 'View-a.css css', 'View-a.js js', 'texts-a.json data', 'words-a.js js']);
    expect(files.every((f) => f.bytes > 0)).toBe(true);
  });

  it('counts a module loaded only on request once it is no longer named so', () => {
    const files = laterFiles(bundle, { firstData: [], laterData: [], onRequest: [] }, new Set(['index-a.js', 'shared-a.js']));
    expect(files.map((f) => f.file)).toEqual(expect.arrayContaining(['edit-a.js', 'editor-only-a.js', 'edit-a.css']));
  });
});

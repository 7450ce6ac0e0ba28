/** The folders of src/ whose code the list of views (src/views/index.ts, its text) loads, and the sources list's. */
export function viewFolders(registry: string): string[] {
  const folders = new Set([...registry.matchAll(/import\(\s*['"]\.\.\/([\w-]+)\//g)].map((m) => m[1]!));
  folders.add('sources');
  return [...folders].sort();
}

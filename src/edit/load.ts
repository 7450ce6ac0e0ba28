/**
 * The editor's draft, started: the published files of `data/` fetched as they are on disk
 * (`plugin.ts`), and the draft kept in this browser laid over them.
 */
import dataFilesUrl from 'virtual:data-files';
import type { DataFiles } from './files';
import { Draft } from './draft.svelte';
import { t } from '../i18n';

export async function loadDraft(): Promise<Draft> {
  document.title = t('edit.pageTitle');
  const response = await fetch(dataFilesUrl);
  if (!response.ok) throw new Error(t('edit.fetchFailed', { status: response.status }));
  const published = (await response.json()) as DataFiles;
  let storage: Storage | undefined;
  try {
    storage = localStorage;
  } catch {
    // Storage refused (a private window's setting): the draft lives as long as the page.
    storage = undefined;
  }
  return new Draft(published, storage);
}

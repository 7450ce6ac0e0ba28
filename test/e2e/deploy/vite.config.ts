/**
 * The app's own build, as one deploy of it among several: E2E_DEPLOY ("1", "2") goes into every
 * chunk's hash, so two deploys of the same code have different file names, as two releases do.
 * Used by test/e2e/deploy/builds.ts.
 */
import { mergeConfig, type Plugin } from 'vite';
import app from '../../../vite.config.ts';

const deploy: Plugin = {
  name: 'e2e:deploy',
  augmentChunkHash: () => `deploy-${process.env.E2E_DEPLOY ?? ''}`,
};

export default mergeConfig(app, { plugins: [deploy] });

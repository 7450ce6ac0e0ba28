/**
 * The Content Security Policy the built app ships with, as a <meta> tag: everything from our own
 * origin, no eval, and no inline script but the page's own (allowed by its hash, computed here from
 * the built page). Inline style attributes are allowed (`style-src-attr`): the prerendered first view
 * places ticks and bars with them, as the app does through the CSSOM; style sheets stay our own.
 * Dev mode is left alone (Vite's client needs inline code).
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/** The policy, allowing the inline scripts whose hashes are given. */
export const csp = (scriptHashes: readonly string[] = []) => [
  "default-src 'self'",
  `script-src 'self'${scriptHashes.map((h) => ` '${h}'`).join('')}`,
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** The sha256 sources of the page's inline scripts. */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => `sha256-${createHash('sha256').update(m[1]!).digest('base64')}`);
}

export function cspPlugin(): Plugin {
  return {
    name: 'pcocp:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: csp(inlineScriptHashes(html)) }, injectTo: 'head-prepend' }],
    },
  };
}

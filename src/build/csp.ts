/**
 * The Content Security Policy the built app ships with, as a <meta> tag: everything from our own
 * origin, no eval, and no inline script or style sheet but the page's own (each allowed by its hash,
 * computed here from the built page). Inline style attributes are allowed (`style-src-attr`): the
 * prerendered first view places ticks and bars with them, as the app does through the CSSOM.
 * Dev mode is left alone (Vite's client needs inline code).
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

const sources = (hashes: readonly string[]) => hashes.map((h) => ` '${h}'`).join('');

/** The policy, allowing the inline scripts and style sheets whose hashes are given. */
export const csp = (scriptHashes: readonly string[] = [], styleHashes: readonly string[] = []) => [
  "default-src 'self'",
  `script-src 'self'${sources(scriptHashes)}`,
  `style-src 'self'${sources(styleHashes)}`,
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

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

/** The sha256 sources of the page's inline scripts. */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => sha256(m[1]!));
}

/** The sha256 sources of the page's inline style sheets. */
export function inlineStyleHashes(html: string): string[] {
  return [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => sha256(m[1]!));
}

export function cspPlugin(): Plugin {
  return {
    name: 'pcocp:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: csp(inlineScriptHashes(html), inlineStyleHashes(html)) }, injectTo: 'head-prepend' }],
    },
  };
}

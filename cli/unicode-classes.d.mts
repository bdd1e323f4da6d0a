/** Types of cli/unicode-classes.mjs (build-time code, run by plain Node), for its tests. */
import type { Plugin } from 'esbuild';
import type { Plugin as VitePlugin } from 'vite';

export function classRanges(body: string): Array<[number, number]>;
export function writtenRanges(ranges: Array<[number, number]>): string;
export function splitPattern(pattern: string): string[] | null;
export function rewriteModule(
  source: string,
  fileName: string,
  classes: Map<string, string>,
): string | null;
export function unicodeClassesPlugin(root: string, dirs?: readonly string[]): Plugin;
export function viteUnicodeClasses(root: string, dirs?: readonly string[]): VitePlugin;

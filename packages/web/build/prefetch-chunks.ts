/**
 * Prefetch hints in index.html for chunks the first page will want soon but not at once (the cockpit's chart
 * code): `<link rel="prefetch">` fetches them into the HTTP cache while the page starts, at low priority and
 * without running them, so that the page runs them when it chooses — after it has asked the server for its figures —
 * without waiting for the network. They are not part of the initial JavaScript (no modulepreload).
 */
import type { HtmlTagDescriptor, Plugin } from 'vite';

export function prefetchChunks(moduleSuffixes: readonly string[]): Plugin {
  return {
    name: 'observatory-prefetch-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const tags: HtmlTagDescriptor[] = [];
        for (const output of Object.values(context.bundle ?? {})) {
          if (output.type !== 'chunk' || output.facadeModuleId === null) continue;
          const id = output.facadeModuleId;
          if (!moduleSuffixes.some((suffix) => id.endsWith(suffix))) continue;
          tags.push({
            tag: 'link',
            attrs: { rel: 'prefetch', href: `/${output.fileName}`, as: 'script', crossorigin: '' },
            injectTo: 'head',
          });
        }
        return tags;
      },
    },
  };
}

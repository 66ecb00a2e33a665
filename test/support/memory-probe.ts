import type { CDPSession, Page } from 'puppeteer-core';

/** One reading of a page's memory, taken after a forced garbage collection. */
export interface MemorySample {
  /** V8 heap in use (the page and every content script share one isolate), bytes. */
  heapUsed: number;
  /** Blink's live counts for the renderer: event listeners of every world, DOM nodes, documents. */
  jsEventListeners: number;
  nodes: number;
  documents: number;
  /** Live MutationObserver, ResizeObserver and IntersectionObserver objects in Tact's content-script world. */
  tactObservers: number;
  /** Listeners whose handler comes from an extension script, on the window and the document. */
  tactListeners: number;
}

export interface MemoryProbe {
  sample(): Promise<MemorySample>;
  close(): Promise<void>;
}

const OBSERVERS = ['MutationObserver', 'ResizeObserver', 'IntersectionObserver'];

/**
 * Reads a page's memory through the DevTools protocol: forced GC, heap usage and DOM counters, and
 * what belongs to Tact's isolated world (its origin is the extension's). Create it before the page
 * loads or after: contexts that already exist are reported when the Runtime domain is enabled.
 */
export async function memoryProbe(page: Page, extensionId: string): Promise<MemoryProbe> {
  const session = await page.createCDPSession();
  const contexts = new Map<number, string>();
  session.on('Runtime.executionContextCreated', ({ context }) => void contexts.set(context.id, context.origin));
  session.on('Runtime.executionContextDestroyed', ({ executionContextId }) => void contexts.delete(executionContextId));
  session.on('Runtime.executionContextsCleared', () => contexts.clear());
  await session.send('Runtime.enable');
  const tactContext = () => (extensionId ? [...contexts].find(([, origin]) => origin === `chrome-extension://${extensionId}`)?.[0] : undefined);

  return {
    async sample() {
      // Twice: the first pass can leave garbage that only a second one frees (weak callbacks).
      await session.send('HeapProfiler.collectGarbage');
      await session.send('HeapProfiler.collectGarbage');
      const heap = await session.send('Runtime.getHeapUsage');
      const counters = await session.send('Memory.getDOMCounters');
      const contextId = tactContext();
      return {
        heapUsed: heap.usedSize,
        jsEventListeners: counters.jsEventListeners,
        nodes: counters.nodes,
        documents: counters.documents,
        tactObservers: contextId === undefined ? 0 : await countObservers(session, contextId),
        tactListeners: contextId === undefined ? 0 : await countExtensionListeners(session, contextId),
      };
    },
    close: () => session.detach(),
  };
}

/** Live objects whose prototype is one of the observer prototypes of that world. */
async function countObservers(session: CDPSession, contextId: number): Promise<number> {
  let total = 0;
  for (const name of OBSERVERS) {
    const proto = await session.send('Runtime.evaluate', { expression: `${name}.prototype`, contextId, objectGroup: 'tact-probe' });
    if (!proto.result.objectId) continue;
    const { objects } = await session.send('Runtime.queryObjects', { prototypeObjectId: proto.result.objectId, objectGroup: 'tact-probe' });
    const length = await session.send('Runtime.callFunctionOn', { objectId: objects.objectId!, functionDeclaration: 'function () { return this.length; }', returnByValue: true });
    total += Number(length.result.value ?? 0);
  }
  await session.send('Runtime.releaseObjectGroup', { objectGroup: 'tact-probe' });
  return total;
}

/** Listeners on window and document whose handler was compiled from a chrome-extension:// script. */
async function countExtensionListeners(session: CDPSession, contextId: number): Promise<number> {
  const urls = new Map<string, string>();
  const onScript = ({ scriptId, url }: { scriptId: string; url: string }) => void urls.set(scriptId, url);
  session.on('Debugger.scriptParsed', onScript);
  await session.send('Debugger.enable');
  let total = 0;
  try {
    for (const expression of ['window', 'document']) {
      const target = await session.send('Runtime.evaluate', { expression, contextId, objectGroup: 'tact-probe' });
      const { listeners } = await session.send('DOMDebugger.getEventListeners', { objectId: target.result.objectId! });
      total += listeners.filter((l) => (urls.get(l.scriptId) ?? '').startsWith('chrome-extension://')).length;
    }
  } finally {
    session.off('Debugger.scriptParsed', onScript);
    await session.send('Debugger.disable');
    await session.send('Runtime.releaseObjectGroup', { objectGroup: 'tact-probe' });
  }
  return total;
}

"use client";

import { startTransition, useEffect, useMemo, useState } from "react";
import { layeredLayout, type LayoutInput, type Positions } from "@/lib/graph/layered-layout";

/** Below this size the layout takes a few milliseconds: done in place, the first paint needs no round trip. */
const MAIN_THREAD_LIMIT = 150;

export interface GraphLayout {
  positions: Positions | null;
  where: "main-thread" | "worker";
  milliseconds: number | null;
}

let worker: Worker | null | undefined;
let nextRequestId = 1;

function layoutWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL("./layout.worker.ts", import.meta.url), { type: "module" });
  } catch {
    worker = null; // no worker support: lay out in place
  }
  return worker;
}

function layoutInPlace(input: LayoutInput): GraphLayout {
  const started = performance.now();
  const positions = layeredLayout(input);
  return { positions, where: "main-thread", milliseconds: performance.now() - started };
}

/** Positions for a graph: in place when small, in a Web Worker when large (stale answers are dropped). */
export function useGraphLayout(input: LayoutInput): GraphLayout {
  const small = input.nodes.length <= MAIN_THREAD_LIMIT;
  const inPlace = useMemo(() => (small ? layoutInPlace(input) : null), [input, small]);
  const [fromWorker, setFromWorker] = useState<{ input: LayoutInput; layout: GraphLayout } | null>(null);

  useEffect(() => {
    if (small) return;
    const target = layoutWorker();
    if (!target) {
      const timer = setTimeout(() => setFromWorker({ input, layout: layoutInPlace(input) }), 0);
      return () => clearTimeout(timer);
    }
    const requestId = nextRequestId++;
    const onMessage = (event: MessageEvent<{ requestId: number; positions: Positions; milliseconds: number }>) => {
      if (event.data.requestId !== requestId) return;
      // A transition: rendering a thousand nodes is split into slices instead of one long task.
      startTransition(() => setFromWorker({ input, layout: { positions: event.data.positions, where: "worker", milliseconds: event.data.milliseconds } }));
    };
    // A worker that fails to load (an old browser, a strict content policy) must not leave the page empty.
    const onError = () => {
      worker = null;
      setFromWorker({ input, layout: layoutInPlace(input) });
    };
    target.addEventListener("message", onMessage);
    target.addEventListener("error", onError);
    target.postMessage({ requestId, input });
    return () => {
      target.removeEventListener("message", onMessage);
      target.removeEventListener("error", onError);
    };
  }, [input, small]);

  if (inPlace) return inPlace;
  if (fromWorker && fromWorker.input === input) return fromWorker.layout;
  return { positions: null, where: "worker", milliseconds: null };
}

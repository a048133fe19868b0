"use client";

import { useEffect, useMemo, useState } from "react";
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

/** Positions for a graph: in place when small, in a Web Worker when large (stale answers are dropped). */
export function useGraphLayout(input: LayoutInput): GraphLayout {
  const small = input.nodes.length <= MAIN_THREAD_LIMIT;
  const inPlace = useMemo<GraphLayout | null>(() => {
    if (!small) return null;
    const started = performance.now();
    const positions = layeredLayout(input);
    return { positions, where: "main-thread", milliseconds: performance.now() - started };
  }, [input, small]);
  const [fromWorker, setFromWorker] = useState<{ input: LayoutInput; layout: GraphLayout } | null>(null);

  useEffect(() => {
    if (small) return;
    const target = layoutWorker();
    if (!target) {
      const started = performance.now();
      const positions = layeredLayout(input);
      setFromWorker({ input, layout: { positions, where: "main-thread", milliseconds: performance.now() - started } });
      return;
    }
    const requestId = nextRequestId++;
    const onMessage = (event: MessageEvent<{ requestId: number; positions: Positions; milliseconds: number }>) => {
      if (event.data.requestId !== requestId) return;
      setFromWorker({ input, layout: { positions: event.data.positions, where: "worker", milliseconds: event.data.milliseconds } });
    };
    target.addEventListener("message", onMessage);
    target.postMessage({ requestId, input });
    return () => target.removeEventListener("message", onMessage);
  }, [input, small]);

  if (inPlace) return inPlace;
  if (fromWorker && fromWorker.input === input) return fromWorker.layout;
  return { positions: null, where: "worker", milliseconds: null };
}

import { layeredLayout, type LayoutInput } from "@/lib/graph/layered-layout";

// Runs the layout off the main thread so that a large graph never freezes the page.
self.onmessage = (event: MessageEvent<{ requestId: number; input: LayoutInput }>) => {
  const started = performance.now();
  const positions = layeredLayout(event.data.input);
  self.postMessage({ requestId: event.data.requestId, positions, milliseconds: performance.now() - started });
};

import { HEALTH_COLOURS, LIFECYCLE_EDGE_STYLES, MECHANISM_DASHES } from "./flow-elements";

/** What colours, borders and dashes mean on the graph. */
export function GraphLegend() {
  return (
    <details className="rounded-xl border border-slate-200 bg-white p-3 text-xs text-slate-800" open>
      <summary className="cursor-pointer font-semibold text-slate-900">Legend</summary>
      <div className="mt-2 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <div>
          <p className="font-semibold">Nodes</p>
          <p>Rectangle: system, coloured by business domain</p>
          <p>Thicker border: more critical (tier 1 also marked T1)</p>
          <p>Dashed border: deprecated or retired system</p>
          <p>
            <span className="text-violet-800">Pill</span>: dashboard, report, AI model or workflow
          </p>
        </div>
        <div>
          <p className="font-semibold">Integration health (edge colour)</p>
          {Object.entries(HEALTH_COLOURS).map(([health, colour]) => (
            <p key={health} className="flex items-center gap-2">
              <svg width="28" height="6" aria-hidden>
                <line x1="0" y1="3" x2="28" y2="3" stroke={colour} strokeWidth="3" />
              </svg>
              {health}
            </p>
          ))}
        </div>
        <div>
          <p className="font-semibold">Mechanism (edge line)</p>
          {Object.entries(MECHANISM_DASHES).map(([mechanism, dash]) => (
            <p key={mechanism} className="flex items-center gap-2">
              <svg width="28" height="6" aria-hidden>
                <line
                  x1="0"
                  y1="3"
                  x2="28"
                  y2="3"
                  stroke="var(--color-slate-700)"
                  strokeWidth={mechanism === "database_to_database" ? 3 : 1.5}
                  strokeDasharray={dash}
                />
              </svg>
              {mechanism.replace(/_/g, " ")}
            </p>
          ))}
        </div>
        <div>
          <p className="font-semibold">Edges</p>
          <p>Arrow: direction of data; arrows at both ends: bidirectional sync</p>
          <p className="flex items-center gap-2">
            <svg width="28" height="6" aria-hidden>
              <line
                x1="0"
                y1="3"
                x2="28"
                y2="3"
                stroke={LIFECYCLE_EDGE_STYLES.deprecated.stroke}
                strokeWidth="2"
                strokeDasharray={LIFECYCLE_EDGE_STYLES.deprecated.dash}
              />
            </svg>
            Grey dashes: deprecated
          </p>
          <p>Retired: not drawn (filter Lifecycle: retired to see them, struck through)</p>
          <p>
            <span className="text-violet-800">Purple dotted</span>: reads a contract (consumer)
          </p>
          <p>Grey with a number: integrations between collapsed clusters</p>
        </div>
      </div>
    </details>
  );
}

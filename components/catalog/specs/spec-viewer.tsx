import type { SpecOutline } from "@/lib/catalog/specs/spec-outline";
import { Badge } from "@/components/ui/badge";
import { buttonStyles } from "@/components/ui/button-styles";

/** Big specs list thousands of operations: show this many per section and let the reader narrow with a filter. */
export const SPEC_VIEWER_LIMIT = 100;

const METHOD_TONES: Record<string, string> = {
  GET: "bg-sky-100 text-sky-900",
  POST: "bg-emerald-100 text-emerald-900",
  PUT: "bg-amber-100 text-amber-900",
  PATCH: "bg-violet-100 text-violet-900",
  DELETE: "bg-red-100 text-red-900",
};

function matches(find: string | undefined, ...texts: (string | null | undefined)[]) {
  if (!find) return true;
  const needle = find.toLowerCase();
  return texts.some((text) => text?.toLowerCase().includes(needle));
}

function Limited({ total, shown, noun }: { total: number; shown: number; noun: string }) {
  return total > shown ? (
    <p className="mt-2 text-xs text-slate-600">
      Showing {shown} of {total.toLocaleString("en-US")} {noun}: filter to find the others.
    </p>
  ) : null;
}

/** The readable side of a spec document: operations, channels and schemas, each collapsible; fields without a description show their glossary meaning. */
export function SpecViewer({
  outline,
  glossary = {},
  find,
  action,
}: {
  outline: SpecOutline;
  glossary?: Record<string, string>;
  find?: string;
  action: string;
}) {
  const operations = outline.operations.filter((op) => matches(find, op.path, op.summary, op.operationId, op.method));
  const channels = outline.channels.filter((channel) => matches(find, channel.name, channel.address, ...channel.messages.map((m) => m.name)));
  const schemas = outline.schemas.filter((schema) => matches(find, schema.name, schema.description, ...schema.properties.map((p) => p.name)));
  const total = outline.operations.length + outline.channels.length + outline.schemas.length;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <p className="text-sm text-slate-700">
          {outline.title ? <span className="font-medium text-slate-900">{outline.title}</span> : null}
          {outline.version ? ` · document version ${outline.version}` : null}
          {` · ${outline.operations.length} operations, ${outline.channels.length} channels, ${outline.schemas.length} schemas`}
        </p>
        {total > 10 ? (
          <form method="get" action={action} role="search" aria-label="Filter the spec" className="flex items-end gap-2">
            <div>
              <label htmlFor="find" className="block text-xs font-medium text-slate-700">
                Find in the spec
              </label>
              <input
                id="find"
                name="find"
                type="search"
                defaultValue={find}
                placeholder="Path, operation, schema or field"
                className="mt-1 rounded-md border border-slate-300 px-3 py-1.5 text-sm"
              />
            </div>
            <button type="submit" className={buttonStyles.secondary}>
              Find
            </button>
          </form>
        ) : null}
      </div>
      {outline.description ? <p className="max-w-3xl whitespace-pre-line text-sm text-slate-700">{outline.description}</p> : null}

      {outline.operations.length > 0 ? (
        <section aria-label="Operations">
          <h3 className="mb-2 text-base font-semibold text-slate-900">Operations</h3>
          <div className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white shadow-sm">
            {operations.slice(0, SPEC_VIEWER_LIMIT).map((op) => (
              <details key={`${op.method} ${op.path}`} className="group px-4 py-2">
                <summary className="flex cursor-pointer flex-wrap items-center gap-2 text-sm">
                  <span className={`rounded px-1.5 py-0.5 font-mono text-xs font-bold ${METHOD_TONES[op.method] ?? "bg-slate-100 text-slate-900"}`}>
                    {op.method}
                  </span>
                  <span className="font-mono text-slate-900">{op.path}</span>
                  <span className="text-slate-600">{op.summary}</span>
                  {op.deprecated ? <Badge tone="warning">deprecated</Badge> : null}
                </summary>
                <div className="mt-2 grid gap-3 pb-2 text-sm md:grid-cols-3">
                  <div>
                    <p className="text-xs font-semibold uppercase text-slate-600">Parameters</p>
                    {op.parameters.length === 0 ? (
                      <p className="text-slate-600">None</p>
                    ) : (
                      <ul>
                        {op.parameters.map((p) => (
                          <li key={`${p.in}:${p.name}`}>
                            <span className="font-mono">{p.name}</span>{" "}
                            <span className="text-slate-600">
                              ({p.in}, {p.type}
                              {p.required ? ", required" : ""})
                            </span>
                          </li>
                        ))}
                      </ul>
                    )}
                  </div>
                  <div>
                    <p className="text-xs font-semibold uppercase text-slate-600">Request body</p>
                    <p className="font-mono text-slate-800">{op.requestBody ?? "None"}</p>
                  </div>
                  <div>
                    <p className="text-xs font-semibold uppercase text-slate-600">Responses</p>
                    <ul>
                      {op.responses.map((r) => (
                        <li key={r.status}>
                          <span className="font-mono font-semibold">{r.status}</span> {r.description}
                          {r.schema ? <span className="font-mono text-slate-600"> → {r.schema}</span> : null}
                        </li>
                      ))}
                    </ul>
                  </div>
                </div>
              </details>
            ))}
            {operations.length === 0 ? <p className="px-4 py-3 text-sm text-slate-600">No operation matches “{find}”.</p> : null}
          </div>
          <Limited total={operations.length} shown={Math.min(operations.length, SPEC_VIEWER_LIMIT)} noun="operations" />
        </section>
      ) : null}

      {outline.channels.length > 0 ? (
        <section aria-label="Channels">
          <h3 className="mb-2 text-base font-semibold text-slate-900">Channels and messages</h3>
          <div className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white shadow-sm">
            {channels.slice(0, SPEC_VIEWER_LIMIT).map((channel) => (
              <details key={channel.name} className="px-4 py-2">
                <summary className="cursor-pointer text-sm">
                  <span className="font-mono text-slate-900">{channel.address ?? channel.name}</span>{" "}
                  {channel.operations.map((o) => (
                    <Badge key={o.action + (o.summary ?? "")} tone="info">
                      {o.action}
                    </Badge>
                  ))}
                </summary>
                <ul className="mt-2 space-y-1 pb-2 text-sm">
                  {channel.operations.map((o) => (
                    <li key={`op-${o.action}-${o.summary}`} className="text-slate-700">
                      {o.action}: {o.summary ?? "—"}
                    </li>
                  ))}
                  {channel.messages.map((m) => (
                    <li key={`msg-${m.name}`}>
                      <span className="font-medium text-slate-900">{m.name}</span>
                      {m.summary ? ` — ${m.summary}` : ""}
                      {m.payload ? <span className="font-mono text-slate-600"> payload {m.payload}</span> : null}
                    </li>
                  ))}
                </ul>
              </details>
            ))}
          </div>
          <Limited total={channels.length} shown={Math.min(channels.length, SPEC_VIEWER_LIMIT)} noun="channels" />
        </section>
      ) : null}

      {outline.schemas.length > 0 ? (
        <section aria-label="Schemas">
          <h3 className="mb-2 text-base font-semibold text-slate-900">Schemas</h3>
          <div className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white shadow-sm">
            {schemas.slice(0, SPEC_VIEWER_LIMIT).map((schema) => (
              <details key={schema.name} className="px-4 py-2">
                <summary className="cursor-pointer text-sm">
                  <span className="font-medium text-slate-900">{schema.name}</span> <span className="font-mono text-xs text-slate-600">{schema.type}</span>
                  {schema.properties.length > 0 ? <span className="text-xs text-slate-600"> · {schema.properties.length} fields</span> : null}
                </summary>
                {schema.description ? <p className="mt-1 text-sm text-slate-700">{schema.description}</p> : null}
                {schema.properties.length > 0 ? (
                  <table className="mt-2 mb-2 min-w-full text-sm">
                    <thead className="text-left text-xs uppercase text-slate-600">
                      <tr>
                        <th scope="col" className="py-1 pr-4">
                          Field
                        </th>
                        <th scope="col" className="py-1 pr-4">
                          Type
                        </th>
                        <th scope="col" className="py-1 pr-4">
                          Required
                        </th>
                        <th scope="col" className="py-1">
                          Description
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {schema.properties.map((p) => (
                        <tr key={p.name} className="border-t border-slate-100">
                          <td className="py-1 pr-4 font-mono">{p.name}</td>
                          <td className="py-1 pr-4 font-mono text-slate-700">{p.type}</td>
                          <td className="py-1 pr-4">{p.required ? "yes" : "no"}</td>
                          <td className="py-1 text-slate-700">{p.description ?? glossary[p.name] ?? ""}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                ) : null}
              </details>
            ))}
          </div>
          <Limited total={schemas.length} shown={Math.min(schemas.length, SPEC_VIEWER_LIMIT)} noun="schemas" />
        </section>
      ) : null}
    </div>
  );
}

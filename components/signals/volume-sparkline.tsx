import { describeVolumeSparkline, SPARKLINE_HOURS, type VolumeSparkline as Sparkline } from "@/lib/signals/volume-sparkline";

const WIDTH = 96;
const HEIGHT = 24;
const PAD = 2;

/**
 * Records per hour over the last 24 hours, as a small line: broken where nobody reported, with a grey mark under each
 * such hour (a gap is not a zero). Drawn in the current text colour so that it follows the theme; the numbers are in
 * its accessible name.
 */
export function VolumeSparkline({ sparkline }: { sparkline: Sparkline }) {
  const label = describeVolumeSparkline(sparkline);
  const values = sparkline.hours;
  const max = Math.max(1, ...values.map((value) => value ?? 0));
  const step = (WIDTH - 2 * PAD) / (SPARKLINE_HOURS - 1);
  const x = (index: number) => PAD + index * step;
  const y = (value: number) => HEIGHT - PAD - 3 - (value / max) * (HEIGHT - 2 * PAD - 3);
  // One path with a move (M) after every gap; a lone reported hour between two gaps becomes a dot.
  let path = "";
  const dots: number[] = [];
  values.forEach((value, index) => {
    if (value === null) return;
    const joined = index > 0 && values[index - 1] !== null;
    path += `${joined ? "L" : "M"}${x(index).toFixed(1)} ${y(value).toFixed(1)}`;
    const alone = !joined && (index === SPARKLINE_HOURS - 1 || values[index + 1] === null);
    if (alone) dots.push(index);
  });
  return (
    <svg role="img" aria-label={label} width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="text-brand-600">
      <title>{label}</title>
      {values.map((value, index) =>
        value === null ? <rect key={index} data-gap="" x={x(index) - step / 2} y={HEIGHT - 2} width={step} height={2} className="fill-slate-300" /> : null,
      )}
      {path ? <path d={path} fill="none" stroke="currentColor" strokeWidth={1.5} strokeLinejoin="round" strokeLinecap="round" /> : null}
      {dots.map((index) => (
        <circle key={index} cx={x(index)} cy={y(values[index] ?? 0)} r={1.5} fill="currentColor" />
      ))}
    </svg>
  );
}

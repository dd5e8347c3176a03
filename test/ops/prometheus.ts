/**
 * Parses Prometheus text with an independent parser (parse-prometheus-text-format), which rejects any
 * malformed line. That package folds a histogram that has labels into one sample and loses its
 * labels, _count and _sum, so histogram families are parsed a second time with their _bucket, _count
 * and _sum series declared as untyped families of their own (the sample lines untouched) and
 * regrouped per label set here.
 */
// @ts-expect-error: the package ships no types; the shape is declared below.
import parsePrometheus from 'parse-prometheus-text-format';

export interface Sample {
  labels?: Record<string, string>;
  value?: string;
  buckets?: Record<string, string>;
  count?: string;
  sum?: string;
}
export interface Family {
  name: string;
  help: string;
  type: 'COUNTER' | 'GAUGE' | 'HISTOGRAM' | 'SUMMARY' | 'UNTYPED';
  metrics: Sample[];
}

const parse = parsePrometheus as (text: string) => Family[];

export function parseMetrics(text: string): Map<string, Family> {
  const families = new Map(parse(text).map((f) => [f.name, f]));
  const histograms = [...families.values()].filter((f) => f.type === 'HISTOGRAM');
  if (histograms.length === 0) return families;
  const names = new Set(histograms.map((f) => f.name));
  const series = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    const name = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{|\s)/.exec(line)?.[1];
    if (!name || line.startsWith('#')) continue;
    const base = name.replace(/_(bucket|count|sum)$/, '');
    if (!names.has(base)) continue;
    series.set(name, [...(series.get(name) ?? []), line]);
  }
  const split = [...series].map(([name, lines]) => `# TYPE ${name} untyped\n${lines.join('\n')}\n`).join('');
  const parsed = new Map(parse(split).map((f) => [f.name, f]));
  for (const family of histograms) {
    const bySet = new Map<string, Sample>();
    const entry = (labels: Record<string, string> = {}) => {
      const key = JSON.stringify(Object.entries(labels).sort());
      let sample = bySet.get(key);
      if (!sample) bySet.set(key, (sample = { labels, buckets: {} }));
      return sample;
    };
    for (const m of parsed.get(`${family.name}_count`)?.metrics ?? []) entry(m.labels).count = m.value;
    for (const m of parsed.get(`${family.name}_sum`)?.metrics ?? []) entry(m.labels).sum = m.value;
    for (const m of parsed.get(`${family.name}_bucket`)?.metrics ?? []) {
      const { le, ...labels } = m.labels ?? {};
      entry(labels).buckets![le!] = m.value!;
    }
    families.set(family.name, { ...family, metrics: [...bySet.values()] });
  }
  return families;
}

/** The samples of a family whose labels include `labels`. */
export function samples(families: Map<string, Family>, name: string, labels: Record<string, string> = {}): Sample[] {
  const family = families.get(name);
  if (!family) return [];
  return family.metrics.filter((m) => Object.entries(labels).every(([k, v]) => m.labels?.[k] === v));
}

/** The sum of the values (counters, gauges) or counts (histograms) of the matching samples. */
export function total(families: Map<string, Family>, name: string, labels: Record<string, string> = {}): number {
  return samples(families, name, labels).reduce((sum, m) => sum + Number(m.value ?? m.count ?? 0), 0);
}

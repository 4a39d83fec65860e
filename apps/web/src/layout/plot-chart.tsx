import * as Plot from '@observablehq/plot';
import { useEffect, useRef } from 'react';

/**
 * An Observable Plot chart as accessible SVG: one image with its label for screen readers (the table beside it
 * holds the figures). Plot adds a `<style>` element to each chart; the app's Content-Security-Policy allows no inline
 * style, so that element is taken out before the chart enters the page and its rules live in app.css (`.wsp-plot`).
 */
export function PlotChart({ options, label }: { options: Plot.PlotOptions; label: string }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const chart = Plot.plot({ ...options, className: 'wsp-plot', ariaLabel: label });
    chart.querySelectorAll('style').forEach((style) => style.remove());
    // One image with one label: Plot's labels on its groups ("bar", "rule") are not allowed on a plain group, and
    // the figures are in the table beside the chart anyway.
    chart.setAttribute('role', 'img');
    chart.querySelectorAll('g[aria-label]').forEach((group) => group.removeAttribute('aria-label'));
    container.current?.replaceChildren(chart);
    return () => chart.remove();
  }, [options, label]);
  return <div ref={container} className="wsp-chart" />;
}

/**
 * The dashboard's pictures as plain data: what to count (from the metrics index) and where each shape goes,
 * with its CSS class and spoken label. The browser only draws these scenes as SVG.
 */
package starman.metrics.charts;

/**
 * The captured screenshot with a box around each field found (and, faintly, every text region
 * the finder looked at). A 1920 px screen shrunk into a 360 px panel makes text unreadable, so
 * the view starts zoomed on the fields found, with a toggle for the whole screen. The SVG overlay
 * uses the image's own pixel coordinates (viewBox), so the boxes stay on the text at any size.
 */
import { useState } from 'preact/hooks';
import type { Box } from '../../../shared/ocr/types';

export interface LabelledBox {
  box: Box;
  label: string;
  color: string;
}

interface Props {
  dataUrl: string;
  width: number;
  height: number;
  regions: Box[];
  marks: LabelledBox[];
}

/** The marks' union with a margin, at least a third of the screen wide; null when nothing to zoom on. */
function focusOf(marks: LabelledBox[], width: number, height: number): Box | null {
  if (marks.length === 0) return null;
  let x0 = Math.min(...marks.map((m) => m.box.x));
  let y0 = Math.min(...marks.map((m) => m.box.y));
  // Room on the right for the labels drawn beside the boxes (~8 characters at width / 40).
  let x1 = Math.max(...marks.map((m) => m.box.x + m.box.width));
  x1 += 0.15 * (x1 - x0);
  let y1 = Math.max(...marks.map((m) => m.box.y + m.box.height));
  const margin = Math.max(24, 0.06 * Math.max(x1 - x0, y1 - y0));
  const minWidth = width / 3;
  if (x1 - x0 + 2 * margin < minWidth) {
    const grow = (minWidth - (x1 - x0)) / 2 - margin;
    x0 -= grow;
    x1 += grow;
  }
  x0 = Math.max(0, x0 - margin);
  y0 = Math.max(0, y0 - margin);
  x1 = Math.min(width, x1 + margin);
  y1 = Math.min(height, y1 + margin);
  // Zooming on nearly the whole screen gains nothing.
  if ((x1 - x0) * (y1 - y0) > 0.7 * width * height) return null;
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

export function ScreenshotView({ dataUrl, width, height, regions, marks }: Props) {
  const focus = focusOf(marks, width, height);
  const [zoomed, setZoomed] = useState(true);
  const view: Box = zoomed && focus ? focus : { x: 0, y: 0, width, height };
  // Strokes and labels in image pixels, sized for the area shown.
  const stroke = Math.max(1, Math.round(view.width / 300));
  const fontSize = Math.max(8, Math.round(view.width / 40));
  const pct = (n: number, of: number) => `${(n / of) * 100}%`;
  return (
    <figure
      style={{ margin: '8px 0' }}
      data-testid="read-screen-shot"
      data-zoomed={String(view.width < width)}
    >
      <div
        style={{
          position: 'relative',
          overflow: 'hidden',
          width: '100%',
          aspectRatio: `${view.width} / ${view.height}`,
        }}
      >
        <img
          src={dataUrl}
          alt="The captured screen"
          style={{
            position: 'absolute',
            // VS Code's webview stylesheet caps img max-width AND max-height at 100%; both must go.
            maxWidth: 'none',
            maxHeight: 'none',
            height: 'auto',
            width: pct(width, view.width),
            left: `-${pct(view.x, view.width)}`,
            top: `-${pct(view.y, view.height)}`,
          }}
        />
        <svg
          viewBox={`${view.x} ${view.y} ${view.width} ${view.height}`}
          preserveAspectRatio="none"
          style={{ position: 'absolute', inset: 0, width: '100%', height: '100%', pointerEvents: 'none' }}
          aria-hidden="true"
        >
          {regions.map((r, i) => (
            <rect
              key={`r${i}`}
              x={r.x}
              y={r.y}
              width={r.width}
              height={r.height}
              fill="none"
              stroke="#9aa5b1"
              stroke-width={stroke / 2}
              stroke-opacity={0.7}
            />
          ))}
          {marks.map((m) => (
            <g key={m.label} data-testid={`read-box-${m.label.toLowerCase()}`}>
              <rect
                x={m.box.x - 2 * stroke}
                y={m.box.y - 2 * stroke}
                width={m.box.width + 4 * stroke}
                height={m.box.height + 4 * stroke}
                fill="none"
                stroke={m.color}
                stroke-width={stroke}
              />
              <text
                x={m.box.x + m.box.width + 4 * stroke}
                y={m.box.y + m.box.height / 2}
                dominant-baseline="middle"
                fill={m.color}
                font-size={fontSize}
                font-weight="bold"
                paint-order="stroke"
                stroke="#fff"
                stroke-width={stroke * 2}
              >
                {m.label}
              </text>
            </g>
          ))}
        </svg>
      </div>
      {focus && (
        <button type="button" class="link" style={{ marginTop: '4px' }} onClick={() => setZoomed(!zoomed)}>
          {zoomed ? 'Show the whole screen' : 'Zoom on the fields'}
        </button>
      )}
    </figure>
  );
}

/**
 * A QR code drawn on the server (lib/two-factor/qr-code.ts: one SVG path of its dark modules),
 * black on white with the quiet zone of four modules the standard asks for, 200 px square.
 */
export function QrCode({ size, path, label }: { size: number; path: string; label: string }) {
  const quiet = 4;
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`${-quiet} ${-quiet} ${size + 2 * quiet} ${size + 2 * quiet}`}
      width={200}
      height={200}
      shapeRendering="crispEdges"
      className="max-w-full border border-gray-300 bg-white"
      data-testid="totp-qr-code"
    >
      <rect x={-quiet} y={-quiet} width={size + 2 * quiet} height={size + 2 * quiet} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}

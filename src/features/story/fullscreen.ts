/** Full screen on and off (F key, panel button). Failures (iframes, old browsers) are silently ignored. */
export function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

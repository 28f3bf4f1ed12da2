/** Saves a blob under a file name (a temporary link; nothing leaves the machine). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves text as a file. */
export function downloadText(fileName: string, text: string, type: string): void {
  downloadBlob(new Blob([text], { type }), fileName);
}

/** "zhuzhou-plan-2026-11-22" style stem for exported files. */
export function fileStem(kind: string): string {
  const date = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `zhuzhou-${kind}-${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}`;
}

/**
 * Saves text as a file through a Blob URL and an `<a download>`: no permission and no network.
 * A UTF-8 byte order mark is added for CSV so spreadsheets read non-ASCII text correctly.
 */
export function downloadText(fileName: string, text: string, mimeType: string): void {
  const bom = mimeType.startsWith('text/csv') ? '\uFEFF' : '';
  downloadBlob(fileName, new Blob([bom, text], { type: mimeType }));
}

/** Saves a Blob as a file (a large backup is built as one from pieces: no single huge string). */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "spasm-relief-cramp-log-2026-11-24.csv" style names, in local time. */
export function exportFileName(extension: string, now = Date.now()): string {
  const d = new Date(now);
  const date = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return `spasm-relief-cramp-log-${date}.${extension}`;
}

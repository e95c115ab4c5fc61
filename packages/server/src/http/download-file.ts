/** Files that leave the API (reports) and files that arrive (uploads), as plain values. */
export class DownloadFile {
  constructor(
    readonly fileName: string,
    readonly contentType: string,
    readonly bytes: Uint8Array,
  ) {}

  /** Content-Disposition with an ASCII fallback and the UTF-8 name (RFC 6266 / RFC 5987). */
  contentDisposition(): string {
    const fallback = this.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
    return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(this.fileName)}`;
  }
}

export interface UploadedFile {
  name: string;
  type: string;
  bytes: Uint8Array;
}

/**
 * POST /uploads with the file as the body, reporting progress (XMLHttpRequest: fetch has no upload
 * progress). Resolves with the upload id, or the server's error code.
 */
export function uploadFile(
  file: File,
  token: string,
  onProgress: (fraction: number) => void,
): Promise<{ ok: true; uploadId: string } | { ok: false; code: string; message: string }> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/uploads?filename=${encodeURIComponent(file.name)}`);
    xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.setRequestHeader('content-type', 'text/csv');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      try {
        const body = JSON.parse(xhr.responseText) as {
          uploadId?: string;
          error?: { code: string; message: string };
        };
        if (xhr.status === 201 && body.uploadId) resolve({ ok: true, uploadId: body.uploadId });
        else
          resolve({
            ok: false,
            code: body.error?.code ?? String(xhr.status),
            message: body.error?.message ?? '',
          });
      } catch {
        resolve({ ok: false, code: String(xhr.status), message: '' });
      }
    };
    xhr.onerror = () => resolve({ ok: false, code: 'NETWORK', message: '' });
    xhr.send(file);
  });
}

export interface UploadResult {
  status: number;
  body: unknown;
}

/** POSTs one file as multipart/form-data, reporting upload progress (fetch cannot). */
export function uploadFile(url: string, file: File, onProgress: (fraction: number) => void): Promise<UploadResult> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    request.withCredentials = true;
    // The server words a refusal in the language the person chose (see create-apollo-client).
    request.setRequestHeader('Accept-Language', document.documentElement.lang || 'ja');
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(request.responseText);
      } catch {
        body = request.responseText;
      }
      resolve({ status: request.status, body });
    };
    request.onerror = () => reject(new Error('network'));
    const form = new FormData();
    form.append('file', file);
    request.send(form);
  });
}

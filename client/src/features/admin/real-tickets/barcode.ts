// Our own copy of the reader's WebAssembly, served by our server like the rest of the build: the library's
// default fetches it from a CDN, which the page's CSP (connect-src 'self') and the offline venue both refuse.
import zxingReaderWasm from 'zxing-wasm/reader/zxing_reader.wasm?url';

/** What the camera scan needs of a BarcodeDetector, the browser's own or the ponyfill. */
export interface QrDetector {
  detect: (source: HTMLVideoElement) => Promise<{ rawValue: string }[]>;
}

interface NativeDetectorClass {
  new (options: { formats: string[] }): QrDetector;
  getSupportedFormats?: () => Promise<string[]>;
}

/**
 * A QR code detector: the browser's BarcodeDetector where it reads QR codes (Chrome on Android and macOS),
 * else the `barcode-detector` ponyfill (ZXing-C++ in WebAssembly), loaded only when the camera is opened.
 */
export async function qrDetector(): Promise<QrDetector> {
  const Native = (globalThis as { BarcodeDetector?: NativeDetectorClass }).BarcodeDetector;
  const formats = Native ? await Native.getSupportedFormats?.().catch(() => []) : [];
  if (Native && formats?.includes('qr_code')) return new Native({ formats: ['qr_code'] });
  const { BarcodeDetector, prepareZXingModule } = await import('barcode-detector/ponyfill');
  prepareZXingModule({
    overrides: {
      locateFile: (file: string, prefix: string) =>
        file.endsWith('.wasm') ? zxingReaderWasm : prefix + file,
    },
  });
  return new BarcodeDetector({ formats: ['qr_code'] });
}

/** Whether this browser can open a camera at all (a secure page with media devices). */
export function cameraAvailable(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.mediaDevices?.getUserMedia === 'function';
}

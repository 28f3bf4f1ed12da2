/** The QR code of the view's link, drawn offline as SVG (placeholder until the QR library is installed). */
export function QrCode(_props: { text: string }) {
  return null;
}

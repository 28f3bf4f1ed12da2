/** Strings of the share control (copy link, system share sheet, QR code). Chinese first. */
export const shareStrings = {
  zh: {
    share: {
      button: '分享此视图',
      dialog: '分享此视图',
      hint: '链接包含当前的地图位置、图层、筛选和选中要素，打开即恢复此视图。',
      link: '链接',
      copy: '复制链接',
      copied: '链接已复制。',
      copyFailed: '无法自动复制，请长按或选中上面的链接手动复制。',
      native: '分享…',
      qr: '二维码',
      qrAlt: '此视图链接的二维码',
      qrHint: '用手机扫描即可打开此视图（可投影到幻灯片上）。',
      qrTooLong: '链接太长，无法生成二维码；请复制链接。',
      close: '关闭',
      title: '株洲规划一张图',
    },
  },
  en: {
    share: {
      button: 'Share this view',
      dialog: 'Share this view',
      hint: 'The link holds the map position, layers, filters and selected feature; opening it restores this view.',
      link: 'Link',
      copy: 'Copy link',
      copied: 'Link copied.',
      copyFailed: 'Could not copy automatically: select the link above and copy it.',
      native: 'Share…',
      qr: 'QR code',
      qrAlt: 'QR code of the link to this view',
      qrHint: 'Scan it with a phone to open this view (works on a slide too).',
      qrTooLong: 'The link is too long for a QR code; copy the link instead.',
      close: 'Close',
      title: 'Zhuzhou Plan Map',
    },
  },
};

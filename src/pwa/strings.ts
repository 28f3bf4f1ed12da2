/** Strings of code loading on first use and of the installed, offline app (service worker). Chinese first. */
export const offline = {
  zh: {
    offline: {
      loadingTool: '正在加载……',
      loadFailed: '这部分功能未能加载。网络断开时，只有此前完整打开过一次的版本可以离线使用。',
      retry: '重试',
      updateReady: '新版本已可用。',
      reload: '重新加载',
      later: '稍后',
      offlineReady: '本应用已可离线使用：断网后重新打开，地图与全部工具照常可用。',
      dismiss: '知道了',
    },
  },
  en: {
    offline: {
      loadingTool: 'Loading…',
      loadFailed:
        'This part of the app could not be loaded. Without a network, only a version opened completely once before works offline.',
      retry: 'Try again',
      updateReady: 'A new version is available.',
      reload: 'Reload',
      later: 'Later',
      offlineReady: 'The app now works offline: reopen it without a network and the map and every tool still work.',
      dismiss: 'OK',
    },
  },
};

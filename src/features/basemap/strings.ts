/** Strings of the basemap choice (Layers tab) and its notices on the map. Chinese first. */
export const basemapStrings = {
  zh: {
    basemap: {
      title: '底图',
      offline: '离线底图（默认，不联网）',
      osm: 'OpenStreetMap 在线地图',
      tiandituVec: '天地图 矢量（含注记）',
      tiandituImg: '天地图 影像（含注记）',
      internet:
        '在线底图的瓦片来自互联网：选用后浏览器会向瓦片服务器（tile.openstreetmap.org 或 t0–t7.tianditu.gov.cn）请求图片，这是本应用唯一会向外发出的请求。离线底图不联网。',
      datum: '天地图采用 CGCS2000 坐标系，与本图的 WGS84 相差仅几厘米，未做坐标转换；OpenStreetMap 为 WGS84。',
      key: '天地图密钥（tk）',
      keyHint: '在天地图开放平台（console.tianditu.gov.cn）申请“浏览器端”密钥后填入；只保存在本设备。',
      keyNeeded: '需要先填入有效的天地图密钥（16–64 位字母或数字），才能选用天地图底图。',
      keyInvalid: '密钥只能包含字母和数字。',
      remembered: '此选择保存在本设备上。',
      failed: '在线底图瓦片加载失败：可能没有网络，或天地图密钥无效。',
      backOffline: '改回离线底图',
      attribution: '底图',
    },
  },
  en: {
    basemap: {
      title: 'Basemap',
      offline: 'Offline basemap (default, no network)',
      osm: 'OpenStreetMap online map',
      tiandituVec: 'Tianditu map (with labels)',
      tiandituImg: 'Tianditu imagery (with labels)',
      internet:
        'Online basemap tiles come from the internet: once chosen, the browser requests images from the tile server (tile.openstreetmap.org or t0–t7.tianditu.gov.cn) — the only requests this app ever sends out. The offline basemap uses no network.',
      datum:
        'Tianditu is in CGCS2000, within a few centimetres of this map’s WGS84: no datum shift is applied. OpenStreetMap is WGS84.',
      key: 'Tianditu key (tk)',
      keyHint:
        'Get a browser key from the Tianditu console (console.tianditu.gov.cn) and enter it; kept on this device only.',
      keyNeeded: 'Enter a valid Tianditu key (16–64 letters or digits) to choose a Tianditu basemap.',
      keyInvalid: 'A key holds letters and digits only.',
      remembered: 'This choice is kept on this device.',
      failed: 'The online basemap tiles failed to load: no network, or an invalid Tianditu key.',
      backOffline: 'Back to the offline basemap',
      attribution: 'Basemap',
    },
  },
};

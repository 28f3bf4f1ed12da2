// Makes window.zhuzhouPlanMap (the app's debugging handle) typed inside page.evaluate callbacks, with every
// feature's part of the store (the composed store brings the features' AppState augmentations along).
import '../../src/map/debugHandle';
import '../../src/app/store';

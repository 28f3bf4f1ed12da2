// Makes window.zhuzhouPlanMap (the app's debugging handle) typed inside page.evaluate callbacks.
import '../../src/map/debugHandle';

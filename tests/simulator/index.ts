/** Public surface of the simulator for other test code (no side effects on import). */
export { startSimulator } from './server';
export type { IssuedDescript, LoggedRequest, Simulator, SimulatorOptions } from './server';
export { DEFAULT_DEVICES, defaultDevices, validateDevice } from './devices';
export type { SimBrand, SimDevice, SimGeneration } from './devices';
export { renderDevicePage } from './pages/index';
export type { PageState, RenderOptions } from './pages/index';
export { RESET_QR, buildResetPayload, vendorIdFor } from './qr-payload';
export { loginRealm, maskEmail } from './derive';
export { versionRows } from './pages/local-gui';

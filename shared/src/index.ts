export * from './protocol.js';
export * from './errors.js';
export * from './names.js';
export * from './media.js';
export * from './peer.js';
export * from './requests.js';
export * from './events.js';
export * from './facilitation.js';

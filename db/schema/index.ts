export * from './accounts';
export * from './leads';
export * from './opportunities';
export * from './settings';
export * from './slack';
export * from './stream';
export * from './users';

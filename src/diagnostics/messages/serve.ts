import { entry } from './entry.js';

export const serveMessages = {
} as const;
